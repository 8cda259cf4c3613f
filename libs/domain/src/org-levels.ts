/** The four levels of the union (Điều lệ CĐVN khóa XIII, Điều 9). Kept as data on each unit, never inferred. */
export const ORG_LEVELS = ['central', 'province', 'upper-grassroots', 'grassroots'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  central: 'Cấp Trung ương',
  province: 'Cấp tỉnh, ngành trung ương',
  'upper-grassroots': 'Công đoàn cấp trên trực tiếp cơ sở',
  grassroots: 'Công đoàn cơ sở',
};
