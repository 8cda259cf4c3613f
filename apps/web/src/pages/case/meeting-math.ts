// The meeting rules the API applies (libs/domain meetings/meeting-rules.ts, discipline/cumulative-ballot.ts),
// mirrored to say live what a vote will give before it is sent. The API's answer stays the rule.

const EPSILON = 1e-9;
/** A meeting is valid with at least 2/3 of the members present (Điều lệ CĐVN). */
export const QUORUM_SHARE = 2 / 3;
/** A decision passes with more than half of all the body's members. */
export const MAJORITY_SHARE = 0.5;

/** Members needed for a valid meeting: at least 2/3 (6 of 9). */
export const quorumOf = (members: number): number => Math.max(0, Math.ceil(members * QUORUM_SHARE - EPSILON));

/** Votes "for" needed to pass: more than half of the members (5 of 9, 6 of 10). */
export const majorityOf = (members: number): number => Math.floor(members * MAJORITY_SHARE + EPSILON) + 1;

const count = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);

/** The ballots a row counts (for + against + abstain) beyond those present: 0 when within. */
export function overCount(row: { for?: number | null; against?: number | null; abstain?: number | null }, present: number): number {
  const total = count(row.for) + count(row.against) + count(row.abstain);
  return Math.max(0, total - present);
}

export interface TallyRow {
  form: string;
  votes: number;
  cumulative: number;
  passed: boolean;
}

/**
 * A discipline ballot (domain §5): from the heaviest form down, each form short of a majority adds its votes to the
 * next lighter one; the first that has more than half the members is decided, else the upper union decides.
 * `forms` are the forms on the ballot, lightest first.
 */
export function disciplineTally(votes: Record<string, number | null | undefined>, forms: readonly string[], members: number, cumulative = true): { decided?: TallyRow; tally: TallyRow[] } {
  const needed = majorityOf(members);
  let carried = 0;
  const tally = [...forms].reverse().map((form) => {
    const own = count(votes[form]);
    const total = cumulative ? carried + own : own;
    carried = total;
    return { form, votes: own, cumulative: total, passed: members > 0 && total >= needed };
  });
  return { decided: tally.find((r) => r.passed), tally };
}
