import type { LegalGround } from '../complaints/grounds';

/**
 * QĐ 5130/QĐ-TLĐ Art. 6(1) [S]: the cases where a discipline is not yet considered (chưa xem xét kỷ luật) → the case
 * goes to DEFERRED until the ground ends. (Art. 6(2), the cases with no discipline at all, is not modelled here.)
 */
export const DEFERRAL_GROUNDS: readonly LegalGround[] = [
  { code: 'mang-thai', label: 'Đang mang thai', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
  { code: 'nghi-thai-san', label: 'Đang nghỉ thai sản', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
  { code: 'nuoi-con-duoi-12-thang', label: 'Đang nuôi con dưới 12 tháng tuổi', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
  { code: 'om-nang-dieu-tri-noi-tru', label: 'Đang ốm nặng, điều trị nội trú', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
  { code: 'tam-giu-tam-giam', label: 'Đang bị tạm giữ, tạm giam', cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' },
];

export function deferralGround(code: unknown): LegalGround | undefined {
  return DEFERRAL_GROUNDS.find((g) => g.code === code);
}
