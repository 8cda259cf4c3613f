import { COMPLAINT_PERIODS } from '../complaints/complaint-periods';
import type { ProcedureDefinition } from './procedure-definition';

/**
 * Giải quyết khiếu nại (domain §6; Luật Khiếu nại 2011, QĐ 333/QĐ-TLĐ). The UBKT receives and verifies, the leader
 * of the resolving union signs. One definition serves both instances: the second runs at the direct upper union,
 * linked to the first case, with the longer periods of Art. 36–41. The resolution periods below are the first
 * instance's defaults; the workflow sets each case's own (complex, remote area, instance) from COMPLAINT_PERIODS.
 * Overdue steps escalate to the resolving union's leaders, then to the upper union's UBKT.
 */
export const KHIEU_NAI: ProcedureDefinition = {
  code: 'khieu-nai',
  name: 'Giải quyết khiếu nại',
  version: 1,
  casePrefix: 'KN',
  steps: [
    {
      key: 'thu-ly',
      name: 'Thụ lý hoặc không thụ lý khiếu nại',
      role: 'ubkt',
      actions: ['approve', 'reject', 'withdraw', 'delegate'],
      actionLabels: { approve: 'Thụ lý', reject: 'Không thụ lý', withdraw: 'Người khiếu nại rút đơn' },
      deadline: { amount: COMPLAINT_PERIODS.acceptanceDays, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
      escalateToParentRole: 'ubkt',
    },
    {
      key: 'xac-minh',
      name: 'Xác minh, đối thoại',
      role: 'ubkt',
      actions: ['assign', 'approve', 'delegate'],
      leaderActions: ['withdraw'],
      actionLabels: { approve: 'Trình kết quả xác minh', withdraw: 'Đình chỉ (người khiếu nại rút đơn)' },
      deadline: { amount: COMPLAINT_PERIODS.resolutionDays[1].normal[0], unit: 'calendar_days' },
      remindBefore: 5,
      escalateToParentAfter: 3,
      escalateToParentRole: 'ubkt',
    },
    {
      key: 'quyet-dinh',
      name: 'Ký quyết định giải quyết khiếu nại',
      role: 'leader',
      actions: ['approve', 'return', 'withdraw', 'delegate'],
      actionLabels: { approve: 'Ký quyết định giải quyết', return: 'Yêu cầu xác minh thêm', withdraw: 'Đình chỉ (người khiếu nại rút đơn)' },
      deadline: { amount: COMPLAINT_PERIODS.resolutionDays[1].normal[0], unit: 'calendar_days' },
      returnsForVerification: true,
      remindBefore: 3,
      escalateToParentAfter: 3,
      escalateToParentRole: 'ubkt',
    },
    {
      key: 'gui-quyet-dinh',
      name: 'Gửi quyết định giải quyết khiếu nại',
      role: 'ubkt',
      actions: ['approve', 'delegate'],
      actionLabels: { approve: 'Đã gửi quyết định' },
      deadline: COMPLAINT_PERIODS.sendDecision[1],
      remindBefore: 1,
      escalateToParentAfter: 2,
      escalateToParentRole: 'ubkt',
    },
  ],
  dossier: [
    { key: 'don-khieu-nai', name: 'Đơn khiếu nại hoặc biên bản ghi nội dung khiếu nại trực tiếp', required: true },
    { key: 'quyet-dinh-bi-khieu-nai', name: 'Bản sao quyết định, hành vi bị khiếu nại', required: false },
    { key: 'tai-lieu-chung-cu', name: 'Tài liệu, chứng cứ do người khiếu nại cung cấp', required: false },
    { key: 'bao-cao-xac-minh', name: 'Báo cáo kết quả xác minh', required: true },
    { key: 'bien-ban-doi-thoai', name: 'Biên bản đối thoại (khi kết quả xác minh khác nội dung khiếu nại)', required: false },
    { key: 'van-ban-rut-don', name: 'Văn bản rút khiếu nại', required: false },
  ],
  // The plans' target: "giải quyết 100% đơn thư khiếu nại, tố cáo thuộc thẩm quyền", and within the law's periods.
  report: { acceptedBy: ['tb-thu-ly-khieu-nai'], onTimeTarget: 1 },
};
