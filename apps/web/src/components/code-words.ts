// The API's codes in people's words, in both languages: one vocabulary for every page.

/** A case's status (the terminal statuses of the procedures and the one open state). */
export const CASE_STATUS_WORDS: { vi: Record<string, string>; en: Record<string, string> } = {
  vi: { open: 'Đang giải quyết', RECOGNISED: 'Đã công nhận', REJECTED: 'Không chấp thuận', WITHDRAWN: 'Đã rút hồ sơ' },
  en: { open: 'In progress', RECOGNISED: 'Recognised', REJECTED: 'Not approved', WITHDRAWN: 'Withdrawn' },
};

/** A role in a few words, shown beside a person's own title (the header, the profile). */
export const ROLE_SHORT_WORDS: { vi: Record<string, string>; en: Record<string, string> } = {
  vi: { admin: 'Quản trị hệ thống', leader: 'Lãnh đạo', officer: 'Cán bộ', ubkt: 'Ủy ban Kiểm tra', clerk: 'Văn thư', 'cdcs-chair': 'Chủ tịch CĐCS' },
  en: { admin: 'System administrator', leader: 'Leader', officer: 'Officer', ubkt: 'Inspection committee', clerk: 'Clerk', 'cdcs-chair': 'Grassroots union chair' },
};

/** Who holds a step, in the words of a union office (the catalog, the case page). */
export const STEP_HOLDER_WORDS: { vi: Record<string, string>; en: Record<string, string> } = {
  vi: { officer: 'Cán bộ Ban Tổ chức', leader: 'Lãnh đạo', clerk: 'Văn thư', ubkt: 'Ủy ban Kiểm tra', 'cdcs-chair': 'Chủ tịch công đoàn cơ sở', admin: 'Quản trị hệ thống' },
  en: { officer: 'Organisation Department officer', leader: 'Leader', clerk: 'Records clerk', ubkt: 'Inspection Committee', 'cdcs-chair': 'Grassroots union chair', admin: 'System administrator' },
};
