import { ROLE_SHORT_WORDS } from '../../components/code-words';

/** The profile page's wording, Vietnamese first (read with useMessages). */
export const M = {
  vi: {
    title: 'Tài khoản',
    fullName: 'Họ và tên',
    username: 'Tên đăng nhập',
    email: 'Thư điện tử',
    noEmail: 'Chưa có',
    units: 'Đơn vị và vai trò',
    noUnits: 'Chưa được giao vai trò ở đơn vị nào',
    notifications: 'Thông báo',
    emailSwitch: 'Nhận thông báo qua email',
    emailOn: 'Đã bật nhận thông báo qua email.',
    emailOff: 'Đã tắt nhận thông báo qua email.',
    inAppStays: 'Thông báo trong hệ thống (biểu tượng chuông ở đầu trang) luôn được gửi, dù bạn bật hay tắt email.',
    noAddress: 'Tài khoản chưa có địa chỉ email nên chưa nhận được thư; hãy đề nghị quản trị viên bổ sung.',
    refused: 'Chưa lưu được tùy chọn',
    roles: ROLE_SHORT_WORDS.vi,
  },
  en: {
    title: 'Account',
    fullName: 'Full name',
    username: 'Username',
    email: 'Email',
    noEmail: 'None',
    units: 'Units and roles',
    noUnits: 'No role in any unit yet',
    notifications: 'Notifications',
    emailSwitch: 'Receive notifications by email',
    emailOn: 'Email notifications are on.',
    emailOff: 'Email notifications are off.',
    inAppStays: 'In-app notifications (the bell at the top of the page) always arrive, whether email is on or off.',
    noAddress: 'Your account has no email address yet, so no email can reach you; ask an administrator to add one.',
    refused: 'The preference was not saved',
    roles: ROLE_SHORT_WORDS.en,
  },
};
