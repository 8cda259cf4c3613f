// The union's own vocabularies (committees, commendations, discipline, documents) in both languages, mirrored by hand
// from libs/domain (the web does not import it). The catalog (GET /api/procedures) may list them too: it wins where
// it does (use-union-lists.ts); these are the fallback and the English words.

type Words = { vi: Record<string, string>; en: Record<string, string> };

/** A committee's bodies (BCH, BTV, UBKT) and the collective bodies that vote (domain meetings/meeting.ts). */
export const BODY_WORDS: Words = {
  vi: { BCH: 'Ban Chấp hành', BTV: 'Ban Thường vụ', UBKT: 'Ủy ban Kiểm tra', 'HD-TDKT': 'Hội đồng Thi đua - Khen thưởng', 'HOI-NGHI': 'Hội nghị kiểm điểm' },
  en: { BCH: 'Executive Committee (BCH)', BTV: 'Standing Committee (BTV)', UBKT: 'Inspection Committee (UBKT)', 'HD-TDKT': 'Emulation and Commendation Council', 'HOI-NGHI': 'Review meeting' },
};
export const COMMITTEE_BODIES = ['BCH', 'BTV', 'UBKT'] as const;

/** The positions a BCH elects, in the order a roster lists them (domain committees/case-data.ts). */
export const POSITIONS = ['chu-tich', 'pho-chu-tich', 'uy-vien-btv', 'uy-vien-bch', 'chu-nhiem-ubkt', 'pho-chu-nhiem-ubkt', 'uy-vien-ubkt'] as const;
export const POSITION_WORDS: Words = {
  vi: {
    'chu-tich': 'Chủ tịch',
    'pho-chu-tich': 'Phó Chủ tịch',
    'uy-vien-btv': 'Ủy viên Ban Thường vụ',
    'uy-vien-bch': 'Ủy viên Ban Chấp hành',
    'chu-nhiem-ubkt': 'Chủ nhiệm Ủy ban Kiểm tra',
    'pho-chu-nhiem-ubkt': 'Phó Chủ nhiệm Ủy ban Kiểm tra',
    'uy-vien-ubkt': 'Ủy viên Ủy ban Kiểm tra',
  },
  en: {
    'chu-tich': 'Chair',
    'pho-chu-tich': 'Vice-chair',
    'uy-vien-btv': 'Standing Committee member',
    'uy-vien-bch': 'Executive Committee member',
    'chu-nhiem-ubkt': 'Inspection Committee chair',
    'pho-chu-nhiem-ubkt': 'Inspection Committee vice-chair',
    'uy-vien-ubkt': 'Inspection Committee member',
  },
};

/** The union's awards (domain commendation/case-data.ts). */
export const AWARD_TYPES = ['giay-khen', 'bang-khen-ldld', 'lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien', 'co-thi-dua'] as const;
export const AWARD_WORDS: Words = {
  vi: {
    'giay-khen': 'Giấy khen',
    'bang-khen-ldld': 'Bằng khen của Liên đoàn Lao động tỉnh',
    'lao-dong-tien-tien': 'Danh hiệu Lao động tiên tiến',
    'chien-si-thi-dua-co-so': 'Danh hiệu Chiến sĩ thi đua cơ sở',
    'tap-the-lao-dong-tien-tien': 'Danh hiệu Tập thể lao động tiên tiến',
    'co-thi-dua': 'Cờ thi đua',
  },
  en: {
    'giay-khen': 'Certificate of merit',
    'bang-khen-ldld': 'Provincial Federation certificate of merit',
    'lao-dong-tien-tien': 'Advanced Worker title',
    'chien-si-thi-dua-co-so': 'Grassroots Emulation Fighter title',
    'tap-the-lao-dong-tien-tien': 'Advanced Collective title',
    'co-thi-dua': 'Emulation flag',
  },
};

/** Forms of discipline, lightest first (QĐ 5130/QĐ-TLĐ Art. 4): the order of the cumulative ballot. */
export const DISCIPLINE_FORMS = ['khien-trach', 'canh-cao', 'cach-chuc', 'giai-tan', 'khai-tru'] as const;
export const DISCIPLINE_FORM_WORDS: Words = {
  vi: { 'khien-trach': 'Khiển trách', 'canh-cao': 'Cảnh cáo', 'cach-chuc': 'Cách chức', 'giai-tan': 'Giải tán', 'khai-tru': 'Khai trừ' },
  en: { 'khien-trach': 'Reprimand', 'canh-cao': 'Warning', 'cach-chuc': 'Removal from post', 'giai-tan': 'Dissolution', 'khai-tru': 'Expulsion' },
};

