import type { FieldProblem } from '../domain-error';
import { COLLECTIVE_BODY_LABELS, type CollectiveBody, type MeetingRecord, type VoteCount } from './meeting';

/** Whose number a majority is counted on: all the body's members, or those present at the meeting. */
export type MajorityBasis = 'members' | 'present';

export interface MeetingRules {
  /** a meeting is valid with at least this share of the members present */
  quorumShare: number;
  /** a decision needs MORE than this share of the basis */
  majorityShare: number;
  majorityBasis: MajorityBasis;
}

/** How a union body decides (domain §1). Configuration defaults, not hard-coded law. */
export const MEETING_RULES: MeetingRules = {
  // [S] Điều lệ CĐVN: a meeting is valid when at least 2/3 of the members attend.
  quorumShare: 2 / 3,
  // [S] Điều lệ CĐVN: a decision passes with more than half (quá 1/2).
  majorityShare: 0.5,
  // [U] half of all the body's members, not of those present: the stricter reading, until the text is checked.
  majorityBasis: 'members',
};

/** English names of the bodies, for `messageEn`. */
export const COLLECTIVE_BODY_NAMES_EN: Record<CollectiveBody, string> = {
  BCH: 'executive committee (BCH)',
  BTV: 'standing committee (BTV)',
  UBKT: 'inspection committee (UBKT)',
  'HD-TDKT': 'emulation and commendation council (Hội đồng TĐKT)',
  'HOI-NGHI': 'review meeting (hội nghị kiểm điểm)',
};

// Shares such as 2/3 are not exact in floating point: 9 × 2/3 must give 6, not 6.000000000000001.
const EPSILON = 1e-9;

/** The smallest count that is MORE than `share` of `basis` (e.g. 5 of 9 for half, 6 of 10). */
export function smallestCountAbove(basis: number, share: number): number {
  return Math.floor(basis * share + EPSILON) + 1;
}

/** The smallest count that is AT LEAST `share` of `basis` (e.g. 6 of 9 for 2/3). */
export function smallestCountReaching(basis: number, share: number): number {
  return Math.max(0, Math.ceil(basis * share - EPSILON));
}

/** A share as the rules write it: 2/3, 1/2, 1/3; a percentage when it is no simple fraction. */
export function fractionText(share: number): string {
  for (let denominator = 1; denominator <= 12; denominator++) {
    const numerator = Math.round(share * denominator);
    if (Math.abs(share * denominator - numerator) < EPSILON) return denominator === 1 ? `${numerator}` : `${numerator}/${denominator}`;
  }
  return `${Math.round(share * 1000) / 10}%`;
}

/** A count that must be a whole number of at least `min`; undefined when it is. */
export function countProblem(value: unknown, field: string, what: { vi: string; en: string }, min = 0): FieldProblem | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return undefined;
  return {
    field,
    rule: 'COUNT_INVALID',
    message: `${what.vi} phải là số nguyên từ ${min} trở lên (nhận được: ${String(value)})`,
    messageEn: `${what.en} must be a whole number of ${min} or more (got ${String(value)})`,
  };
}

export function quorumOf(members: number, rules: MeetingRules = MEETING_RULES): number {
  return smallestCountReaching(members, rules.quorumShare);
}

/** The number a majority is counted on: the body's members, or those present (MEETING_RULES.majorityBasis). */
export function majorityBasisOf(m: Pick<MeetingRecord, 'members' | 'present'>, rules: MeetingRules = MEETING_RULES): number {
  return rules.majorityBasis === 'present' ? m.present : m.members;
}

/** The smallest number of votes "for" that passes a question at this meeting. */
export function majorityThreshold(m: Pick<MeetingRecord, 'members' | 'present'>, rules: MeetingRules = MEETING_RULES): number {
  return smallestCountAbove(majorityBasisOf(m, rules), rules.majorityShare);
}

