import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TaskForAction } from '@congdoan/persistence';
import { WorkingCalendar } from '@congdoan/domain';
import { actingAs, actionProblems, whoseStep } from './act-rules';
import { dueRange } from './inbox.service';
import { actionFailure } from './update-failures';

const me = 'u-me';
const task = (over: Partial<TaskForAction> = {}): TaskForAction => ({
  id: 't1',
  caseId: 'c1',
  procedureCode: 'thanh-lap-cdcs',
  kind: 'action',
  status: 'open',
  stepKey: 'xet-duyet',
  name: 'Xét duyệt',
  role: 'leader',
  orgUnitId: 'unit',
  orgUnitName: 'Công đoàn Viên chức tỉnh',
  assigneeUserId: null,
  assigneeName: null,
  caseVisible: true,
  isParty: false,
  leadsUnit: false,
  holdsRole: false,
  standInFor: [],
  ...over,
});

describe('what an action needs', () => {
  const fields = (dto: Parameters<typeof actionProblems>[0]) => actionProblems(dto).map((p) => p.field);
  it('a reason to reject, the missing items to return, a person to delegate to', () => {
    expect(fields({ action: 'reject' })).toEqual(['comment']);
    expect(fields({ action: 'reject', comment: 'Thiếu biên bản' })).toEqual([]);
    expect(fields({ action: 'return', data: { missing: [] } })).toEqual(['data.missing']);
    expect(fields({ action: 'return', data: { missing: ['Biên bản đại hội'] } })).toEqual([]);
    expect(fields({ action: 'delegate' })).toEqual(['data.toUserId']);
    expect(fields({ action: 'approve' })).toEqual([]);
  });

  it('a comment, not a dossier list, to send a complaint or denunciation back for more verification', () => {
    const verification = { returnsForVerification: true };
    expect(actionProblems({ action: 'return' }, verification).map((p) => p.field)).toEqual(['comment']);
    expect(actionProblems({ action: 'return', comment: 'Làm rõ chứng từ chi' }, verification)).toEqual([]);
  });

  it('a legal ground to suspend or terminate, members to assign, a body to forward to', () => {
    expect(fields({ action: 'suspend', comment: 'Chờ giám định' })).toEqual(['data.ground']);
    expect(fields({ action: 'terminate' })).toEqual(['data.ground']);
    expect(fields({ action: 'assign' })).toEqual(['data.memberIds']);
    expect(fields({ action: 'forward' })).toEqual(['data.forwardTo']);
  });
});

describe('who may act on a step', () => {
  it('its named assignee, else a holder of its role, else a stand-in for one', () => {
    expect(actingAs(task({ assigneeUserId: me }), me)).toEqual({ as: 'assignee' });
    expect(actingAs(task({ holdsRole: true }), me)).toEqual({ as: 'role-holder' });
    expect(actingAs(task({ standInFor: ['u-boss'] }), me)).toEqual({ as: 'stand-in', principalUserId: 'u-boss' });
    expect(actingAs(task(), me)).toBeNull();
  });

  it('not a role holder once the step was delegated to someone else', () => {
    expect(actingAs(task({ holdsRole: true, assigneeUserId: 'u-other', assigneeName: 'Trần Thị Mai' }), me)).toBeNull();
    expect(whoseStep(task({ assigneeUserId: 'u-other', assigneeName: 'Trần Thị Mai' }))[0]).toContain('Trần Thị Mai');
    expect(whoseStep(task())[0]).toBe('Bước "Xét duyệt" thuộc về Lãnh đạo (Chủ tịch, Phó Chủ tịch) của Công đoàn Viên chức tỉnh');
  });
});

describe('refusals from the workflow', () => {
  const refused = (type: string, message: string) => new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type, message, nonRetryable: true }));

  it('a step that moved on is a 409 conflict, with both halves of the message', () => {
    const error = actionFailure(refused('STEP_CLOSED', 'Bước xử lý này đã kết thúc / this step is no longer open'));
    expect(error).toMatchObject({ kind: 'conflict', code: 'STEP_CLOSED', message: 'Bước xử lý này đã kết thúc', messageEn: 'this step is no longer open' });
    expect(actionFailure(refused('STEP_BUSY', 'bận'))).toMatchObject({ kind: 'conflict', code: 'STEP_BUSY' });
  });

  it('a rule of the procedure is a 422; an ended workflow a 409; a bug is left alone', () => {
    expect(actionFailure(refused('ACTION_NOT_ALLOWED', 'Không cho phép'))).toMatchObject({ kind: 'rule', code: 'ACTION_NOT_ALLOWED' });
    expect(actionFailure(refused('SomethingElse', 'boom'))).toMatchObject({ kind: 'rule', code: 'ACTION_FAILED' });
    expect(actionFailure(new WorkflowNotFoundError('workflow execution already completed', 'case-1', undefined))).toMatchObject({ kind: 'conflict', code: 'CASE_NOT_RUNNING' });
    expect(actionFailure(new TypeError('x'))).toBeUndefined();
  });
});

describe('deadline states as due-date ranges', () => {
  const calendar = new WorkingCalendar();
  it('splits the dated tasks at today and two working days ahead', () => {
    // Friday 2027-03-05: two working days later is Tuesday 2027-03-09.
    expect(dueRange('overdue', calendar, '2027-03-05')).toEqual({ dated: true, to: '2027-03-04', undated: false });
    expect(dueRange('due_soon', calendar, '2027-03-05')).toEqual({ dated: true, from: '2027-03-05', to: '2027-03-09', undated: false });
    expect(dueRange('on_time', calendar, '2027-03-05')).toEqual({ dated: true, from: '2027-03-10', undated: false });
    expect(dueRange('paused', calendar, '2027-03-05')).toEqual({ dated: false, undated: true });
  });
});
