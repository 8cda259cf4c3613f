import { Conflict, DomainError, type FieldProblem, tryParseIsoDate, vietnameseDate } from '@congdoan/domain';
import type { CreateStandInResult, StandInRow } from '@congdoan/persistence';

/** A TUQ is limited in time (NĐ 30/2020 Art. 13): one year, a leap year's worth, counting both ends. */
export const MAX_STAND_IN_DAYS = 366;

export interface StandInForm {
  principalUserId: string;
  substituteUserId: string;
  validFrom: string;
  validTo: string;
}

const problem = (field: string, rule: string, vi: string, en: string): FieldProblem => ({ field, rule, message: `Trường '${field}' ${vi}`, messageEn: `${field} ${en}` });

/** The rules between fields and against today, after each field alone passed the DTO's checks (400s, all at once). */
export function standInFormProblems(form: StandInForm, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const from = tryParseIsoDate(form.validFrom);
  const to = tryParseIsoDate(form.validTo);
  const now = tryParseIsoDate(today);
  if (from !== undefined && to !== undefined && now !== undefined) {
    if (to < from) {
      problems.push(problem('validTo', 'notBeforeValidFrom', 'không được trước ngày bắt đầu (validFrom)', 'must not be before validFrom'));
    } else if (to - from + 1 > MAX_STAND_IN_DAYS) {
      problems.push(problem('validTo', 'maxDuration', `chỉ được cách validFrom tối đa ${MAX_STAND_IN_DAYS} ngày (kể cả hai đầu)`, `must make the stand-in at most ${MAX_STAND_IN_DAYS} days long, both ends counted`));
    }
    if (to < now) {
      problems.push(problem('validTo', 'notInPast', `không được là ngày đã qua (hôm nay là ${vietnameseDate(today, true)})`, `must not be in the past (today is ${today})`));
    }
  }
  if (form.principalUserId === form.substituteUserId) {
    problems.push(problem('substituteUserId', 'notPrincipal', 'phải là người khác với người ủy quyền (principalUserId)', 'must be someone other than the principal'));
  }
  return problems;
}

const period = (s: StandInRow) => `${vietnameseDate(s.validFrom, true)}–${vietnameseDate(s.validTo, true)}`;
const periodEn = (s: StandInRow) => `${s.validFrom}..${s.validTo}`;

/** The refusal for a stand-in the chain or overlap rules turned down (the lock-held checks of the repository). */
export function standInRefusal(result: Extract<CreateStandInResult, { conflicting: StandInRow }>): DomainError {
  const c = result.conflicting;
  switch (result.outcome) {
    case 'principal-is-substitute':
      return new DomainError(
        'rule',
        'SUB_DELEGATION',
        `Không được ủy quyền lại: ${c.substituteName} đang được ${c.principalName} ủy quyền tại ${c.orgUnitName} (${period(c)}, ${c.reference})`,
        `No sub-delegation: ${c.substituteName} is standing in for ${c.principalName} in ${c.orgUnitCode} (${periodEn(c)}, ${c.reference})`,
      );
    case 'substitute-is-away':
      return new DomainError(
        'rule',
        'SUBSTITUTE_AWAY',
        `Không được ủy quyền cho ${c.principalName}: người này đã ủy quyền cho ${c.substituteName} tại ${c.orgUnitName} trong thời gian trùng (${period(c)}), nên không thể nhận ủy quyền (không ủy quyền lại)`,
        `${c.principalName} has delegated to ${c.substituteName} in ${c.orgUnitCode} over an overlapping period (${periodEn(c)}), so cannot stand in for anyone (no sub-delegation)`,
      );
    case 'overlap':
      return new Conflict(
        `${c.principalName} đã có ủy quyền tại ${c.orgUnitName} trong thời gian trùng (${period(c)}, cho ${c.substituteName}); hãy kết thúc ủy quyền đó trước`,
        `${c.principalName} already has a stand-in in ${c.orgUnitCode} over an overlapping period (${periodEn(c)}, ${c.substituteName}); end it first`,
        'STAND_IN_OVERLAP',
      );
  }
}
