import type { FieldProblem } from '../domain-error';
import type { OrgLevel } from '../org-levels';
import { countProblem, fractionText } from '../meetings/meeting-rules';
import { ORG_LEVEL_PHRASES } from './size-caps';

/**
 * Bổ sung ủy viên during a term (domain §3). Without the upper union's consent, the members added in one term may
 * not exceed a share of the number the congress decided.
 */
export const ADDITION_RULES = {
  // [S] Điều lệ XII Art. 11(4): at most 2/3 at a CĐCS …
  grassrootsShare: 2 / 3,
  // [S] … and 1/2 at the higher levels.
  higherLevelShare: 1 / 2,
};
export type AdditionRules = typeof ADDITION_RULES;

const shareFor = (level: OrgLevel, rules: AdditionRules) => (level === 'grassroots' ? rules.grassrootsShare : rules.higherLevelShare);

/** The most members that may be added in the term without consent: floor(share × the congress-decided number). */
export function additionCap(level: OrgLevel, decidedSize: number, rules: AdditionRules = ADDITION_RULES): number {
  return Math.floor(decidedSize * shareFor(level, rules) + 1e-9);
}

export interface AdditionInput {
  level: OrgLevel;
  /** the number of members the congress decided for this body */
  decidedSize: number;
  /** members already added earlier in the term */
  addedBefore: number;
  /** members added now */
  adding: number;
  /** the upper union has consented to going beyond the cap */
  consent: boolean;
  /** the path of the added members, default `data.members` */
  field?: string;
}

/** Whether these additions go beyond the cap (so the case must seek the upper union's consent). */
export function needsConsent(input: Omit<AdditionInput, 'consent' | 'field'>, rules: AdditionRules = ADDITION_RULES): boolean {
  return input.addedBefore + input.adding > additionCap(input.level, input.decidedSize, rules);
}

export function additionProblems(input: AdditionInput, rules: AdditionRules = ADDITION_RULES): FieldProblem[] {
  const field = input.field ?? 'data.members';
  const problems = [
    countProblem(input.decidedSize, field, { vi: 'Số lượng ủy viên do đại hội quyết định', en: 'The size the congress decided' }, 1),
    countProblem(input.addedBefore, field, { vi: 'Số ủy viên đã bổ sung trong nhiệm kỳ', en: 'The members added earlier in the term' }),
    countProblem(input.adding, field, { vi: 'Số ủy viên bổ sung lần này', en: 'The members added now' }),
  ].filter((p): p is FieldProblem => p !== undefined);
  if (problems.length > 0 || input.consent || !needsConsent(input, rules)) return problems;

  const { level, decidedSize, addedBefore, adding } = input;
  const cap = additionCap(level, decidedSize, rules);
  const share = fractionText(shareFor(level, rules));
  const total = addedBefore + adding;
  const at = ORG_LEVEL_PHRASES[level];
  return [
    {
      field,
      rule: 'ADDITIONS_ABOVE_CAP',
      message: `Đối với ${at.vi}, đã bổ sung ${addedBefore}, nay bổ sung ${adding}: tổng ${total} vượt ${share} của ${decidedSize} (tối đa ${cap}) ủy viên do đại hội quyết định; cần sự đồng ý của công đoàn cấp trên (Điều lệ khóa XII, Điều 11 khoản 4)`,
      messageEn: `For ${at.en}, ${addedBefore} added before and ${adding} now: ${total} in all is above ${share} of the ${decidedSize} members the congress decided (at most ${cap}); the upper union must consent (Điều lệ XII Art. 11(4))`,
    },
  ];
}
