import { DENUNCIATION_PERIODS } from '../complaints/complaint-periods';
import type { ProcedureDefinition } from './procedure-definition';

const resolution = { amount: DENUNCIATION_PERIODS.resolutionDays, unit: 'calendar_days' } as const;
const clockDecisions = ['extend', 'suspend', 'resume', 'withdraw', 'terminate'] as const;
const clockLabels = {
  extend: 'Gia hạn giải quyết (QĐ gia hạn)',
  suspend: 'Tạm đình chỉ (QĐ tạm đình chỉ)',
  resume: 'Tiếp tục giải quyết (QĐ tiếp tục)',
  withdraw: 'Người tố cáo rút tố cáo',
  terminate: 'Đình chỉ giải quyết (QĐ đình chỉ)',
} as const;
const extensions = { max: 2, maxAmount: DENUNCIATION_PERIODS.maxExtensionDays, byComplexity: true, rule: 'Luật Tố cáo 2018 Điều 30; NĐ 31/2019/NĐ-CP Điều 3' };

/**
 * Giải quyết tố cáo (domain §7; Luật Tố cáo 2018, NĐ 31/2019/NĐ-CP, QĐ 333/QĐ-TLĐ Art. 16). The UBKT processes and
 * verifies; the leader of the resolving union (người giải quyết tố cáo) accepts, extends, suspends, resumes,
 * terminates and concludes, each by a numbered decision. The denouncer's identity is never part of the case data
 * these steps see (see identity-redaction.ts).
 */
export const TO_CAO: ProcedureDefinition = {
  code: 'to-cao',
  name: 'Giải quyết tố cáo',
  version: 1,
  casePrefix: 'TC',
  steps: [
    {
      key: 'xu-ly-ban-dau',
      name: 'Xử lý ban đầu thông tin tố cáo',
      role: 'ubkt',
      actions: ['approve', 'forward', 'reject', 'withdraw', 'delegate'],
      actionLabels: { approve: 'Đề xuất thụ lý', forward: 'Chuyển đơn (không thuộc thẩm quyền)', reject: 'Không thụ lý', withdraw: 'Người tố cáo rút tố cáo' },
      deadline: { amount: DENUNCIATION_PERIODS.initialProcessing.onePlace, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'xu-ly-thong-tin',
      name: 'Xử lý thông tin phản ánh (đơn nặc danh, mạo danh)',
      role: 'ubkt',
      actions: ['approve', 'reject', 'delegate'],
      actionLabels: { approve: 'Chuyển kiểm tra theo thẩm quyền', reject: 'Lưu đơn, không xử lý' },
      deadline: { amount: DENUNCIATION_PERIODS.initialProcessing.onePlace, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'thu-ly',
      name: 'Quyết định thụ lý tố cáo',
      role: 'leader',
      actions: ['approve', 'reject', 'delegate'],
      actionLabels: { approve: 'Ký quyết định thụ lý', reject: 'Không thụ lý' },
      deadline: { amount: DENUNCIATION_PERIODS.initialProcessing.onePlace, unit: 'working_days' },
      remindBefore: 1,
      escalateToParentAfter: 3,
    },
    {
      key: 'xac-minh',
      name: 'Xác minh nội dung tố cáo',
      role: 'ubkt',
      actions: ['assign', 'approve', 'delegate'],
      leaderActions: clockDecisions,
      actionLabels: { approve: 'Trình báo cáo kết quả xác minh', ...clockLabels },
      deadline: resolution,
      remindBefore: 5,
      escalateToParentAfter: 3,
      clockRules: { extensions },
    },
    {
      key: 'ket-luan',
      name: 'Kết luận nội dung tố cáo',
      role: 'leader',
      actions: ['approve', 'return', ...clockDecisions, 'delegate'],
      actionLabels: { approve: 'Ký kết luận nội dung tố cáo', return: 'Yêu cầu xác minh bổ sung', ...clockLabels },
      deadline: resolution,
      returnsForVerification: true,
      remindBefore: 3,
      escalateToParentAfter: 3,
      clockRules: { extensions },
    },
    {
      key: 'gui-ket-luan',
      name: 'Gửi kết luận, thông báo kết quả cho người tố cáo',
      role: 'ubkt',
      actions: ['approve', 'delegate'],
      actionLabels: { approve: 'Đã gửi kết luận và thông báo kết quả' },
      deadline: { amount: 5, unit: 'working_days' },
      remindBefore: 1,
      escalateToParentAfter: 2,
    },
    {
      key: 'xu-ly-sau-ket-luan',
      name: 'Xử lý tố cáo theo kết luận',
      role: 'leader',
      actions: ['approve', 'delegate'],
      actionLabels: { approve: 'Đã xử lý theo kết luận' },
      deadline: { amount: 7, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 2,
    },
    {
      key: 'cong-khai',
      name: 'Công khai kết luận và quyết định xử lý',
      role: 'ubkt',
      actions: ['approve', 'delegate'],
      actionLabels: { approve: 'Đã công khai (không nêu người tố cáo)' },
      deadline: { amount: 7, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 2,
    },
  ],
  dossier: [
    { key: 'don-to-cao', name: 'Đơn tố cáo hoặc biên bản ghi nhận tố cáo trực tiếp (có chữ ký người tố cáo)', required: true, identifiesDenouncer: true },
    { key: 'giay-to-nguoi-to-cao', name: 'Giấy tờ tùy thân, thông tin liên hệ của người tố cáo', required: false, identifiesDenouncer: true },
    { key: 'tai-lieu-chung-cu', name: 'Tài liệu, chứng cứ kèm theo tố cáo', required: false },
    { key: 'bao-cao-xac-minh', name: 'Báo cáo kết quả xác minh nội dung tố cáo', required: true },
    { key: 'giai-trinh', name: 'Văn bản giải trình của người bị tố cáo', required: false },
    { key: 'van-ban-rut-to-cao', name: 'Văn bản rút tố cáo', required: false, identifiesDenouncer: true },
  ],
  // The plans' target: "giải quyết 100% đơn thư khiếu nại, tố cáo thuộc thẩm quyền", and within the law's periods.
  report: { acceptedBy: ['qd-thu-ly-to-cao'], onTimeTarget: 1 },
};
