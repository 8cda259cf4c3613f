import type { DossierItem, ProcedureDefinition, StepDefinition } from './procedure-definition';

/**
 * Periods of HD 38/HD-TLĐ Mục 10.4(đ) [S]: the lower union submits within 10 working days of its first BCH meeting
 * (late is flagged, not refused), and the upper union decides within 10 working days of a complete, valid dossier.
 * The dossier check has no period of its own in the sources [U]: 5 working days, inside those 10.
 */
export const COMMITTEE_PERIODS = {
  submissionWorkingDays: 10,
  checkWorkingDays: 5,
  decisionWorkingDays: 10,
  /** the lower union resubmits a returned dossier [U] */
  supplementCalendarDays: 30,
} as const;

/** The steps a committee dossier goes through at the upper union: check, supplement, decide, number and issue. */
export function committeeSteps(decisionName: string): StepDefinition[] {
  return [
    {
      key: 'kiem-tra-ho-so',
      name: 'Tiếp nhận, kiểm tra hồ sơ',
      role: 'officer',
      actions: ['approve', 'return', 'reject', 'delegate'],
      actionLabels: { approve: 'Hồ sơ đầy đủ, hợp lệ: trình lãnh đạo' },
      deadline: { amount: COMMITTEE_PERIODS.checkWorkingDays, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'bo-sung-ho-so',
      name: 'Công đoàn cấp dưới bổ sung hồ sơ',
      role: 'cdcs-chair',
      actions: ['resubmit', 'withdraw'],
      deadline: { amount: COMMITTEE_PERIODS.supplementCalendarDays, unit: 'calendar_days' },
      remindBefore: 3,
      escalateToParentAfter: 5,
    },
    {
      key: 'xet-duyet',
      name: decisionName,
      role: 'leader',
      actions: ['approve', 'reject', 'delegate'],
      actionLabels: { approve: 'Ký quyết định công nhận' },
      deadline: { amount: COMMITTEE_PERIODS.decisionWorkingDays, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'ban-hanh-quyet-dinh',
      name: 'Vào số, ban hành quyết định',
      role: 'clerk',
      actions: ['issue'],
      deadline: { amount: 1, unit: 'working_days' },
      remindBefore: 0,
      escalateToParentAfter: 2,
    },
  ];
}

/** HD 38 Mục 10.4(đ) [S]: what the lower union files after its congress. */
const DOSSIER: DossierItem[] = [
  { key: 'to-trinh', name: 'Tờ trình đề nghị công nhận Ban Chấp hành, Ban Thường vụ, các chức danh và Ủy ban Kiểm tra', required: true },
  { key: 'bien-ban-dai-hoi', name: 'Biên bản đại hội', required: true },
  { key: 'bien-ban-kiem-phieu-dai-hoi', name: 'Biên bản kiểm phiếu bầu Ban Chấp hành tại đại hội (Mẫu 4a)', required: true },
  { key: 'bien-ban-hoi-nghi-bch', name: 'Biên bản hội nghị Ban Chấp hành lần thứ nhất', required: true },
  { key: 'bien-ban-kiem-phieu-chuc-danh', name: 'Biên bản kiểm phiếu bầu các chức danh (Mẫu 4d)', required: true },
  { key: 'danh-sach-trich-ngang', name: 'Danh sách trích ngang (Mẫu 2)', required: true },
  { key: 'bien-ban-hoi-nghi-ubkt', name: 'Biên bản hội nghị Ủy ban Kiểm tra lần thứ nhất', required: false },
];

/**
 * Công nhận BCH, BTV, chủ tịch, phó chủ tịch, UBKT after a congress (domain §3). The lower union's chair submits;
 * the upper union's officer checks; its leader signs the QĐ công nhận; the văn thư numbers it; the committee roster in
 * the org data follows from the decision's date. Until then the elected chair acts (the interim rule).
 */
export const CONG_NHAN_BCH: ProcedureDefinition = {
  code: 'cong-nhan-bch',
  name: 'Công nhận Ban Chấp hành, Ban Thường vụ, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra',
  version: 1,
  casePrefix: 'CN',
  submittedBy: 'cdcs-chair',
  steps: committeeSteps('Xét duyệt, ký quyết định công nhận'),
  dossier: DOSSIER,
  report: { acceptedBy: ['tb-tiep-nhan-ho-so'] },
};
