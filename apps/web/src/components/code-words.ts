// The API's codes in people's words, in both languages: one vocabulary for every page.

type Words = { vi: Record<string, string>; en: Record<string, string> };

/** A case's status (the terminal statuses of the procedures and the one open state). */
export const CASE_STATUS_WORDS: Words = {
  vi: {
    open: 'Đang giải quyết',
    RECOGNISED: 'Đã công nhận',
    REJECTED: 'Không chấp thuận',
    WITHDRAWN: 'Đã rút hồ sơ',
    NOT_ACCEPTED: 'Không thụ lý',
    RESOLVED: 'Đã giải quyết',
    TERMINATED: 'Đình chỉ giải quyết',
    FORWARDED: 'Đã chuyển đơn',
    INFO_REPORT: 'Xử lý như thông tin phản ánh',
    ON_HOLD: 'Tạm dừng xét (đang có vụ việc chưa kết thúc)',
    AWARDED: 'Đã khen thưởng',
    DEFERRED: 'Hoãn xem xét kỷ luật',
    DISCIPLINED: 'Đã thi hành kỷ luật',
    NO_DISCIPLINE: 'Không kỷ luật',
    ISSUED: 'Đã ban hành',
  },
  en: {
    open: 'In progress',
    RECOGNISED: 'Recognised',
    REJECTED: 'Not approved',
    WITHDRAWN: 'Withdrawn',
    NOT_ACCEPTED: 'Not accepted',
    RESOLVED: 'Resolved',
    TERMINATED: 'Resolution terminated',
    FORWARDED: 'Forwarded',
    INFO_REPORT: 'Handled as information report',
    ON_HOLD: 'On hold (a related case is pending)',
    AWARDED: 'Commended',
    DEFERRED: 'Discipline deferred',
    DISCIPLINED: 'Disciplined',
    NO_DISCIPLINE: 'No discipline',
    ISSUED: 'Issued',
  },
};

/** Every status a case may have, in the order the filters list them. */
export const CASE_STATUSES = [
  'open',
  'ON_HOLD',
  'DEFERRED',
  'RECOGNISED',
  'AWARDED',
  'DISCIPLINED',
  'NO_DISCIPLINE',
  'ISSUED',
  'REJECTED',
  'RESOLVED',
  'NOT_ACCEPTED',
  'TERMINATED',
  'FORWARDED',
  'INFO_REPORT',
  'WITHDRAWN',
];

/** A status in colour and a sign, so it reads without colour too. */
export const CASE_STATUS_LOOKS: Record<string, { color: string; icon: string }> = {
  open: { color: 'processing', icon: '●' },
  RECOGNISED: { color: 'success', icon: '✓' },
  RESOLVED: { color: 'success', icon: '✓' },
  REJECTED: { color: 'error', icon: '✕' },
  NOT_ACCEPTED: { color: 'error', icon: '✕' },
  TERMINATED: { color: 'warning', icon: '■' },
  FORWARDED: { color: 'purple', icon: '➜' },
  INFO_REPORT: { color: 'default', icon: 'ℹ' },
  WITHDRAWN: { color: 'default', icon: '↩' },
  ON_HOLD: { color: 'warning', icon: '‖' },
  DEFERRED: { color: 'warning', icon: '‖' },
  AWARDED: { color: 'success', icon: '✓' },
  DISCIPLINED: { color: 'success', icon: '✓' },
  NO_DISCIPLINE: { color: 'default', icon: '○' },
  ISSUED: { color: 'success', icon: '✓' },
};

/** An action's common name; a step may word it its own way (`actionLabels` of the catalog), which wins. */
export const ACTION_WORDS: Words = {
  vi: {
    approve: 'Đồng ý',
    reject: 'Từ chối',
    return: 'Trả lại bổ sung hồ sơ',
    resubmit: 'Nộp lại hồ sơ đã bổ sung',
    delegate: 'Giao cho người khác',
    extend: 'Gia hạn',
    suspend: 'Tạm đình chỉ',
    resume: 'Tiếp tục giải quyết',
    withdraw: 'Rút hồ sơ',
    issue: 'Vào số, ban hành',
    sign: 'Ký',
    vote: 'Biểu quyết',
    assign: 'Phân công tổ xác minh',
    forward: 'Chuyển đơn',
    terminate: 'Đình chỉ giải quyết',
  },
  en: {
    approve: 'Approve',
    reject: 'Reject',
    return: 'Return for supplementation',
    resubmit: 'Resubmit the supplemented dossier',
    delegate: 'Hand over to someone else',
    extend: 'Extend',
    suspend: 'Suspend',
    resume: 'Resume',
    withdraw: 'Withdraw the dossier',
    issue: 'Number and issue',
    sign: 'Sign',
    vote: 'Vote',
    assign: 'Assign the verification team',
    forward: 'Forward the letter',
    terminate: 'Terminate the resolution',
  },
};

/**
 * The actions of the complaint and denunciation steps in English (the catalog's `actionLabels` are Vietnamese only):
 * keyed `step:action`, the same for both procedures where the step keys mean the same.
 */
