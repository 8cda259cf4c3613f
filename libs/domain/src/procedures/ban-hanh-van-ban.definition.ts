import type { ProcedureDefinition } from './procedure-definition';

/**
 * Ban hành văn bản (domain §8; NĐ 30/2020 Art. 10–19). Drafting, approval of the draft and the checks have no legal
 * period [U]: a few working days each by default. The văn thư numbers and dates the signed text by the next working
 * day (Art. 15(2)) and dispatches it the day it is numbered, by the next working day at the latest (Art. 18(1)).
 */
export const BAN_HANH_VAN_BAN: ProcedureDefinition = {
  code: 'ban-hanh-van-ban',
  name: 'Ban hành văn bản',
  version: 1,
  casePrefix: 'VB',
  steps: [
    {
      key: 'soan-thao',
      name: 'Soạn thảo văn bản',
      role: 'officer',
      actions: ['approve', 'withdraw', 'delegate'],
      actionLabels: { approve: 'Trình duyệt dự thảo', withdraw: 'Hủy soạn thảo' },
      deadline: { amount: 5, unit: 'working_days' },
      remindBefore: 1,
      escalateToParentAfter: 3,
    },
    {
      key: 'duyet-du-thao',
      name: 'Người ký duyệt dự thảo',
      role: 'leader',
      actions: ['approve', 'return'],
      actionLabels: { approve: 'Duyệt dự thảo', return: 'Yêu cầu sửa dự thảo' },
      returnsForVerification: true,
      deadline: { amount: 3, unit: 'working_days' },
      remindBefore: 1,
      escalateToParentAfter: 3,
    },
    {
      key: 'kiem-tra-noi-dung',
      name: 'Thủ trưởng đơn vị soạn thảo kiểm tra nội dung',
      role: 'officer',
      actions: ['approve', 'return', 'delegate'],
      actionLabels: { approve: 'Nội dung đạt', return: 'Trả lại sửa nội dung (trình lại người ký)' },
      returnsForVerification: true,
      deadline: { amount: 2, unit: 'working_days' },
      remindBefore: 1,
      escalateToParentAfter: 3,
    },
    {
      key: 'kiem-tra-the-thuc',
      name: 'Kiểm tra thể thức, kỹ thuật trình bày',
      role: 'clerk',
      actions: ['approve', 'return', 'delegate'],
      actionLabels: { approve: 'Thể thức đạt', return: 'Trả lại sửa thể thức' },
      returnsForVerification: true,
      deadline: { amount: 1, unit: 'working_days' },
      remindBefore: 0,
      escalateToParentAfter: 2,
    },
    {
      key: 'ky-ban-hanh',
      name: 'Ký ban hành',
      role: 'leader',
      actions: ['sign', 'return'],
      actionLabels: { sign: 'Ký văn bản', return: 'Trả lại sửa (trình lại)' },
      returnsForVerification: true,
      deadline: { amount: 2, unit: 'working_days' },
      remindBefore: 1,
      escalateToParentAfter: 3,
    },
    {
      key: 'vao-so',
      name: 'Văn thư cấp số, ghi ngày, đăng ký văn bản',
      role: 'clerk',
      actions: ['issue'],
      deadline: { amount: 1, unit: 'working_days' },
      remindBefore: 0,
      escalateToParentAfter: 1,
    },
    {
      key: 'phat-hanh',
      name: 'Phát hành, gửi văn bản đến nơi nhận',
      role: 'clerk',
      actions: ['approve'],
      actionLabels: { approve: 'Đã phát hành, gửi văn bản' },
      deadline: { amount: 1, unit: 'working_days' },
      remindBefore: 0,
      escalateToParentAfter: 1,
    },
  ],
  dossier: [
    { key: 'du-thao', name: 'Dự thảo văn bản', required: false },
    { key: 'phieu-trinh-ky', name: 'Phiếu trình ký', required: false },
    { key: 'ban-ky', name: 'Bản gốc đã ký (bản scan)', required: false },
  ],
};
