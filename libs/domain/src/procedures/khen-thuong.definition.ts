import type { ProcedureDefinition } from './procedure-definition';

/**
 * The union's own periods (QĐ 999/QĐ-TLĐ, the yearly guidance) are [U]; these defaults are the state analogue, QĐ
 * 311/QĐ-BNV 2025 [S]: an incomplete dossier goes back within 5 working days; appraisal takes 20 working days of a
 * complete dossier, +10 after consultations; copies go out within 10 working days.
 */
export const COMMENDATION_PERIODS = {
  checkWorkingDays: 5,
  appraisalWorkingDays: 20,
  consultationExtraWorkingDays: 10,
  copiesWorkingDays: 10,
  /** [U] the council meets and the leader signs: no period in any source */
  councilWorkingDays: 10,
  signingWorkingDays: 5,
  supplementCalendarDays: 30,
} as const;

/**
 * Tiếp hồ sơ thi đua, khen thưởng (domain §4). The TĐKT officer checks and appraises; the Hội đồng TĐKT votes by
 * secret ballot on each nominee; the leader signs the QĐ khen thưởng for those it passed; the văn thư numbers it and
 * sends the copies. A nominee under discipline review or party to an open complaint or denunciation puts the case on
 * hold until that case closes (NĐ 152/2025 Art. 4).
 */
export const KHEN_THUONG: ProcedureDefinition = {
  code: 'khen-thuong',
  name: 'Tiếp nhận, xét hồ sơ thi đua, khen thưởng',
  version: 1,
  casePrefix: 'KT',
  steps: [
    {
      key: 'kiem-tra-ho-so',
      name: 'Tiếp nhận, kiểm tra hồ sơ đề nghị khen thưởng',
      role: 'officer',
      actions: ['approve', 'return', 'reject', 'withdraw', 'delegate'],
      actionLabels: { approve: 'Hồ sơ đầy đủ: chuyển thẩm định' },
      deadline: { amount: COMMENDATION_PERIODS.checkWorkingDays, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'bo-sung-ho-so',
      name: 'Chờ đơn vị đề nghị bổ sung hồ sơ',
      role: 'officer',
      actions: ['resubmit', 'withdraw'],
      deadline: { amount: COMMENDATION_PERIODS.supplementCalendarDays, unit: 'calendar_days' },
      remindBefore: 3,
      escalateToParentAfter: 5,
    },
    {
      key: 'tham-dinh',
      name: 'Thẩm định hồ sơ, trình Hội đồng Thi đua - Khen thưởng',
      role: 'officer',
      actions: ['approve', 'reject', 'extend', 'delegate'],
      actionLabels: { approve: 'Trình Hội đồng TĐKT', reject: 'Không đủ điều kiện khen thưởng', extend: 'Gia hạn sau khi lấy ý kiến (tối đa 10 ngày làm việc)' },
      deadline: { amount: COMMENDATION_PERIODS.appraisalWorkingDays, unit: 'working_days' },
      remindBefore: 3,
      escalateToParentAfter: 3,
      clockRules: {
        extensions: { max: 1, maxAmount: COMMENDATION_PERIODS.consultationExtraWorkingDays, rule: 'QĐ 311/QĐ-BNV 2025 (thêm 10 ngày làm việc sau khi lấy ý kiến)' },
      },
    },
    {
      key: 'hoi-dong-tdkt',
      name: 'Hội đồng Thi đua - Khen thưởng họp, bỏ phiếu',
      role: 'officer',
      actions: ['vote', 'delegate'],
      actionLabels: { vote: 'Ghi nhận kết quả bỏ phiếu của Hội đồng' },
      deadline: { amount: COMMENDATION_PERIODS.councilWorkingDays, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'ky-quyet-dinh',
      name: 'Ký quyết định khen thưởng',
      role: 'leader',
      actions: ['approve', 'reject', 'return', 'delegate'],
      actionLabels: { approve: 'Ký quyết định khen thưởng', return: 'Trả lại để thẩm định thêm' },
      returnsForVerification: true,
      deadline: { amount: COMMENDATION_PERIODS.signingWorkingDays, unit: 'working_days' },
      remindBefore: 1,
      escalateToParentAfter: 3,
    },
    {
      key: 'ban-hanh-quyet-dinh',
      name: 'Vào số, ban hành quyết định khen thưởng',
      role: 'clerk',
      actions: ['issue'],
      deadline: { amount: 1, unit: 'working_days' },
      remindBefore: 0,
      escalateToParentAfter: 2,
    },
    {
      key: 'gui-quyet-dinh',
      name: 'Gửi quyết định và bản sao cho đơn vị đề nghị',
      role: 'clerk',
      actions: ['approve'],
      actionLabels: { approve: 'Đã gửi quyết định, bản sao' },
      deadline: { amount: COMMENDATION_PERIODS.copiesWorkingDays, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
  ],
  // Luật TĐKT 2022 ch. IV; NĐ 152/2025 appendix [S]
  dossier: [
    { key: 'to-trinh', name: 'Tờ trình đề nghị khen thưởng kèm danh sách', required: true },
    { key: 'bao-cao-thanh-tich', name: 'Báo cáo thành tích có xác nhận của cấp trình', required: true },
    { key: 'bien-ban-hoi-dong-co-so', name: 'Biên bản và kết quả bỏ phiếu của Hội đồng TĐKT cấp trình', required: true },
    { key: 'xac-nhan-sang-kien', name: 'Xác nhận sáng kiến (Chiến sĩ thi đua) hoặc thành tích đột xuất', required: false },
    { key: 'bien-ban-hoi-dong', name: 'Biên bản họp Hội đồng Thi đua - Khen thưởng (đã ký)', required: false },
  ],
  report: { acceptedBy: ['tb-tiep-nhan-ho-so'] },
};