export const STEP_ACTION_WORDS_EN: Record<string, Record<string, string>> = {
  'khieu-nai': {
    'thu-ly:approve': 'Accept (thụ lý)',
    'thu-ly:reject': 'Do not accept',
    'thu-ly:withdraw': 'Complainant withdrew',
    'xac-minh:approve': 'Submit the verification result',
    'xac-minh:withdraw': 'Terminate (complaint withdrawn)',
    'quyet-dinh:approve': 'Sign the resolution decision',
    'quyet-dinh:return': 'Ask for more verification',
    'quyet-dinh:withdraw': 'Terminate (complaint withdrawn)',
    'gui-quyet-dinh:approve': 'Decision sent',
  },
  'to-cao': {
    'xu-ly-ban-dau:approve': 'Propose acceptance',
    'xu-ly-ban-dau:forward': 'Forward (not competent)',
    'xu-ly-ban-dau:reject': 'Do not accept',
    'xu-ly-ban-dau:withdraw': 'Denouncer withdrew',
    'xu-ly-thong-tin:approve': 'Check under own powers',
    'xu-ly-thong-tin:reject': 'File, no action',
    'thu-ly:approve': 'Sign the acceptance decision',
    'thu-ly:reject': 'Do not accept',
    'xac-minh:approve': 'Submit the verification report',
    'ket-luan:approve': 'Sign the conclusion',
    'ket-luan:return': 'Ask for more verification',
    'gui-ket-luan:approve': 'Conclusion and result notice sent',
    'xu-ly-sau-ket-luan:approve': 'Acted on the conclusion',
    'cong-khai:approve': 'Published (denouncer not named)',
    extend: 'Extend (extension decision)',
    suspend: 'Suspend (suspension decision)',
    resume: 'Resume (resumption decision)',
    withdraw: 'Denouncer withdrew',
    terminate: 'Terminate (termination decision)',
  },
  'cong-nhan-bch': {
    'kiem-tra-ho-so:approve': 'Dossier complete: submit to the leader',
    'xet-duyet:approve': 'Sign the recognition decision',
  },
  'bo-sung-uy-vien': {
    'chap-thuan-vuot-ty-le:approve': 'Consent to the additions above the share',
    'chap-thuan-vuot-ty-le:reject': 'Do not consent',
    'kiem-tra-ho-so:approve': 'Dossier complete: submit to the leader',
    'xet-duyet:approve': 'Sign the recognition decision',
  },
  'khen-thuong': {
    'kiem-tra-ho-so:approve': 'Dossier complete: to appraisal',
    'tham-dinh:approve': 'Submit to the council',
    'tham-dinh:reject': 'Not eligible for commendation',
    'tham-dinh:extend': 'Extend after consultations (at most 10 working days)',
    'hoi-dong-tdkt:vote': "Record the council's ballot",
    'ky-quyet-dinh:approve': 'Sign the commendation decision',
    'ky-quyet-dinh:return': 'Return for more appraisal',
    'gui-quyet-dinh:approve': 'Decision and copies sent',
  },
  'ky-luat': {
    'tham-muu-ubkt:approve': 'Submit to the Standing Committee',
    'tham-muu-ubkt:reject': 'Propose no discipline',
    'bieu-quyet:vote': 'Record the secret ballot',
    'cap-tren-xem-xet:approve': 'Decide the form of discipline',
    'cap-tren-xem-xet:reject': 'No discipline',
    'thong-bao-co-quan-quan-ly:issue': 'Issue the notice',
    suspend: 'Defer the discipline',
    resume: 'Resume the discipline',
  },
  'ban-hanh-van-ban': {
    'soan-thao:approve': 'Submit the draft',
    'soan-thao:withdraw': 'Cancel the draft',
    'duyet-du-thao:approve': 'Approve the draft',
    'duyet-du-thao:return': 'Ask for changes to the draft',
    'kiem-tra-noi-dung:approve': 'Content checked',
    'kiem-tra-noi-dung:return': 'Return to fix the content (back to the signer)',
    'kiem-tra-the-thuc:approve': 'Format checked',
    'kiem-tra-the-thuc:return': 'Return to fix the format',
    'ky-ban-hanh:sign': 'Sign the document',
    'ky-ban-hanh:return': 'Return for changes',
    'phat-hanh:approve': 'Document dispatched',
  },
};

/** Timeline event kinds the server leaves without words (it sends the bare kind as `what`). */
export const EVENT_WORDS: Words = {
  vi: {
    team_assigned: 'Phân công tổ xác minh',
    clock_extend: 'Gia hạn thời hạn giải quyết',
    clock_suspend: 'Tạm đình chỉ việc giải quyết',
    clock_resume: 'Tiếp tục giải quyết',
    decision_sent: 'Đã gửi quyết định giải quyết khiếu nại',
    escalated: 'Báo cáo quá hạn lên cấp trên',
    identity_read: 'Xem danh tính người tố cáo',
    hold_placed: 'Tạm dừng xét: người được đề nghị đang có vụ việc chưa kết thúc',
    hold_released: 'Tiếp tục xét: vụ việc liên quan đã kết thúc',
    ballot_resolved: 'Kết quả bỏ phiếu',
    archived: 'Lưu bản gốc tại văn thư',
  },
  en: {
    team_assigned: 'Verification team assigned',
    clock_extend: 'Deadline extended',
    clock_suspend: 'Handling suspended',
    clock_resume: 'Handling resumed',
    decision_sent: 'Complaint decision sent',
    escalated: 'Reported overdue to the upper level',
    identity_read: "Denouncer's identity read",
    hold_placed: 'On hold: a nominee has a pending case',
    hold_released: 'Resumed: the related case closed',
    ballot_resolved: 'Ballot result',
    archived: 'Original filed with the records clerk',
  },
};