export function passes(count: number, m: Pick<MeetingRecord, 'members' | 'present'>, rules: MeetingRules = MEETING_RULES): boolean {
  return count >= majorityThreshold(m, rules);
}

export interface VoteResult {
  option: string;
  for: number;
  /** `for` as a share of the majority basis */
  share: number;
  passed: boolean;
}

export function voteResults(m: MeetingRecord, rules: MeetingRules = MEETING_RULES): VoteResult[] {
  const basis = majorityBasisOf(m, rules);
  return m.votes.map((v) => ({ option: v.option, for: v.for, share: basis > 0 ? v.for / basis : 0, passed: passes(v.for, m, rules) }));
}

export interface MeetingCheckOptions {
  rules?: MeetingRules;
  /** each ballot picks at most one option (e.g. a discipline form): the votes "for" all options add up to ≤ present */
  exclusiveChoice?: boolean;
  /** the question must go to a secret ballot (QĐ 5130/QĐ-TLĐ Art. 3 for discipline; elections) */
  secretRequired?: boolean;
  /** the signed minutes must be attached */
  minutesRequired?: boolean;
  /** the request path of the meeting, default `data.meeting` */
  field?: string;
}

/** Everything wrong with a meeting record at once (empty = a valid meeting). Never throws on bad numbers. */
export function meetingProblems(m: MeetingRecord, options: MeetingCheckOptions = {}): FieldProblem[] {
  const { rules = MEETING_RULES, field = 'data.meeting' } = options;
  const vi = COLLECTIVE_BODY_LABELS[m.body] ?? String(m.body);
  const en = COLLECTIVE_BODY_NAMES_EN[m.body] ?? String(m.body);
  const problems: FieldProblem[] = [];
  const add = (p: FieldProblem | undefined) => p && problems.push(p);

  add(countProblem(m.members, `${field}.members`, { vi: `Số thành viên ${vi}`, en: `The number of members of the ${en}` }, 1));
  add(countProblem(m.present, `${field}.present`, { vi: 'Số thành viên có mặt', en: 'The number of members present' }));
  const headcountValid = problems.length === 0;
  if (headcountValid) problems.push(...attendanceProblems(m, rules, field, vi, en));
  const presentKnown = headcountValid && m.present <= m.members;

  const votes: VoteCount[] = Array.isArray(m.votes) ? m.votes : [];
  if (votes.length === 0) {
    problems.push({
      field: `${field}.votes`,
      rule: 'NO_VOTES',
      message: `Biên bản họp ${vi} phải ghi kết quả biểu quyết của ít nhất một nội dung`,
      messageEn: `The minutes of the ${en} must record the vote on at least one question`,
    });
  }
  const seen = new Map<string, number>();
  votes.forEach((vote, i) => problems.push(...voteProblems(vote, i, `${field}.votes.${i}`, seen, presentKnown ? m.present : undefined)));

  if (options.exclusiveChoice && presentKnown && votes.every((v) => Number.isInteger(v.for) && v.for >= 0)) {
    const total = votes.reduce((sum, v) => sum + v.for, 0);
    if (total > m.present) {
      problems.push({
        field: `${field}.votes`,
        rule: 'CHOICES_EXCEED_PRESENT',
        message: `Mỗi phiếu chỉ chọn một phương án, nhưng tổng số phiếu tán thành các phương án là ${total}, nhiều hơn ${m.present} thành viên có mặt`,
        messageEn: `Each ballot picks one option, yet the votes for all options add up to ${total}, more than the ${m.present} members present`,
      });
    }
  }
  if (options.secretRequired && m.ballot !== 'secret') {
    problems.push({
      field: `${field}.ballot`,
      rule: 'SECRET_BALLOT_REQUIRED',
      message: `Nội dung này phải biểu quyết bằng phiếu kín, không biểu quyết giơ tay (QĐ 5130/QĐ-TLĐ Điều 3)`,
      messageEn: `This question must be decided by secret ballot, not by show of hands (QĐ 5130/QĐ-TLĐ Art. 3)`,
    });
  }
  if (options.minutesRequired && !(typeof m.minutesAttachmentId === 'string' && m.minutesAttachmentId.trim())) {
    problems.push({
      field: `${field}.minutesAttachmentId`,
      rule: 'MINUTES_REQUIRED',
      message: `Cần đính kèm biên bản họp ${vi} đã ký`,
      messageEn: `The signed minutes of the ${en} meeting must be attached`,
    });
  }
  return problems;
}

