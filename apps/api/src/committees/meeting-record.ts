import { COLLECTIVE_BODIES, type FieldProblem, type MeetingRecord } from '@congdoan/domain';
import { fieldsOf, object, optionalUuid, problem, text } from '../cases/field-rules';
import { date, int, list, oneOf } from './data-rules';

/** The ways a body votes (domain §1): secret ballot, or show of hands. */
export const BALLOT_KINDS = ['secret', 'show-of-hands'] as const;

/** The largest body the forms accept (a provincial congress is a few hundred). */
const MAX_MEMBERS = 10_000;
const MEETING_KEYS = ['body', 'heldOn', 'members', 'present', 'ballot', 'votes', 'minutesAttachmentId'];
const VOTE_KEYS = ['option', 'for', 'against', 'abstain'];

const unknownKeys = (value: Record<string, unknown>, allowed: readonly string[], path: string): FieldProblem[] =>
  Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => problem(`${path}.${key}`, 'whitelistValidation', 'không được phép (trường không có trong mẫu)', 'is not allowed (unknown field)'));

function optionalCount(value: unknown, field: string, what: string): FieldProblem[] {
  return value === undefined || value === null ? [] : int(value, field, what, 0, MAX_MEMBERS);
}

/**
 * The shape of a collective decision's record (a vote's `data.meeting`, a committee's `data.election`): which body,
 * when (not in the future), how many members and present, how it voted, each option's counts, the minutes. One
 * problem per field (400); whether the meeting was valid (quorum, votes within those present) is a domain rule (422).
 */
export function meetingShapeProblems(value: unknown, field: string, today: string): FieldProblem[] {
  const shape = object(value, field, 'biên bản cuộc họp', '{"body", "heldOn", "members", "present", "ballot", "votes": [...]}');
  if (shape.length) return shape;
  const m = fieldsOf(value);
  return [
    ...unknownKeys(m, MEETING_KEYS, field),
    ...oneOf(m.body, `${field}.body`, 'cơ quan họp', COLLECTIVE_BODIES),
    ...date(m.heldOn, `${field}.heldOn`, 'ngày họp', today),
    ...int(m.members, `${field}.members`, 'tổng số thành viên', 1, MAX_MEMBERS),
    ...int(m.present, `${field}.present`, 'số thành viên có mặt', 0, MAX_MEMBERS),
    ...oneOf(m.ballot, `${field}.ballot`, 'hình thức biểu quyết', BALLOT_KINDS),
    ...list(m.votes, `${field}.votes`, 'kết quả biểu quyết', 200, (vote, path) => [
      ...unknownKeys(vote, VOTE_KEYS, path),
      ...text(vote.option, `${path}.option`, 'phương án biểu quyết'),
      ...int(vote.for, `${path}.for`, 'số phiếu tán thành', 0, MAX_MEMBERS),
      ...optionalCount(vote.against, `${path}.against`, 'số phiếu không tán thành'),
      ...optionalCount(vote.abstain, `${path}.abstain`, 'số không biểu quyết'),
    ]),
    ...optionalUuid(m.minutesAttachmentId, `${field}.minutesAttachmentId`, 'biên bản họp đã tải lên'),
  ];
}

/** A well-formed record as the workflow receives it: plain data, the option names trimmed. */
export function toMeetingRecord(value: Record<string, unknown>): MeetingRecord {
  const votes = (value.votes as Record<string, unknown>[]).map((v) => ({
    option: String(v.option).trim(),
    for: v.for as number,
    ...(typeof v.against === 'number' ? { against: v.against } : {}),
    ...(typeof v.abstain === 'number' ? { abstain: v.abstain } : {}),
  }));
  return {
    body: value.body as MeetingRecord['body'],
    heldOn: value.heldOn as string,
    members: value.members as number,
    present: value.present as number,
    ballot: value.ballot as MeetingRecord['ballot'],
    votes,
    ...(typeof value.minutesAttachmentId === 'string' ? { minutesAttachmentId: value.minutesAttachmentId } : {}),
  };
}
