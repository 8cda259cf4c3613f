import type { CommendationFacts, CommitteeFacts, DisciplineFacts, DocumentFacts, DocumentKind, IssuanceFacts } from '../document-facts';
import { CDVC, CHAIRMAN, INSPECTOR } from './complaint-facts';

/**
 * The cases of the specs for the procedures of domain §3–§5 and §8, all at CĐVC Gia Lai: it recognises the committee of
 * a school's CĐCS and adds two members, commends three nominees, disciplines a CĐCS officer and issues its own plan,
 * then corrects the plan's format by a công văn.
 */
type Kind = 'qd-cong-nhan-bch' | 'qd-bo-sung-uy-vien' | 'qd-khen-thuong' | 'qd-ky-luat' | 'tb-ky-luat-co-quan-quan-ly' | 'van-ban' | 'cv-dinh-chinh';

export const SCHOOL_CDCS = 'Công đoàn cơ sở Trường THPT Lê Lợi';

export const COMMITTEE: CommitteeFacts = {
  unitName: SCHOOL_CDCS,
  term: '2025 - 2030',
  congressDate: '2026-03-07',
  firstMeetingDate: '2026-03-09',
  members: [
    { fullName: 'Phan Văn Sơn', position: 'chu-nhiem-ubkt' },
    { fullName: 'Ngô Thị Lan', position: 'uy-vien-bch' },
    { fullName: 'Trần Văn Minh', position: 'pho-chu-tich' },
    { fullName: 'Nguyễn Thị Thu Hà', position: 'chu-tich' },
    { fullName: 'Lê Thị Hồng Nhung', position: 'uy-vien-btv' },
    { fullName: 'Phạm Quang Huy', position: 'uy-vien-bch' },
    { fullName: 'Võ Thị Mỹ Linh', position: 'uy-vien-bch' },
    { fullName: 'Đỗ Văn Toàn', position: 'uy-vien-bch' },
    { fullName: 'Huỳnh Thị Kim Chi', position: 'uy-vien-bch' },
    { fullName: 'Bùi Đức Long', position: 'uy-vien-bch' },
    { fullName: 'Đặng Thị Thảo', position: 'uy-vien-ubkt' },
    { fullName: 'Lý Văn Hải', position: 'uy-vien-ubkt' },
  ],
};

export const COMMENDATION: CommendationFacts = {
  awardType: 'giay-khen',
  awardLabel: 'Giấy khen',
  achievements: 'xuất sắc trong công tác công đoàn và phong trào công nhân, viên chức, lao động',
  period: '2026',
  proposingUnit: SCHOOL_CDCS,
  submission: { numberText: '08/TTr-CĐCS', issuedOn: '2026-11-20' },
  nominees: [
    { name: 'Tổ Công đoàn Toán - Tin', position: SCHOOL_CDCS, collective: true },
    { name: 'Nguyễn Thị Thu Hà', position: `Chủ tịch ${SCHOOL_CDCS}` },
    { name: 'Trần Văn Minh', position: 'Giáo viên Trường THPT Lê Lợi' },
  ],
  council: { heldOn: '2026-12-10', members: 7, present: 6 },
};

export const DISCIPLINE: DisciplineFacts = {
  subject: {
    fullName: 'Lê Văn Tám',
    kind: 'can-bo',
    position: 'Ủy viên Ban Chấp hành Công đoàn cơ sở Trường THPT Hùng Vương',
    unitName: 'Công đoàn cơ sở Trường THPT Hùng Vương',
  },
  violation: 'Chi kinh phí công đoàn sai mục đích năm 2025\nKhông báo cáo quyết toán kinh phí với Ban Chấp hành',
  form: 'khien-trach',
  formLabel: 'Khiển trách',
  ballot: { body: 'BTV', heldOn: '2026-01-08', members: 7, present: 6 },
  submission: { numberText: '03/TTr-UBKT', issuedOn: '2026-01-05' },
  managingBody: 'Sở Giáo dục và Đào tạo tỉnh Gia Lai',
  decision: { numberText: '02/QĐ-CĐVC', issuedOn: '2026-01-12' },
};

export const PLAN: IssuanceFacts = {
  documentType: 'KH',
  typeName: 'Kế hoạch',
  summary: 'Tổ chức các hoạt động Tháng Công nhân năm 2026',
  content: [
    'Thực hiện Kế hoạch của Liên đoàn Lao động tỉnh Gia Lai về tổ chức Tháng Công nhân năm 2026, Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai xây dựng Kế hoạch như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Tuyên truyền sâu rộng ý nghĩa của Tháng Công nhân trong đoàn viên, viên chức, người lao động.',
    '2. Các hoạt động được tổ chức thiết thực, hiệu quả, tránh hình thức.',
    'II. NỘI DUNG HOẠT ĐỘNG',
    '1. Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn.',
    '2. Tổ chức đối thoại giữa người đứng đầu cơ quan, đơn vị với đoàn viên, viên chức.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các công đoàn cơ sở trực thuộc căn cứ Kế hoạch này triển khai thực hiện, báo cáo kết quả về Công đoàn Viên chức tỉnh trước ngày 31/5/2026.',
  ].join('\n'),
  recipients: ['Các công đoàn cơ sở trực thuộc', 'Thường trực LĐLĐ tỉnh Gia Lai (để b/c)'],
};

