import { DomainError, type FieldProblem, type MeetingCheckOptions, ROLE_LABELS, type Role, type StepDefinition, meetingProblems, vietnamDate } from '@congdoan/domain';
import { meetingShapeProblems, toMeetingRecord } from '../committees/meeting-record';
import type { TaskForAction } from '@congdoan/persistence';
import type { ActDto } from './tasks.dto';

const required = (field: string, vi: string, en: string): FieldProblem => ({ field, rule: 'required', message: `Trường '${field}' ${vi}`, messageEn: `${field} ${en}` });

/** What each action needs besides its name on this step; refused here (400) before anything reaches the workflow. */
export function actionProblems(dto: ActDto, step?: Pick<StepDefinition, 'returnsForVerification'>, today: string = vietnamDate(new Date())): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (dto.action === 'vote') {
    // A body decides by meeting and vote (domain §1): the record of the meeting, not one user's click.
    if (dto.data?.meeting === undefined) {
      problems.push(required('data.meeting', 'là bắt buộc khi ghi nhận biểu quyết: biên bản cuộc họp (cơ quan, ngày họp, số thành viên, số có mặt, kết quả)', 'is required to record a vote: the meeting (body, date, members, present, results)'));
    } else problems.push(...meetingShapeProblems(dto.data.meeting, 'data.meeting', today));
  } else if (dto.data?.meeting !== undefined) {
    problems.push({ field: 'data.meeting', rule: 'onlyWhenVoting', message: "Trường 'data.meeting' chỉ dùng khi ghi nhận biểu quyết (action 'vote')", messageEn: "data.meeting is only for recording a vote (action 'vote')" });
  }
  if (dto.action === 'reject' && !dto.comment) {
    problems.push(required('comment', 'là bắt buộc khi từ chối: hãy nêu lý do', 'is required to reject: give the reason'));
  }
  if (dto.action === 'return' && step?.returnsForVerification && !dto.comment) {
    problems.push(required('comment', 'là bắt buộc khi yêu cầu xác minh thêm: nêu nội dung cần xác minh', 'is required to send back for verification: say what to verify'));
  }
  if (dto.action === 'return' && !step?.returnsForVerification && !dto.data?.missing?.length) {
    problems.push(required('data.missing', 'là bắt buộc khi trả lại hồ sơ: liệt kê các thành phần còn thiếu', 'is required to return a dossier: list the missing items'));
  }
  if (dto.action === 'extend' && !dto.data?.amount) {
    problems.push(required('data.amount', 'là bắt buộc khi gia hạn: số ngày gia hạn', 'is required to extend: the number of days'));
  }
  if ((dto.action === 'extend' || dto.action === 'suspend') && !dto.comment) {
    problems.push(required('comment', 'là bắt buộc khi gia hạn hoặc tạm đình chỉ: nêu lý do, căn cứ', 'is required to extend or suspend: give the reason'));
  }
  if (dto.action === 'delegate' && !dto.data?.toUserId) {
    problems.push(required('data.toUserId', 'là bắt buộc khi giao việc: chọn người nhận', 'is required to delegate: choose who takes the step'));
  }
  if ((dto.action === 'suspend' || dto.action === 'terminate') && !dto.data?.ground) {
    problems.push(required('data.ground', 'là bắt buộc khi tạm đình chỉ hoặc đình chỉ: nêu căn cứ pháp lý', 'is required to suspend or terminate: name the legal ground'));
  }
  if (dto.action === 'assign' && !dto.data?.memberIds?.length) {
    problems.push(required('data.memberIds', 'là bắt buộc khi phân công xác minh: chọn ít nhất một ủy viên UBKT', 'is required to assign: choose at least one UBKT member'));
  }
  if (dto.action === 'forward' && !dto.data?.forwardTo) {
    problems.push(required('data.forwardTo', 'là bắt buộc khi chuyển đơn: ghi cơ quan có thẩm quyền', 'is required to forward: name the competent body'));
  }
  if (dto.data?.delegationRef !== undefined && dto.action !== 'sign') {
    problems.push({
      field: 'data.delegationRef',
      rule: 'onlyWhenSigning',
      message: "Trường 'data.delegationRef' chỉ dùng khi ký văn bản thừa ủy quyền (action 'sign')",
      messageEn: "data.delegationRef is only for signing by delegation (action 'sign')",
    });
  }
  return problems;
}

/** The rules of each step's collective decision, beyond quorum and counts (the workflow applies them too). */
const MEETING_RULES_BY_STEP: Record<string, Record<string, MeetingCheckOptions>> = {
  // The Hội đồng TĐKT votes by secret ballot on each nominee (domain §4).
  'khen-thuong': { 'hoi-dong-tdkt': { secretRequired: true } },
  // The BTV's secret ballot on the form: each ballot names one form (QĐ 5130/QĐ-TLĐ Art. 3).
  'ky-luat': { 'bieu-quyet': { secretRequired: true, exclusiveChoice: true } },
};

/**
 * A well-formed vote whose meeting breaks a rule (quorum not met, votes above those present, a show of hands where
 * a secret ballot is due): refused here, 422 `MEETING_INVALID` with each rule and its numbers, before the workflow.
 */
export function meetingRuleError(procedureCode: string, stepKey: string, dto: ActDto): DomainError | undefined {
  const raw = dto.data?.meeting;
  if (dto.action !== 'vote' || raw === undefined) return undefined;
  const problems = meetingProblems(toMeetingRecord(raw), MEETING_RULES_BY_STEP[procedureCode]?.[stepKey] ?? {});
  if (problems.length === 0) return undefined;
  return new DomainError(
    'rule',
    'MEETING_INVALID',
    `Biên bản cuộc họp không hợp lệ: ${problems.map((p) => p.message).join('; ')}`,
    `The meeting record is not valid: ${problems.map((p) => p.messageEn).join('; ')}`,
    problems,
  );
}

/** How the user may act on the task: as its named assignee, as a holder of its role, or standing in for someone. */
export type Acting = { as: 'assignee' | 'role-holder' } | { as: 'stand-in'; principalUserId: string };

export function actingAs(task: TaskForAction, userId: string): Acting | null {
  if (task.assigneeUserId === userId) return { as: 'assignee' };
  if (task.assigneeUserId === null && task.holdsRole) return { as: 'role-holder' };
  if (task.standInFor.length > 0) return { as: 'stand-in', principalUserId: task.standInFor[0] };
  return null;
}

/** Whose step it is, for the 403 message. */
export function whoseStep(task: TaskForAction): [string, string] {
  if (task.assigneeUserId) {
    return [`Bước "${task.name}" đã được giao cho ${task.assigneeName ?? 'người khác'}`, `This step is assigned to ${task.assigneeName ?? 'someone else'}`];
  }
  const label = ROLE_LABELS[task.role as Role] ?? task.role;
  return [`Bước "${task.name}" thuộc về ${label} của ${task.orgUnitName}`, `This step belongs to the '${task.role}' role of ${task.orgUnitName}`];
}
