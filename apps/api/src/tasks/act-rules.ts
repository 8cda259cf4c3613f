import { type FieldProblem, ROLE_LABELS, type Role, type StepDefinition } from '@congdoan/domain';
import type { TaskForAction } from '@congdoan/persistence';
import type { ActDto } from './tasks.dto';

const required = (field: string, vi: string, en: string): FieldProblem => ({ field, rule: 'required', message: `Trường '${field}' ${vi}`, messageEn: `${field} ${en}` });

/** What each action needs besides its name on this step; refused here (400) before anything reaches the workflow. */
export function actionProblems(dto: ActDto, step?: Pick<StepDefinition, 'returnsForVerification'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
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
  return problems;
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