export const CORRECTION: IssuanceFacts = {
  documentType: 'CV',
  typeName: 'Công văn',
  summary: 'Đính chính Kế hoạch số 14/KH-CĐVC',
  content: 'Tại Mục III, đã in: "trước ngày 31/5/2025", nay đính chính là: "trước ngày 31/5/2026".',
  recipients: ['Các công đoàn cơ sở trực thuộc'],
  urgent: true,
  corrects: { numberText: '14/KH-CĐVC', issuedOn: '2026-04-02', summary: 'Tổ chức các hoạt động Tháng Công nhân năm 2026' },
};

const DEPUTY: DocumentFacts['signer'] = { fullName: 'Rơ Châm H’Yuin', title: 'Phó Chủ tịch', role: 'leader' };
/** signs by a written delegation of the Chủ tịch (TUQ., NĐ 30 Art. 13) */
export const OFFICE_HEAD: DocumentFacts['signer'] = { fullName: 'Hoàng Minh Đức', title: 'Chánh Văn phòng', role: 'officer', mode: 'TUQ', principalTitle: 'Chủ tịch' };

export const PROCEDURE_FACTS: Record<Kind, DocumentFacts> = {
  'qd-cong-nhan-bch': {
    kind: 'qd-cong-nhan-bch',
    numberText: '15/QĐ-CĐVC',
    issuedOn: '2026-03-27',
    issuer: CDVC,
    signer: CHAIRMAN,
    caseCode: 'BCH-2026-0004',
    receivedAt: '2026-03-16',
    committee: COMMITTEE,
  },
  'qd-bo-sung-uy-vien': {
    kind: 'qd-bo-sung-uy-vien',
    numberText: '22/QĐ-CĐVC',
    issuedOn: '2026-06-29',
    issuer: CDVC,
    signer: DEPUTY,
    caseCode: 'BS-2026-0002',
    receivedAt: '2026-06-18',
    committeeAddition: {
      unitName: SCHOOL_CDCS,
      body: 'BCH',
      origin: 'elected',
      electedOn: '2026-06-15',
      term: '2025 - 2030',
      members: [
        { fullName: 'Trịnh Minh Tuấn', position: 'uy-vien-bch' },
        { fullName: 'Cao Thị Yến', position: 'pho-chu-tich' },
      ],
    },
  },
  'qd-khen-thuong': {
    kind: 'qd-khen-thuong',
    numberText: '40/QĐ-CĐVC',
    issuedOn: '2026-12-15',
    issuer: CDVC,
    signer: CHAIRMAN,
    caseCode: 'KT-2026-0011',
    receivedAt: '2026-11-23',
    commendation: COMMENDATION,
  },
  'qd-ky-luat': {
    kind: 'qd-ky-luat',
    numberText: '02/QĐ-CĐVC',
    issuedOn: '2026-01-12',
    issuer: CDVC,
    signer: CHAIRMAN,
    caseCode: 'KL-2026-0001',
    receivedAt: '2026-01-05',
    discipline: { ...DISCIPLINE, decision: undefined },
  },
  'tb-ky-luat-co-quan-quan-ly': {
    kind: 'tb-ky-luat-co-quan-quan-ly',
    numberText: '03/TB-CĐVC',
    issuedOn: '2026-01-20',
    issuer: CDVC,
    signer: INSPECTOR,
    caseCode: 'KL-2026-0001',
    receivedAt: '2026-01-05',
    discipline: DISCIPLINE,
  },
  'van-ban': {
    kind: 'van-ban',
    numberText: '14/KH-CĐVC',
    issuedOn: '2026-04-02',
    issuer: CDVC,
    signer: CHAIRMAN,
    caseCode: 'VB-2026-0007',
    receivedAt: '2026-03-30',
    issuance: PLAN,
  },
  'cv-dinh-chinh': {
    kind: 'cv-dinh-chinh',
    numberText: '05/CV-CĐVC',
    issuedOn: '2026-04-06',
    issuer: CDVC,
    signer: OFFICE_HEAD,
    caseCode: 'VB-2026-0009',
    receivedAt: '2026-04-06',
    issuance: CORRECTION,
  },
};

