import { COMMITTEE_BODIES, COMMITTEE_POSITIONS, type FieldProblem } from '@congdoan/domain';
import { MAX_LONG_TEXT, optionalBoolean, optionalInt, optionalOneOf, optionalText, optionalUuid, problem, text } from '../cases/field-rules';
import { date, int, list, todayInVietnam } from './data-rules';
import { meetingShapeProblems } from './meeting-record';

/** Who may be added or recognised at once: a provincial BCH is under a hundred; the list is bounded all the same. */
export const MAX_COMMITTEE_MEMBERS = 300;
export const ADDITION_ORIGINS = ['elected', 'appointed'] as const;

/** The lower union a committee dossier is about: a required unit id. */
export function unitId(value: unknown, field: string, what: string): FieldProblem[] {
  if (value === undefined || value === null) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  return optionalUuid(value, field, what);
}

/** The elected people: a name each, a position from the list (default at intake), their account when they have one. */
function members(value: unknown, field: string, what: string): FieldProblem[] {
  return list(value, field, what, MAX_COMMITTEE_MEMBERS, (m, path) => [
    ...text(m.fullName, `${path}.fullName`, 'họ và tên'),
    ...optionalOneOf(m.position, `${path}.position`, COMMITTEE_POSITIONS),
    ...optionalUuid(m.userId, `${path}.userId`, 'tài khoản người dùng'),
  ]);
}

/**
 * Công nhận BCH, BTV, chủ tịch, PCT, UBKT (api.md minimum: cdcsId, congressDate, firstMeetingDate, members[{fullName,
 * position?}]), plus the union's members at the congress (the size band of HD 38 Mục 10), the term, the size the
 * congress decided and the upper union's consent to an increase.
 */
export function congNhanBchDataProblems(data: Record<string, unknown>): FieldProblem[] {
  const today = todayInVietnam();
  const problems = [
    ...unitId(data.cdcsId, 'data.cdcsId', 'công đoàn cấp dưới đề nghị công nhận'),
    ...int(data.memberCount, 'data.memberCount', 'số đoàn viên của công đoàn tại thời điểm đại hội', 1, 10_000_000),
    ...date(data.congressDate, 'data.congressDate', 'ngày đại hội', today),
  ];
  const firstMeeting = date(data.firstMeetingDate, 'data.firstMeetingDate', 'ngày hội nghị Ban Chấp hành lần thứ nhất', today);
  if (firstMeeting.length === 0 && problems.every((p) => p.field !== 'data.congressDate') && (data.firstMeetingDate as string) < (data.congressDate as string)) {
    firstMeeting.push(problem('data.firstMeetingDate', 'notBeforeCongress', 'không được trước ngày đại hội (data.congressDate)', 'must not be before the congress (data.congressDate)'));
  }
  problems.push(
    ...firstMeeting,
    ...members(data.members, 'data.members', 'danh sách ủy viên được bầu'),
    ...optionalText(data.term, 'data.term', 'nhiệm kỳ', 50),
    ...optionalInt(data.decidedSize, 'data.decidedSize', 'số lượng ủy viên Ban Chấp hành do đại hội quyết định', 1, 1000),
    ...optionalText(data.increaseConsentRef, 'data.increaseConsentRef', 'văn bản đồng ý tăng số lượng của công đoàn cấp trên', 200),
  );
  if (data.election !== undefined) problems.push(...meetingShapeProblems(data.election, 'data.election', today));
  return problems;
}

/** Bổ sung ủy viên BCH/BTV/UBKT: which union and body, who, when elected (or appointed), and why. */
export function boSungUyVienDataProblems(data: Record<string, unknown>): FieldProblem[] {
  const today = todayInVietnam();
  const problems = [
    ...unitId(data.cdcsId, 'data.cdcsId', 'công đoàn cấp dưới đề nghị công nhận bổ sung'),
    ...(data.body === undefined || data.body === null
      ? [problem('data.body', 'required', `(cơ quan được bổ sung) là bắt buộc; một trong: ${COMMITTEE_BODIES.join(', ')}`, `is required; one of: ${COMMITTEE_BODIES.join(', ')}`)]
      : optionalOneOf(data.body, 'data.body', COMMITTEE_BODIES)),
    ...members(data.members, 'data.members', 'danh sách ủy viên được bổ sung'),
    ...date(data.electedOn, 'data.electedOn', 'ngày bầu bổ sung (hoặc ngày chỉ định)', today),
    ...optionalOneOf(data.origin, 'data.origin', ADDITION_ORIGINS),
    ...optionalInt(data.decidedSize, 'data.decidedSize', 'số lượng ủy viên do đại hội quyết định', 1, 1000),
    ...optionalBoolean(data.seekConsent, 'data.seekConsent'),
    ...optionalText(data.reason, 'data.reason', 'lý do bổ sung', MAX_LONG_TEXT),
  ];
  if (data.election !== undefined) problems.push(...meetingShapeProblems(data.election, 'data.election', today));
  return problems;
}
