import type { DocumentFacts, DocumentKind, FoundingSubject } from '../document-facts';
import { COMPLAINT_EXPECTED_TEXTS } from './complaint-expected-texts';
import { COMPLAINT_FACTS } from './complaint-facts';
import { DENUNCIATION_FACTS } from './denunciation-facts';
import { PROCEDURE_EXPECTED_TEXTS, PROCEDURE_FACTS } from './procedure-facts';

/** The founding case of the specs: CĐVC Gia Lai recognises the CĐCS of a garment company. */
export const FOUNDING_SUBJECT: FoundingSubject = {
  unitName: 'Công ty TNHH May Gia Lai',
  memberCount: 25,
  applicants: [{ fullName: 'Trần Thị Mai' }, { fullName: 'Lê Quốc Bảo' }, { fullName: 'Phạm Thị Ánh Tuyết' }],
  bch: [
    { fullName: 'Trần Thị Mai', position: 'Chủ tịch' },
    { fullName: 'Lê Quốc Bảo', position: 'Phó Chủ tịch' },
    { fullName: 'Phạm Thị Ánh Tuyết' },
    { fullName: 'Võ Đức Thắng' },
    { fullName: 'Đặng Thị Hương Giang' },
  ],
};

const base: Omit<DocumentFacts, 'kind' | 'numberText'> = {
  issuedOn: '2026-02-05',
  issuer: { name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', placeName: 'Gia Lai', parentName: 'Liên đoàn Lao động tỉnh Gia Lai' },
  signer: { fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch', role: 'leader' },
  caseCode: 'TL-2026-0003',
  receivedAt: '2026-01-20',
  subject: FOUNDING_SUBJECT,
};

const officer: DocumentFacts['signer'] = { fullName: 'Đỗ Thị Lan Hương', title: 'Chuyên viên Ban Tổ chức', role: 'officer' };

export const SAMPLE_FACTS: Record<DocumentKind, DocumentFacts> = {
  'qd-cong-nhan-cdcs': { ...base, kind: 'qd-cong-nhan-cdcs', numberText: '05/QĐ-CĐVC' },
  'tb-tiep-nhan-ho-so': { ...base, kind: 'tb-tiep-nhan-ho-so', numberText: '06/TB-CĐVC', signer: officer },
  'tb-bo-sung-ho-so': {
    ...base,
    kind: 'tb-bo-sung-ho-so',
    numberText: '07/TB-CĐVC',
    signer: officer,
    missingItems: ['Biên bản kiểm phiếu bầu Ban Chấp hành', 'Danh sách trích ngang Ban Chấp hành (Mẫu 2)'],
    reasons: 'Biên bản đại hội thành lập chưa có chữ ký của thư ký đại hội',
  },
  'tb-tu-choi-ho-so': {
    ...base,
    kind: 'tb-tu-choi-ho-so',
    numberText: '08/TB-CĐVC',
    signer: { fullName: 'Nguyễn Văn Hùng', title: 'Phó Chủ tịch', role: 'leader' },
    reasons:
      'Đơn vị chưa đủ 05 đoàn viên có đơn gia nhập hợp lệ tại thời điểm đại hội\nĐại hội thành lập không bảo đảm quá nửa số đoàn viên tham dự',
  },
  ...COMPLAINT_FACTS,
  ...DENUNCIATION_FACTS,
  ...PROCEDURE_FACTS,
};

/** Texts each rendering (PDF and DOCX) must show, diacritics and all. */
const COMMON = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Gia Lai, ngày 05 tháng 02 năm 2026',
  'LIÊN ĐOÀN LAO ĐỘNG',
  'Nơi nhận:',
];

export const EXPECTED_TEXTS = {
  'qd-cong-nhan-cdcs': [
    ...COMMON,
    'Số: 05/QĐ-CĐVC',
    'QUYẾT ĐỊNH',
    'BAN THƯỜNG VỤ CÔNG ĐOÀN VIÊN CHỨC TỈNH GIA LAI',
    'Căn cứ Điều lệ Công đoàn Việt Nam;',
    'QUYẾT ĐỊNH:',
    'Điều 1.',
    'Điều 2.',
    'Điều 3.',
    'Công nhận 25 đoàn viên công đoàn',
    '- Như Điều 3;',
    '- Lưu: VT, ToC.',
    'TM. BAN THƯỜNG VỤ',
    'CHỦ TỊCH',
    'Nguyễn Văn Hùng',
    'DANH SÁCH',
    'BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY GIA LAI',
    '(Kèm theo Quyết định số 05/QĐ-CĐVC ngày 05/02/2026',
    'Họ và tên',
    'Trần Thị Mai',
    'Phó Chủ tịch',
    'Võ Đức Thắng',
    'Đặng Thị Hương Giang',
    'Ủy viên BCH',
  ],
  'tb-tiep-nhan-ho-so': [
    ...COMMON,
    'Số: 06/TB-CĐVC',
    'THÔNG BÁO',
    'Về việc tiếp nhận hồ sơ',
    '(mã hồ sơ TL-2026-0003)',
    'hồ sơ có đủ thành phần theo quy định',
    'xem xét, quyết định theo quy định',
    'TL. BAN THƯỜNG VỤ',
    'CHUYÊN VIÊN BAN TỔ CHỨC',
    'Đỗ Thị Lan Hương',
  ],
  'tb-bo-sung-ho-so': [
    ...COMMON,
    'Số: 07/TB-CĐVC',
    'THÔNG BÁO',
    'Về việc bổ sung hồ sơ',
    '- Biên bản kiểm phiếu bầu Ban Chấp hành;',
    '- Danh sách trích ngang Ban Chấp hành (Mẫu 2).',
    'chưa có chữ ký của thư ký đại hội.',
    'trong thời hạn 30 ngày',
    'TL. BAN THƯỜNG VỤ',
    'Đỗ Thị Lan Hương',
  ],
  'tb-tu-choi-ho-so': [
    ...COMMON,
    'Số: 08/TB-CĐVC',
    'THÔNG BÁO',
    'Về việc không chấp thuận',
    'Đơn vị chưa đủ 05 đoàn viên',
    'không bảo đảm quá nửa số đoàn viên tham dự.',
    'TM. BAN THƯỜNG VỤ',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Văn Hùng',
  ],
  ...COMPLAINT_EXPECTED_TEXTS,
  ...PROCEDURE_EXPECTED_TEXTS,
} as Record<DocumentKind, string[]>;
