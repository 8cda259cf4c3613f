import type { DocumentKind } from '../document-facts';

/** Texts each rendering (PDF and DOCX) of the complaint and denunciation samples must show, diacritics and all. */
const COMMON = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'LIÊN ĐOÀN LAO ĐỘNG', 'Nơi nhận:', '- Lưu: VT, UBKT.'];
const DECISION = [...COMMON, 'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'];
const CDVC_DECISION = [...DECISION, 'BAN THƯỜNG VỤ CÔNG ĐOÀN VIÊN CHỨC', 'Nguyễn Văn Hùng'];
const NOTICE = [...COMMON, 'THÔNG BÁO', 'CÔNG ĐOÀN VIÊN CHỨC', 'TL. BAN THƯỜNG VỤ', 'ỦY VIÊN ỦY BAN KIỂM TRA', 'Đinh Thị Kim Oanh'];
const TO_DENOUNCER = [...NOTICE, 'đơn tố cáo của ông (bà) Vũ Thị Thanh Nhàn', '- Ông (bà) Vũ Thị Thanh Nhàn;'];
const LAW_ON_DENUNCIATIONS = 'Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;';

export const COMPLAINT_EXPECTED_TEXTS: Partial<Record<DocumentKind, string[]>> = {
  'tb-thu-ly-khieu-nai': [
    ...NOTICE,
    'Số: 09/TB-CĐVC',
    'Gia Lai, ngày 05 tháng 3 năm 2026',
    'Về việc thụ lý giải quyết khiếu nại',
    'đơn khiếu nại lần đầu của ông (bà) Lê Văn Tám',
    'thụ lý giải quyết khiếu nại từ ngày 05/03/2026.',
    'Thời hạn giải quyết khiếu nại là 30 ngày kể từ ngày thụ lý, đến hết ngày 06/04/2026.',
  ],
  'tb-khong-thu-ly-khieu-nai': [
    ...NOTICE,
    'Số: 10/TB-CĐVC',
    'Về việc không thụ lý giải quyết khiếu nại',
    'căn cứ khoản 7 Điều 11 Luật Khiếu nại năm 2011',
    'Thời hiệu khiếu nại đã hết mà không có lý do chính đáng.',
    'đã quá thời hiệu 90 ngày.',
  ],
  'qd-giai-quyet-khieu-nai-lan-dau': [
    ...CDVC_DECISION,
    'Số: 12/QĐ-CĐVC',
    'Về việc giải quyết khiếu nại (lần đầu) của ông (bà) Lê Văn Tám',
    'Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;',
    '1. Nội dung khiếu nại',
    'Nội dung khiếu nại của ông (bà) Lê Văn Tám là đúng một phần.',
    'Điều 1. Hủy bỏ Quyết định số 02/QĐ-CĐVC',
    'có quyền khiếu nại lần hai đến Liên đoàn Lao động tỉnh Gia Lai',
    '- Ông (bà) Trần Quốc Việt (người bị khiếu nại);',
    '- Thường trực LĐLĐ tỉnh Gia Lai (để b/c);',
  ],
  'qd-giai-quyet-khieu-nai-lan-hai': [
    ...DECISION,
    'TỔNG LIÊN ĐOÀN',
    'BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG',
    'Số: 41/QĐ-LĐLĐ',
    'Về việc giải quyết khiếu nại (lần hai) của ông (bà) Lê Văn Tám',
    'giải quyết lần đầu tại Quyết định số 12/QĐ-CĐVC ngày 02/04/2026.',
    'Quyết định này có hiệu lực pháp luật sau 30 ngày',
    'có quyền khởi kiện tại Tòa án',
    'Phan Thị Hồng',
  ],
  'qd-dinh-chi-giai-quyet-khieu-nai': [
    ...CDVC_DECISION,
    'Số: 11/QĐ-CĐVC',
    'Về việc đình chỉ giải quyết khiếu nại',
    'rút đơn khiếu nại',
    'Điều 10 Luật Khiếu nại năm 2011',
    'Đình chỉ việc giải quyết khiếu nại lần đầu của ông (bà) Lê Văn Tám',
  ],
  'qd-thu-ly-to-cao': [
    ...CDVC_DECISION,
    'Số: 20/QĐ-CĐVC',
    'Về việc thụ lý tố cáo',
    LAW_ON_DENUNCIATIONS,
    'Thụ lý tố cáo đối với ông (bà) Trịnh Văn Lực, Chủ tịch Công đoàn cơ sở Trường THPT Hùng Vương.',
    '- Chi kinh phí công đoàn tổ chức tham quan năm 2025',
    'là 30 ngày kể từ ngày ký Quyết định này, đến hết ngày 09/04/2026.',
  ],
  'tb-thu-ly-to-cao': [...TO_DENOUNCER, 'Số: 21/TB-CĐVC', 'Về việc thụ lý tố cáo', 'khoản 3 Điều 29 Luật Tố cáo năm 2018', 'Quyết định số 20/QĐ-CĐVC'],
  'tb-noi-dung-to-cao': [
    ...NOTICE,
    'Số: 22/TB-CĐVC',
    'Về việc thụ lý tố cáo và nội dung tố cáo',
    'thông báo nội dung tố cáo như sau:',
    'Không công khai quyết toán kinh phí công đoàn năm 2025 với đoàn viên.',
    'Đề nghị ông (bà) Trịnh Văn Lực gửi văn bản giải trình',
  ],
  'tb-khong-thu-ly-to-cao': [...TO_DENOUNCER, 'Số: 18/TB-CĐVC', 'Về việc không thụ lý tố cáo', 'đơn tố cáo không đủ điều kiện thụ lý vì:'],
  'tb-chuyen-don-to-cao': [...TO_DENOUNCER, 'Số: 19/TB-CĐVC', 'Về việc chuyển đơn tố cáo', 'đã chuyển đơn tố cáo đến Sở Giáo dục và Đào tạo tỉnh Gia Lai'],
  'qd-gia-han-giai-quyet-to-cao': [
    ...CDVC_DECISION,
    'Số: 25/QĐ-CĐVC',
    'Về việc gia hạn giải quyết tố cáo',
    'Gia hạn lần thứ nhất thời hạn giải quyết tố cáo',
    'thêm 30 ngày. Thời hạn giải quyết tố cáo đến hết ngày 11/05/2026.',
    'có tính chất phức tạp',
    '- Người tố cáo;',
    '- Ông (bà) Trịnh Văn Lực (người bị tố cáo);',
  ],
  'qd-tam-dinh-chi-giai-quyet-to-cao': [
    ...CDVC_DECISION,
    'Số: 27/QĐ-CĐVC',
    'Về việc tạm đình chỉ việc giải quyết tố cáo',
    '(điểm a khoản 1 Điều 34 Luật Tố cáo năm 2018).',
    'Thời gian tạm đình chỉ không tính vào thời hạn giải quyết tố cáo.',
  ],
  'qd-tiep-tuc-giai-quyet-to-cao': [
    ...CDVC_DECISION,
    'Số: 30/QĐ-CĐVC',
    'Về việc tiếp tục giải quyết tố cáo',
    'Quyết định số 27/QĐ-CĐVC ngày 20/04/2026',
    'Thời hạn giải quyết tố cáo đến hết ngày 15/06/2026;',
  ],
  'qd-dinh-chi-giai-quyet-to-cao': [
    ...CDVC_DECISION,
    'Số: 32/QĐ-CĐVC',
    'Về việc đình chỉ việc giải quyết tố cáo',
    'Người tố cáo rút toàn bộ nội dung tố cáo (điểm a khoản 3 Điều 34 Luật Tố cáo năm 2018).',
  ],
  'kl-noi-dung-to-cao': [
    ...COMMON,
    'KẾT LUẬN',
    'Số: 35/KL-CĐVC',
    'BAN THƯỜNG VỤ',
    '2. Kết quả xác minh nội dung tố cáo',
    'Nội dung tố cáo đối với ông (bà) Trịnh Văn Lực là đúng một phần.',
    '4. Biện pháp xử lý, kiến nghị xử lý',
    'TM. BAN THƯỜNG VỤ',
  ],
  'tb-ket-qua-giai-quyet-to-cao': [...TO_DENOUNCER, 'Số: 36/TB-CĐVC', 'đã ban hành Kết luận số 35/KL', 'Nội dung tố cáo là đúng một phần.'],
  'tb-cong-khai-ket-luan-to-cao': [
    ...NOTICE,
    'Số: 37/TB-CĐVC',
    'Về việc công khai kết luận nội dung tố cáo',
    'Thực hiện Điều 40 Luật Tố cáo năm 2018',
    'Hình thức công khai: niêm yết tại trụ sở',
  ],
};
