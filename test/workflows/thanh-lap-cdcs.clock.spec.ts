import { clockDueDate, newClock, overdueInstant, shiftWorkingDays, vietnamDate } from '@congdoan/domain';
import { calendar, useCaseHarness, waitUntil } from './case-harness';

// Its own file, so its own test server: the clock tests move server time by weeks.
describe('thanhLapCdcs workflow: reminders and escalations on the legal clock (time-skipping test server)', () => {
  const h = useCaseHarness();

  it('reminds before the due date, escalates to the unit leader when overdue, then to the parent unit', async () => {
    const { handle, input } = await h.start();
    const step = await h.openStep(handle, 'kiem-tra-ho-so');
    const due = step.dueDate as string;
    const secondRungDue = shiftWorkingDays(calendar, due, 3);
    await h.advanceTo(overdueInstant(secondRungDue) + 3_600_000);
    await waitUntil(() => h.recorder.events('escalated').length === 2);

    const [reminder] = h.recorder.events('reminder');
    expect(vietnamDate(new Date(reminder.at))).toBe(shiftWorkingDays(calendar, due, -2));
    const [first, second] = h.recorder.events('escalated');
    expect(Date.parse(first.at)).toBeGreaterThanOrEqual(overdueInstant(due));
    expect(Date.parse(first.at) - overdueInstant(due)).toBeLessThan(60_000); // at 00:00 Vietnam time after the due date
    expect(first.data).toMatchObject({ level: 1, toUnitId: input.orgUnitId });
    expect(second.data).toMatchObject({ level: 2, toUnitId: input.parentOrgUnitId });
    const entries = h.recorder.openedTasks().filter((t) => t.kind === 'escalation');
    expect(entries.map((t) => [t.role, t.orgUnitId, t.aboutTaskId])).toEqual([
      ['leader', input.orgUnitId, step.taskId],
      ['leader', input.parentOrgUnitId, step.taskId],
    ]);
    // Still waiting for a human, and the escalation entries close with the step.
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    expect(h.recorder.closedTasks().filter((t) => t.outcome === 'superseded')).toHaveLength(2);
    await handle.terminate();
  });

  it('counts the leader’s 10 working days from the complete dossier, so a slow check makes the decision late at once', async () => {
    const today = vietnamDate(new Date(await h.nowMs()));
    const receivedAt = shiftWorkingDays(calendar, today, -20);
    const { handle } = await h.start(receivedAt);
    await h.act(handle, 'kiem-tra-ho-so', 'approve'); // checked 20 working days after it arrived, complete as it came
    const decide = await h.openStep(handle, 'xet-duyet');
    expect(decide.clock.start).toBe(receivedAt);
    expect(decide.dueDate).toBe(clockDueDate(calendar, newClock(receivedAt, 10, 'working_days')));
    expect(decide.deadlineState).toBe('overdue');
    // The leaders are the ones late: their own step goes to the parent unit's leaders, not back to themselves.
    await waitUntil(() => h.recorder.events('escalated').some((e) => e.stepKey === 'xet-duyet'));
    const upward = h.recorder.events('escalated').filter((e) => e.stepKey === 'xet-duyet');
    expect(upward.map((e) => e.data)).toEqual([expect.objectContaining({ level: 2, toUnitId: 'unit-ldld' })]);
    await handle.terminate();
  });

  it('escalates at once a case whose dossier arrived months ago', async () => {
    const { handle } = await h.start('2026-06-01');
    await waitUntil(() => h.recorder.events('escalated').length === 2);
    expect(h.recorder.events('reminder')).toHaveLength(0); // no reminder for a deadline long past
    const step = await h.openStep(handle, 'kiem-tra-ho-so');
    expect(step.deadlineState).toBe('overdue');
    expect(step.dueDate).toBe('2026-06-08');
    await handle.terminate();
  });
});