/** Texts each rendering (PDF and DOCX) of these samples must show, diacritics and all. */
const COMMON = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'LIÊN ĐOÀN LAO ĐỘNG', 'Nơi nhận:'];
const DECISION = [...COMMON, 'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'BAN THƯỜNG VỤ CÔNG ĐOÀN VIÊN CHỨC', 'TM. BAN THƯỜNG VỤ'];

export const PROCEDURE_EXPECTED_TEXTS: Record<Kind, string[]> = {
  'qd-cong-nhan-bch': [
    ...DECISION,
    'Số: 15/QĐ-CĐVC',
    'Gia Lai, ngày 27 tháng 3 năm 2026',
    'Căn cứ Mục 10 Hướng dẫn số 38/HD-TLĐ',
    'biên bản Đại hội Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030 ngày 07/03/2026',
    'gồm 09 đồng chí (có danh sách kèm theo).',
    'Công nhận Ban Thường vụ Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030 gồm 03 đồng chí',
    'Công nhận đồng chí Nguyễn Thị Thu Hà giữ chức Chủ tịch; đồng chí Trần Văn Minh giữ chức Phó Chủ tịch',
    'đồng chí Phan Văn Sơn giữ chức Chủ nhiệm Ủy ban Kiểm tra.',
    'Điều 5.',
    '- Như Điều 5;',
    '- Lưu: VT, ToC.',
    'CHỦ TỊCH',
    'Nguyễn Văn Hùng',
    'DANH SÁCH',
    'BAN CHẤP HÀNH',
    'ỦY BAN KIỂM TRA',
    'Chức danh',
    'Ủy viên Ban Thường vụ',
    'Chủ nhiệm Ủy ban Kiểm tra',
    'Huỳnh Thị Kim Chi',
  ],
  'qd-bo-sung-uy-vien': [
    ...DECISION,
    'Số: 22/QĐ-CĐVC',
    'Công nhận bổ sung 02 đồng chí có tên trong danh sách kèm theo, được bầu bổ sung ngày 15/06/2026',
    'Công nhận đồng chí Cao Thị Yến giữ chức Phó Chủ tịch Công đoàn cơ sở Trường THPT Lê Lợi.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Rơ Châm H’Yuin',
    'Trịnh Minh Tuấn',
    'Ủy viên Ban Chấp hành',
  ],
  'qd-khen-thuong': [
    ...DECISION,
    'Số: 40/QĐ-CĐVC',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Nghị định số 152/2025/NĐ-CP',
    'Quyết định số 999/QĐ-TLĐ',
    'tại cuộc họp ngày 10/12/2026 (06/07 thành viên có mặt).',
    'Tặng Giấy khen cho 01 tập thể và 02 cá nhân có tên trong danh sách kèm theo',
    'được hưởng mức tiền thưởng theo quy định hiện hành.',
    '- Lưu: VT, TĐKT.',
    'Họ và tên / Tên tập thể',
    'Tổ Công đoàn Toán - Tin',
    'Trần Văn Minh',
  ],
  'qd-ky-luat': [
    ...DECISION,
    'Số: 02/QĐ-CĐVC',
    'Quyết định số 5130/QĐ-TLĐ ngày 12/08/2022',
    'Căn cứ kết quả bỏ phiếu kín của Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai tại hội nghị ngày 08/01/2026 (06/07 ủy viên có mặt);',
    'Thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí Lê Văn Tám',
    '- Chi kinh phí công đoàn sai mục đích năm 2025;',
    'có quyền khiếu nại theo quy định tại Điều 16',
    'Quyết định này vẫn phải được thi hành.',
    '- Lưu: VT, UBKT.',
  ],
  'tb-ky-luat-co-quan-quan-ly': [
    ...COMMON,
    'THÔNG BÁO',
    'Số: 03/TB-CĐVC',
    'Thực hiện khoản 12 Điều 3',
    'thông báo đến Sở Giáo dục và Đào tạo tỉnh Gia Lai',
    'đã ban hành Quyết định số 02/QĐ-CĐVC',
    'Hình thức kỷ luật: Khiển trách.',
    '- Sở Giáo dục và Đào tạo tỉnh Gia Lai;',
    'TL. BAN THƯỜNG VỤ',
  ],
  'van-ban': [
    ...COMMON,
    'KẾ HOẠCH',
    'Số: 14/KH-CĐVC',
    'Tổ chức các hoạt động Tháng Công nhân năm 2026',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'trước ngày 31/5/2026./.',
    '- Các công đoàn cơ sở trực thuộc;',
    '- Lưu: VT.',
    'TM. BAN THƯỜNG VỤ',
  ],
  'cv-dinh-chinh': [
    ...COMMON,
    'Số: 05/CV-CĐVC',
    'HỎA TỐC',
    'Kính gửi: Các công đoàn cơ sở trực thuộc.',
    'ban hành Văn bản số 14/KH-CĐVC về việc tổ chức các hoạt động Tháng Công nhân năm 2026.',
    'nay đính chính là: "trước ngày 31/5/2026".',
    '- Như trên;',
    'TUQ. CHỦ TỊCH',
    'CHÁNH VĂN PHÒNG',
    'Hoàng Minh Đức',
  ],
};

export const PROCEDURE_KINDS = Object.keys(PROCEDURE_FACTS) as (Kind & DocumentKind)[];
