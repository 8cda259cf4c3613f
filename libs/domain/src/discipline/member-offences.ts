import { type DisciplineForm } from './case-data';
import { isHeavier } from './periods';

/** One step of a ladder: at or above `atLeast`, the form suggested. */
export interface OffenceStep {
  atLeast: number;
  form: DisciplineForm;
}

/** A member's own offences (QĐ 5130/QĐ-TLĐ Art. 25 [S]), heaviest step first. */
export const MEMBER_OFFENCE_RULES = {
  /** [S] missing ≥ 50% / 70% / 90% of the meetings in a year */
  missedMeetingShare: [
    { atLeast: 0.9, form: 'khai-tru' },
    { atLeast: 0.7, form: 'canh-cao' },
    { atLeast: 0.5, form: 'khien-trach' },
  ] as readonly OffenceStep[],
  /** [S] dues unpaid for 6 / 9 / 12 consecutive months */
  unpaidMonths: [
    { atLeast: 12, form: 'khai-tru' },
    { atLeast: 9, form: 'canh-cao' },
    { atLeast: 6, form: 'khien-trach' },
  ] as readonly OffenceStep[],
};
export type MemberOffenceRules = typeof MEMBER_OFFENCE_RULES;

export interface MemberRecord {
  /** the share of the year's meetings missed, 0–1 (e.g. 7/10) */
  missedMeetingShare?: number;
  /** consecutive months of unpaid dues */
  unpaidMonths?: number;
}

// 7/10 may come out as 0.7000000000000001 or 0.6999999999999999: a hair's tolerance keeps it on the 70% step.
const EPSILON = 1e-9;

function stepFor(value: number | undefined, ladder: readonly OffenceStep[]): DisciplineForm | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return ladder.find((step) => value + EPSILON >= step.atLeast)?.form;
}

/** The form Art. 25 suggests: the heavier of the two ladders, or undefined when neither is reached. */
export function suggestedForm(record: MemberRecord, rules: MemberOffenceRules = MEMBER_OFFENCE_RULES): DisciplineForm | undefined {
  const meetings = stepFor(record.missedMeetingShare, rules.missedMeetingShare);
  const dues = stepFor(record.unpaidMonths, rules.unpaidMonths);
  if (meetings && dues) return isHeavier(dues, meetings) ? dues : meetings;
  return meetings ?? dues;
}