/** How a letter arrived (sổ tiếp nhận đơn). */
export const CHANNEL_WORDS: Words = {
  vi: { 'truc-tiep': 'Trực tiếp tại nơi tiếp công dân', 'buu-dien': 'Qua bưu điện', 'thu-dien-tu': 'Thư điện tử, cổng thông tin', 'chuyen-den': 'Cơ quan, tổ chức khác chuyển đến' },
  en: { 'truc-tiep': 'In person', 'buu-dien': 'By post', 'thu-dien-tu': 'By email or web portal', 'chuyen-den': 'Forwarded by another body' },
};
export const CHANNELS = ['truc-tiep', 'buu-dien', 'thu-dien-tu', 'chuyen-den'] as const;

/** What a resolution finds the complaint or denunciation to be. */
export const FINDING_WORDS: Words = {
  vi: { dung: 'Đúng', sai: 'Sai', 'dung-mot-phan': 'Đúng một phần' },
  en: { dung: 'Right', sai: 'Wrong', 'dung-mot-phan': 'Partly right' },
};
export const FINDINGS = ['dung', 'dung-mot-phan', 'sai'] as const;

/** A role in a few words, shown beside a person's own title (the header, the profile). */
export const ROLE_SHORT_WORDS: Words = {
  vi: { admin: 'Quản trị hệ thống', leader: 'Lãnh đạo', officer: 'Cán bộ', ubkt: 'Ủy ban Kiểm tra', clerk: 'Văn thư', 'cdcs-chair': 'Chủ tịch CĐCS' },
  en: { admin: 'System administrator', leader: 'Leader', officer: 'Officer', ubkt: 'Inspection committee', clerk: 'Clerk', 'cdcs-chair': 'Grassroots union chair' },
};

/** Who holds a step, in the words of a union office (the catalog, the case page). */
export const STEP_HOLDER_WORDS: Words = {
  vi: { officer: 'Cán bộ Ban Tổ chức', leader: 'Lãnh đạo', clerk: 'Văn thư', ubkt: 'Ủy ban Kiểm tra', 'cdcs-chair': 'Chủ tịch công đoàn cơ sở', admin: 'Quản trị hệ thống' },
  en: { officer: 'Organisation Department officer', leader: 'Leader', clerk: 'Records clerk', ubkt: 'Inspection Committee', 'cdcs-chair': 'Grassroots union chair', admin: 'System administrator' },
};

/**
 * The API's common action names (the domain's ACTION_LABELS): the catalog gives every action of a step a label, and
 * one equal to these is no wording of the step's own.
 */
const COMMON_ACTION_LABELS: Record<string, string> = {
  approve: 'Đồng ý',
  reject: 'Từ chối',
  return: 'Trả lại bổ sung hồ sơ',
  resubmit: 'Nộp lại hồ sơ đã bổ sung',
  delegate: 'Giao cho người khác',
  extend: 'Gia hạn',
  suspend: 'Tạm đình chỉ',
  resume: 'Tiếp tục giải quyết',
  withdraw: 'Rút hồ sơ / rút đơn',
  vote: 'Biểu quyết',
  sign: 'Ký',
  issue: 'Vào số, ban hành',
  assign: 'Phân công tổ xác minh',
  forward: 'Chuyển đơn đến cơ quan có thẩm quyền',
  terminate: 'Đình chỉ giải quyết',
};

type LabelledStep = { procedureCode?: string; key?: string; actionLabels?: Record<string, string> };

/** The step's own wording of an action ('Thụ lý' for approve at a complaint's thụ lý), if it has one. */
export function ownActionLabel(step: LabelledStep | undefined, action: string): string | undefined {
  const label = step?.actionLabels?.[action];
  return label && label !== COMMON_ACTION_LABELS[action] ? label : undefined;
}

/**
 * An action's label on a given step: in Vietnamese the step's own wording from the catalog (`actionLabels`), in
 * English our translation of it; else the common name. Unknown codes fall back to the code itself.
 */
export function stepActionWords(language: string, action: string, step?: LabelledStep): string {
  const own = ownActionLabel(step, action);
  if (language === 'en') {
    const words = step?.procedureCode ? STEP_ACTION_WORDS_EN[step.procedureCode] : undefined;
    const specific = words?.[`${step?.key}:${action}`] ?? words?.[action];
    if (specific && own) return specific;
    return ACTION_WORDS.en[action] ?? action;
  }
  return own ?? ACTION_WORDS.vi[action] ?? action;
}
