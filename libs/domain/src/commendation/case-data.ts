/**
 * The union's forms of commendation a provincial or upper-grassroots union decides (Luật TĐKT 2022; QĐ 999/QĐ-TLĐ
 * [U]). The list is configuration: a province adds its own titles here.
 */
export const AWARD_TYPES = ['giay-khen', 'bang-khen-ldld', 'lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien', 'co-thi-dua'] as const;
export type AwardType = (typeof AWARD_TYPES)[number];

export const AWARD_TYPE_LABELS: Record<AwardType, string> = {
  'giay-khen': 'Giấy khen',
  'bang-khen-ldld': 'Bằng khen của Liên đoàn Lao động tỉnh',
  'lao-dong-tien-tien': 'Danh hiệu Lao động tiên tiến',
  'chien-si-thi-dua-co-so': 'Danh hiệu Chiến sĩ thi đua cơ sở',
  'tap-the-lao-dong-tien-tien': 'Danh hiệu Tập thể lao động tiên tiến',
  'co-thi-dua': 'Cờ thi đua',
};

/** A person (fullName, and their account when they have one) or a collective (unitName). */
export interface Nominee {
  fullName?: string;
  userId?: string;
  unitName?: string;
  /** position and workplace as the decision lists them */
  position?: string;
}

export function nomineeName(n: Nominee): string {
  return (n.fullName ?? n.unitName ?? '').trim();
}

/** Tiếp hồ sơ thi đua, khen thưởng (domain §4), as the proposing unit files it (api.md minimum + what the QĐ needs). */
export interface CommendationData {
  nominees: Nominee[];
  awardType: AwardType;
  achievements: string;
  /** the proposing unit's name (đơn vị trình), e.g. 'Công đoàn cơ sở Trường THPT Lê Lợi' */
  proposingUnit?: string;
  /** the year or period of the achievement, e.g. '2026' */
  period?: string;
  /** đột xuất (an exceptional achievement) rather than the year-end round */
  exceptional?: boolean;
}
