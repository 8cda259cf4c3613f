import path from 'node:path';
import { actUpdate, caseStateQuery } from '@congdoan/contracts';
import { addDays, overdueInstant } from '@congdoan/domain';
import { useCaseHarness } from './case-harness';

describe('the legal clock: extensions and suspensions (engine, time-skipping test server)', () => {
  const h = useCaseHarness({ workflowsPath: path.join(__dirname, 'fixtures/clocked-step.workflows.ts'), workflowType: 'clockedStep' });
  const ubkt = { userId: 'u-ubkt', fullName: 'Phạm Thị Lan' };

  it('extends the period by decision, at most twice and by at most 30 days each', async () => {
    const { handle } = await h.start();
    const before = await h.openStep(handle, 'giai-quyet');
    await h.act(handle, 'giai-quyet', 'extend', { actor: ubkt, comment: 'Vụ việc phức tạp', data: { amount: 30, decisionRef: '01/QĐ-UBKT' } });
    const once = await h.openStep(handle, 'giai-quyet');
    expect(once.clock.extensions).toEqual([{ amount: 30, reason: 'Vụ việc phức tạp', decisionRef: '01/QĐ-UBKT' }]);
    expect(once.dueDate! > before.dueDate!).toBe(true);
    expect(h.recorder.transitions.find((t) => t.retimeTasks)?.retimeTasks).toEqual([{ taskId: before.taskId, dueDate: once.dueDate }]);

    await expect(h.act(handle, 'giai-quyet', 'extend', { actor: ubkt, comment: 'x', data: { amount: 31 } })).rejects.toMatchObject({ cause: { type: 'CLOCK_RULE' } });
    await expect(h.act(handle, 'giai-quyet', 'extend', { actor: ubkt, data: { amount: 10 } })).rejects.toMatchObject({ cause: { type: 'CLOCK_RULE' } });
    await h.act(handle, 'giai-quyet', 'extend', { actor: ubkt, comment: 'Đặc biệt phức tạp', data: { amount: 30 } });
    await expect(h.act(handle, 'giai-quyet', 'extend', { actor: ubkt, comment: 'Lần ba', data: { amount: 5 } })).rejects.toMatchObject({
      cause: { type: 'CLOCK_RULE', message: expect.stringContaining('tối đa 2 lần') },
    });
    await handle.terminate();
  });

  it('stops counting while suspended: no escalation meanwhile, and the due date moves by the days suspended', async () => {
    const { handle } = await h.start();
    const running = await h.openStep(handle, 'giai-quyet');
    await h.act(handle, 'giai-quyet', 'suspend', { actor: ubkt, comment: 'Chờ kết quả giám định' });
    const paused = await h.openStep(handle, 'giai-quyet');
    expect(paused.deadlineState).toBe('paused');
    expect(paused.dueDate).toBeUndefined();
    await expect(h.act(handle, 'giai-quyet', 'suspend', { actor: ubkt, comment: 'again' })).rejects.toMatchObject({ cause: { type: 'CLOCK_RULE' } });

    // 40 days pass while suspended: past the original due date, yet nothing escalates.
    await h.advanceTo(overdueInstant(running.dueDate!) + 10 * 86_400_000);
    expect(h.recorder.events('escalated')).toHaveLength(0);

    await h.act(handle, 'giai-quyet', 'resume', { actor: ubkt, comment: 'Đã có kết quả giám định' });
    const resumed = await handle.query(caseStateQuery);
    const [pause] = resumed.openStep!.clock.pauses;
    expect(resumed.openStep!.dueDate! >= addDays(running.dueDate!, 40)).toBe(true);
    expect(pause.to).toBeDefined();
    expect(h.recorder.events().map((e) => e.kind)).toEqual(expect.arrayContaining(['clock_suspend', 'clock_resume']));
    await expect(handle.executeUpdate(actUpdate, { args: [{ taskId: running.taskId, action: 'resume', actor: ubkt }] })).rejects.toMatchObject({ cause: { type: 'CLOCK_RULE' } });
    await handle.terminate();
  });
});
