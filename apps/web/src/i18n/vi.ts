/** Vietnamese: the product's language. Keys are grouped by page; en.ts has the same keys. */
export const vi = {
  app: { name: 'Quy trình nội bộ Công đoàn', short: 'Công đoàn' },
  nav: { inbox: 'Việc cần xử lý', cases: 'Hồ sơ', start: 'Khởi tạo hồ sơ', reports: 'Báo cáo', register: 'Sổ văn bản', orgUnits: 'Tổ chức công đoàn', admin: 'Quản trị', calendar: 'Lịch nghỉ lễ', users: 'Người dùng', standIns: 'Ủy quyền', profile: 'Tài khoản' },
  auth: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    logout: 'Đăng xuất',
    required: 'Vui lòng nhập {{field}}',
  },
  common: {
    retry: 'Thử lại',
    networkError: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
    loading: 'Đang tải…',
    loadMore: 'Xem thêm',
    empty: 'Không có dữ liệu',
    language: 'English',
    notifications: 'Thông báo',
    markAllRead: 'Đánh dấu tất cả đã đọc',
    noNotifications: 'Không có thông báo',
    cancel: 'Hủy',
    confirm: 'Xác nhận',
    save: 'Lưu',
    open: 'Mở',
    download: 'Tải',
  },
  deadline: {
    on_time: 'Đúng hạn',
    due_soon: 'Sắp đến hạn',
    overdue: 'Quá hạn',
    paused: 'Tạm dừng',
    daysLeft: 'còn {{count}} ngày làm việc',
    daysLate: 'quá {{count}} ngày làm việc',
    dueOn: 'Hạn {{date}}',
    noDue: 'Không có hạn',
  },
};

export type Messages = typeof vi;