function attendanceProblems(m: MeetingRecord, rules: MeetingRules, field: string, vi: string, en: string): FieldProblem[] {
  if (m.present > m.members) {
    return [
      {
        field: `${field}.present`,
        rule: 'PRESENT_EXCEEDS_MEMBERS',
        message: `Có mặt ${m.present} người, nhiều hơn ${m.members} thành viên của ${vi}`,
        messageEn: `${m.present} present, more than the ${m.members} members of the ${en}`,
      },
    ];
  }
  const quorum = quorumOf(m.members, rules);
  if (m.present >= quorum) return [];
  const share = fractionText(rules.quorumShare);
  return [
    {
      field: `${field}.present`,
      rule: 'QUORUM_NOT_MET',
      message: `Cuộc họp ${vi} không đủ số lượng tham dự: có mặt ${m.present}/${m.members}, cần ít nhất ${quorum} (${share} tổng số thành viên, Điều lệ Công đoàn Việt Nam)`,
      messageEn: `The ${en} meeting has no quorum: ${m.present} of ${m.members} present, at least ${quorum} needed (${share} of the members, Điều lệ CĐVN)`,
    },
  ];
}

function voteProblems(vote: VoteCount, i: number, field: string, seen: Map<string, number>, present: number | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const option = typeof vote?.option === 'string' ? vote.option.trim() : '';
  if (!option) {
    problems.push({
      field: `${field}.option`,
      rule: 'OPTION_MISSING',
      message: `Nội dung biểu quyết thứ ${i + 1} chưa ghi tên (người được bầu, chức danh hoặc hình thức)`,
      messageEn: `Question ${i + 1} has no option (nominee, position or form)`,
    });
  } else {
    const key = option.normalize('NFC').toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      problems.push({
        field: `${field}.option`,
        rule: 'DUPLICATE_OPTION',
        message: `Phương án '${option}' được ghi hai lần (nội dung ${first + 1} và ${i + 1})`,
        messageEn: `Option '${option}' is recorded twice (questions ${first + 1} and ${i + 1})`,
      });
    }
  }
  const name = option || `#${i + 1}`;
  const counts: [keyof VoteCount, string, string, boolean][] = [
    ['for', 'tán thành', 'for', true],
    ['against', 'không tán thành', 'against', false],
    ['abstain', 'không biểu quyết', 'abstaining', false],
  ];
  let countsValid = true;
  for (const [key, vi, en, required] of counts) {
    const value = vote?.[key];
    if (!required && value === undefined) continue;
    const p = countProblem(value, `${field}.${key}`, { vi: `Số phiếu ${vi} phương án '${name}'`, en: `The votes ${en} '${name}'` });
    if (p) {
      problems.push(p);
      countsValid = false;
    }
  }
  if (countsValid && present !== undefined) {
    const against = vote.against ?? 0;
    const abstain = vote.abstain ?? 0;
    const total = vote.for + against + abstain;
    if (total > present) {
      problems.push({
        field: `${field}.for`,
        rule: 'VOTES_EXCEED_PRESENT',
        message: `Phương án '${name}': ${vote.for} tán thành + ${against} không tán thành + ${abstain} không biểu quyết = ${total} phiếu, nhiều hơn ${present} thành viên có mặt`,
        messageEn: `Option '${name}': ${vote.for} for + ${against} against + ${abstain} abstaining = ${total} votes, more than the ${present} members present`,
      });
    }
  }
  return problems;
}
