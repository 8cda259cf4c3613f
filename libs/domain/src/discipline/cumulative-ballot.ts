import type { FieldProblem } from '../domain-error';
import { countProblem, smallestCountAbove } from '../meetings/meeting-rules';
import { formProblems, formsFor } from './authority';
import { DISCIPLINE_FORM_LABELS, DISCIPLINE_SUBJECT_KINDS, type DisciplineForm, type DisciplineSubjectKind } from './case-data';
import { type PriorDiscipline, ceilingProblems, isHeavier } from './periods';

export const DISCIPLINE_RULES = {
  // [U] Votes are cumulative downward: a form short of a majority adds its votes to the next lighter form. Certain
  // in Party discipline (QĐ 22-QĐ/TW Art. 15(3.1)), not found in QĐ 5130 itself: a switch, on by default.
  cumulativeVotes: true,
  // [S] a form needs MORE than half the basis (QĐ 5130 Art. 3: secret ballot, majority)
  majorityShare: 0.5,
};
export type DisciplineRules = typeof DISCIPLINE_RULES;

export interface BallotTallyRow {
  form: DisciplineForm;
  /** the ballots for this form itself */
  votes: number;
  /** its own votes plus those carried down from the heavier forms (= votes when the switch is off) */
  cumulative: number;
  /** cumulative as a share of the basis */
  share: number;
  /** cumulative is more than half the basis */
  passed: boolean;
}

export type DisciplineBallotResult =
  | { outcome: 'form'; form: DisciplineForm; tally: BallotTallyRow[] }
  /** no form reached a majority: the full result goes to the upper union, which decides */
  | { outcome: 'refer-up'; tally: BallotTallyRow[] };

export interface DisciplineBallot {
  votes: Partial<Record<DisciplineForm, number>>;
  /** the number a majority is counted on: the body's members, or those present (MEETING_RULES.majorityBasis) */
  basis: number;
  /** the forms on the ballot, lightest first (formsFor(kind), or ballotForms with a ceiling) */
  allowedForms: readonly DisciplineForm[];
  /** overrides DISCIPLINE_RULES.cumulativeVotes */
  cumulative?: boolean;
}

/**
 * The secret ballot on a discipline form (domain §5). From the heaviest form down, the first whose votes (cumulative,
 * when the switch is on) are more than half the basis is decided. `passed` in the tally is each row's own test; the
 * decision is the heaviest row that passed. Votes for forms not on the ballot are ignored (see ballotProblems).
 */
export function resolveDisciplineBallot(ballot: DisciplineBallot, rules: DisciplineRules = DISCIPLINE_RULES): DisciplineBallotResult {
  const cumulativeOn = ballot.cumulative ?? rules.cumulativeVotes;
  const basis = Number.isFinite(ballot.basis) && ballot.basis > 0 ? ballot.basis : 0;
  const needed = smallestCountAbove(basis, rules.majorityShare);
  let carried = 0;
  const tally = [...ballot.allowedForms].reverse().map((form): BallotTallyRow => {
    const raw = ballot.votes[form];
    const votes = typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : 0;
    const cumulative = cumulativeOn ? carried + votes : votes;
    carried = cumulative;
    return { form, votes, cumulative, share: basis > 0 ? cumulative / basis : 0, passed: basis > 0 && cumulative >= needed };
  });
  const decided = tally.find((row) => row.passed);
  return decided ? { outcome: 'form', form: decided.form, tally } : { outcome: 'refer-up', tally };
}

/** The forms a ballot may offer: the subject's forms, none heavier than a prior Party or administrative discipline. */
export function ballotForms(kind: DisciplineSubjectKind, prior?: PriorDiscipline): readonly DisciplineForm[] {
  return formsFor(kind).filter((form) => !prior || !isHeavier(form, prior.form));
}

/**
 * Votes that may not be cast: bad counts, forms the subject cannot receive, forms above a ceiling (a prior Party or
 * administrative discipline, Art. 3(10)). `subject` is the subject's kind, or the forms on its ballot (formsFor(kind)).
 * The votes come from the meeting's list, so problems point at that list (`data.meeting.votes`) and name the form.
 */
export function ballotProblems(
  votes: Partial<Record<DisciplineForm, number>>,
  subject: DisciplineSubjectKind | readonly DisciplineForm[],
  ceiling?: DisciplineForm | PriorDiscipline,
  field = 'data.meeting.votes',
): FieldProblem[] {
  const allowed = typeof subject === 'string' ? formsFor(subject) : subject;
  const kind = typeof subject === 'string' ? subject : DISCIPLINE_SUBJECT_KINDS.find((k) => sameForms(formsFor(k), subject));
  const prior = typeof ceiling === 'string' ? { form: ceiling } : ceiling;
  const problems: FieldProblem[] = [];
  for (const [form, count] of Object.entries(votes) as [DisciplineForm, number | undefined][]) {
    if (count === undefined) continue;
    const label = DISCIPLINE_FORM_LABELS[form] ?? form;
    const bad = countProblem(count, field, { vi: `Số phiếu hình thức ${label}`, en: `The votes for ${label}` });
    if (bad) problems.push(bad);
    else if (count === 0) continue; // a form no one chose changes nothing
    else if (!allowed.includes(form)) problems.push(kind ? formProblems(kind, form, field)[0] : notOnBallot(form, allowed, field));
    else problems.push(...ceilingProblems(form, prior, field));
  }
  return problems;
}

function sameForms(a: readonly DisciplineForm[], b: readonly DisciplineForm[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

function notOnBallot(form: DisciplineForm, allowed: readonly DisciplineForm[], field: string): FieldProblem {
  const label = DISCIPLINE_FORM_LABELS[form] ?? form;
  const list = allowed.map((f) => DISCIPLINE_FORM_LABELS[f]).join(', ');
  return {
    field,
    rule: 'FORM_NOT_ALLOWED_FOR_SUBJECT',
    message: `Hình thức ${label} không có trong các hình thức được biểu quyết đối với đối tượng này: ${list} (QĐ 5130/QĐ-TLĐ Điều 4)`,
    messageEn: `${label} is not among the forms on this subject's ballot: ${list} (QĐ 5130/QĐ-TLĐ Art. 4)`,
  };
}
