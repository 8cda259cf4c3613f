import type { ProcedureDefinition } from './procedure-definition';

/**
 * Thành lập CĐCS và công nhận đoàn viên, CĐCS, BCH (domain §2). The periods marked [U] in the domain reference are
 * defaults, not law: the dossier check has no deadline found in any guidance (5 working days here); the decision
 * takes 10 working days from a complete dossier (as HD 38 Mục 10.4(đ) for BCH recognition); the văn thư numbers and
 * issues by the next working day (NĐ 30/2020 Art. 15(2)).
 */
export const THANH_LAP_CDCS: ProcedureDefinition = {
  code: 'thanh-lap-cdcs',
  name: 'Thành lập công đoàn cơ sở, công nhận đoàn viên, CĐCS và Ban Chấp hành',
  version: 1,
  casePrefix: 'TL',
  steps: [
    {
      key: 'kiem-tra-ho-so',
      name: 'Tiếp nhận, kiểm tra hồ sơ',
      role: 'officer',
      actions: ['approve', 'return', 'reject', 'withdraw', 'delegate'],
      deadline: { amount: 5, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'bo-sung-ho-so',
      name: 'Chờ bổ sung hồ sơ',
      role: 'officer',
      actions: ['resubmit', 'withdraw'],
      deadline: { amount: 30, unit: 'calendar_days' },
      remindBefore: 2,
      escalateToParentAfter: 5,
    },
    {
      key: 'xet-duyet',
      name: 'Xét duyệt, quyết định công nhận',
      role: 'leader',
      actions: ['approve', 'reject', 'delegate'],
      deadline: { amount: 10, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'ban-hanh-quyet-dinh',
      name: 'Vào số, ban hành quyết định công nhận',
      role: 'clerk',
      actions: ['issue'],
      deadline: { amount: 1, unit: 'working_days' },
      remindBefore: 0,
      escalateToParentAfter: 2,
    },
  ],
  // HD 38/HD-TLĐ and HD 03/HD-TLĐ 2020 Mục 12 (domain §2): what the ban vận động files with the upper union.
  dossier: [
    { key: 'to-trinh', name: 'Tờ trình đề nghị công nhận đoàn viên, CĐCS và Ban Chấp hành', required: true },
    { key: 'danh-sach-doan-vien', name: 'Danh sách đoàn viên và đơn gia nhập công đoàn', required: true },
    { key: 'bien-ban-dai-hoi', name: 'Biên bản đại hội thành lập công đoàn cơ sở', required: true },
    { key: 'bien-ban-kiem-phieu', name: 'Biên bản kiểm phiếu bầu Ban Chấp hành', required: true },
    { key: 'danh-sach-trich-ngang', name: 'Danh sách trích ngang Ban Chấp hành (Mẫu 2)', required: true },
    { key: 'giay-phep-thanh-lap', name: 'Bản sao giấy chứng nhận đăng ký kinh doanh hoặc quyết định thành lập đơn vị', required: true },
    { key: 'bao-cao-lao-dong', name: 'Báo cáo tình hình sử dụng lao động', required: false },
  ],
  report: { acceptedBy: ['tb-tiep-nhan-ho-so'] },
};
