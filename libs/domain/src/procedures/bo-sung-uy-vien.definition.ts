import { committeeSteps } from './cong-nhan-bch.definition';
import type { ProcedureDefinition } from './procedure-definition';

/**
 * Bổ sung ủy viên BCH/BTV/UBKT during a term (domain §3): the same dossier pattern and 10 + 10 working days [U].
 * Beyond 2/3 (CĐCS) or 1/2 (higher levels) of the congress-decided number, the upper union's leader consents first.
 */
export const BO_SUNG_UY_VIEN: ProcedureDefinition = {
  code: 'bo-sung-uy-vien',
  name: 'Công nhận bổ sung ủy viên Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra',
  version: 1,
  casePrefix: 'BS',
  submittedBy: 'cdcs-chair',
  steps: [
    {
      key: 'chap-thuan-vuot-ty-le',
      name: 'Công đoàn cấp trên cho ý kiến: bổ sung vượt tỷ lệ trong nhiệm kỳ',
      role: 'leader',
      actions: ['approve', 'reject', 'delegate'],
      actionLabels: { approve: 'Đồng ý bổ sung vượt tỷ lệ', reject: 'Không đồng ý' },
      deadline: { amount: 10, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    ...committeeSteps('Xét duyệt, ký quyết định công nhận bổ sung'),
  ],
  dossier: [
    { key: 'to-trinh', name: 'Tờ trình đề nghị công nhận bổ sung', required: true },
    { key: 'bien-ban-hoi-nghi', name: 'Biên bản hội nghị bầu bổ sung (hoặc văn bản chỉ định)', required: true },
    { key: 'bien-ban-kiem-phieu', name: 'Biên bản kiểm phiếu bầu bổ sung', required: false },
    { key: 'danh-sach-trich-ngang', name: 'Danh sách trích ngang người được bổ sung (Mẫu 2)', required: true },
  ],
  report: { acceptedBy: ['tb-tiep-nhan-ho-so'] },
};