export const SUBJECT_KINDS = ['doan-vien', 'can-bo', 'tap-the'] as const;
export const SUBJECT_KIND_WORDS: Words = {
  vi: { 'doan-vien': 'Đoàn viên công đoàn', 'can-bo': 'Cán bộ công đoàn', 'tap-the': 'Tập thể (Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra)' },
  en: { 'doan-vien': 'Union member', 'can-bo': 'Union officer', 'tap-the': 'Collective body (BCH, BTV, UBKT)' },
};

/** The forms each kind of subject can receive (QĐ 5130/QĐ-TLĐ Art. 4), lightest first. */
export const FORMS_BY_SUBJECT: Record<string, readonly string[]> = {
  'doan-vien': ['khien-trach', 'canh-cao', 'khai-tru'],
  'can-bo': ['khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru'],
  'tap-the': ['khien-trach', 'canh-cao', 'giai-tan'],
};

/** Who imposed a prior discipline (QĐ 5130 Art. 3(10)). */
export const PRIOR_BY_WORDS: Words = {
  vi: { dang: 'Tổ chức Đảng', 'chinh-quyen': 'Chính quyền, cơ quan quản lý' },
  en: { dang: 'The Party', 'chinh-quyen': 'The government or employer' },
};

/** The cases where a discipline is not yet considered (QĐ 5130/QĐ-TLĐ Art. 6(1)), for the deferral. */
export const DEFERRAL_GROUNDS = [
  { code: 'mang-thai', label: 'Đang mang thai', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
  { code: 'nghi-thai-san', label: 'Đang nghỉ thai sản', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
  { code: 'nuoi-con-duoi-12-thang', label: 'Đang nuôi con dưới 12 tháng tuổi', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
  { code: 'om-nang-dieu-tri-noi-tru', label: 'Đang ốm nặng, điều trị nội trú', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
  { code: 'tam-giu-tam-giam', label: 'Đang bị tạm giữ, tạm giam', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
];

/** The union's document types with their ký hiệu (QĐ 933/QĐ-TLĐ; NĐ 30/2020 Phụ lục III). */
/** The most used first: a drafter finds a decision, a letter, a plan or a notice without scrolling. */
export const DOCUMENT_TYPES = ['QĐ', 'CV', 'KH', 'TB', 'BC', 'TTr', 'NQ', 'CT', 'QC', 'QyĐ', 'HD', 'CTr', 'PA', 'ĐA', 'BB', 'GM', 'GGT', 'GUQ'] as const;
export const DOCUMENT_TYPE_WORDS: Words = {
  vi: {
    NQ: 'Nghị quyết',
    QĐ: 'Quyết định',
    CT: 'Chỉ thị',
    QC: 'Quy chế',
    QyĐ: 'Quy định',
    TB: 'Thông báo',
    HD: 'Hướng dẫn',
    CTr: 'Chương trình',
    KH: 'Kế hoạch',
    PA: 'Phương án',
    ĐA: 'Đề án',
    BC: 'Báo cáo',
    BB: 'Biên bản',
    TTr: 'Tờ trình',
    GM: 'Giấy mời',
    GGT: 'Giấy giới thiệu',
    GUQ: 'Giấy ủy quyền',
    CV: 'Công văn',
  },
  en: {
    NQ: 'Resolution',
    QĐ: 'Decision',
    CT: 'Directive',
    QC: 'Regulation (quy chế)',
    QyĐ: 'Rule (quy định)',
    TB: 'Notice',
    HD: 'Guidance',
    CTr: 'Programme',
    KH: 'Plan',
    PA: 'Scheme',
    ĐA: 'Project',
    BC: 'Report',
    BB: 'Minutes',
    TTr: 'Submission',
    GM: 'Invitation',
    GGT: 'Letter of introduction',
    GUQ: 'Power of attorney',
    CV: 'Official letter',
  },
};

/** How a signer signs (NĐ 30/2020 Art. 13): for the collective, for the head, by written delegation. */
export const SIGNING_MODE_WORDS: Words = {
  vi: { TM: 'TM. (thay mặt tập thể)', KT: 'KT. (ký thay người đứng đầu)', TUQ: 'TUQ. (thừa ủy quyền)' },
  en: { TM: 'TM. (for the collective)', KT: 'KT. (for the head)', TUQ: 'TUQ. (by written delegation)' },
};

/** A word of a vocabulary in the UI's language; the code itself when unknown. */
export const wordOf = (words: Words, language: string, code: string | undefined | null): string =>
  code ? (words[language === 'en' ? 'en' : 'vi'][code] ?? words.vi[code] ?? code) : '';
