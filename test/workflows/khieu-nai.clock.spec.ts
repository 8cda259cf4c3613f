import type { CaseStart } from '@congdoan/contracts';
import { type ComplaintData, addDays, overdueInstant, vietnamDate } from '@congdoan/domain';
import { calendar, chutich, itUntil, ubkt, useCaseHarness, waitUntil, workingDaysFrom } from './case-harness';

function complaint(receivedAt: string): CaseStart['data'] {
  const data: ComplaintData = {
    instance: 1,
    complainant: { fullName: 'Trần Văn Bình', address: '25 Hùng Vương, Pleiku' },
    content: 'Khiếu nại quyết định kỷ luật khiển trách',
    decisionComplainedOf: { summary: 'Quyết định kỷ luật khiển trách đoàn viên' },
    channel: 'buu-dien',
    learnedOn: addDays(receivedAt, -10),
    obstacleDays: 0,
    complex: false,
    remoteArea: false,
  };
  return data as unknown as CaseStart['data'];
}

// Its own file, so its own test server: these tests move server time by weeks. The fixed-date test runs first (time
// only moves forward); the others count from whatever day the server has reached.
describe('khieuNai workflow: the legal clock and escalation (time-skipping test server)', () => {
  const h = useCaseHarness();
  const startComplaint = (receivedAt: string) => h.start({ procedureCode: 'khieu-nai', receivedAt, data: complaint(receivedAt) });

  // The test server starts at the real time: this worked example can only be acted out before its day.
  itUntil('2027-01-06')('worked example #3: accepted Wed 06/01/2027, 30 days end on Tết (05/02), so Fri 12/02/2027 (BLDS 148(5))', async () => {
    await h.advanceToDate('2027-01-06');
    const { handle } = await startComplaint('2027-01-04');
    await h.act(handle, 'thu-ly', 'approve', { actor: ubkt });
    expect(calendar.nonWorkingReason('2027-02-05')).toBe('Tết Nguyên đán (29 tháng Chạp)'); // the raw 30th day
    expect(await h.openStep(handle, 'xac-minh')).toMatchObject({ dueDate: '2027-02-12', clock: { start: '2027-01-06' } });
    expect(h.recorder.documents('tb-thu-ly-khieu-nai')).toEqual([
      expect.objectContaining({ issuedOn: '2027-01-06', details: { acceptedOn: '2027-01-06', resolutionDays: 30, dueOn: '2027-02-12' } }),
    ]);
    await h.terminate(handle);
  });

  it('an overdue acceptance goes to the resolving union’s leaders, then to the upper union’s UBKT', async () => {
    const { handle, input } = await startComplaint(await h.today());
    const step = await h.openStep(handle, 'thu-ly');
    const due = step.dueDate as string;
    expect(due).toBe(workingDaysFrom(input.receivedAt, 10));
    await h.advanceTo(overdueInstant(workingDaysFrom(due, 3)) + 3_600_000);
    await waitUntil(() => h.recorder.events('escalated').length === 2);

    // Reminded two working days before; escalated at 00:00 after the due date, then 3 working days later.
    const [reminder] = h.recorder.events('reminder');
    expect(vietnamDate(new Date(reminder.at))).toBe(workingDaysFrom(due, -2));
    const [first, second] = h.recorder.events('escalated');
    expect(Date.parse(first.at) - overdueInstant(due)).toBeLessThan(60_000);
    expect(Date.parse(second.at) - overdueInstant(workingDaysFrom(due, 3))).toBeLessThan(60_000);
    expect([first.data, second.data]).toEqual([
      { level: 1, toUnitId: 'unit-cdvc', toRole: 'leader', dueDate: due },
      { level: 2, toUnitId: 'unit-ldld', toRole: 'ubkt', dueDate: due },
    ]);
    const entries = h.recorder.openedTasks().filter((t) => t.kind === 'escalation');
    expect(entries.map((t) => [t.role, t.orgUnitId, t.aboutTaskId, t.escalationLevel])).toEqual([
      ['leader', 'unit-cdvc', step.taskId, 1],
      ['ubkt', 'unit-ldld', step.taskId, 2],
    ]);
    const told = h.recorder.notifications().filter((n) => n.kind === 'escalation');
    expect(told.map((n) => [n.role, n.orgUnitId])).toEqual([
      ['leader', 'unit-cdvc'],
      ['ubkt', 'unit-ldld'],
    ]);
    expect((await h.openStep(handle, 'thu-ly')).deadlineState).toBe('overdue');

    // Still waiting for the UBKT; its acceptance closes the escalation entries.
    await h.act(handle, 'thu-ly', 'approve', { actor: ubkt });
    await h.openStep(handle, 'xac-minh');
    expect(h.recorder.closedTasks().filter((t) => t.outcome === 'superseded').map((t) => t.taskId)).toEqual(entries.map((t) => t.taskId));
    await h.terminate(handle);
  });

  it('escalates at once, with no reminder, a complaint entered long after it arrived', async () => {
    const receivedAt = addDays(await h.today(), -120);
    const { handle } = await startComplaint(receivedAt);
    await waitUntil(() => h.recorder.events('escalated').length === 2);
    expect(h.recorder.events('reminder')).toHaveLength(0);
    expect(h.recorder.events('escalated').map((e) => [e.data?.toRole, e.data?.toUnitId])).toEqual([
      ['leader', 'unit-cdvc'],
      ['ubkt', 'unit-ldld'],
    ]);
    expect(await h.openStep(handle, 'thu-ly')).toMatchObject({ dueDate: workingDaysFrom(receivedAt, 10), deadlineState: 'overdue' });
    // Accepted late all the same (the filing window was met): the resolution period runs from the acceptance.
    await h.act(handle, 'thu-ly', 'approve', { actor: chutich });
    expect(await h.openStep(handle, 'xac-minh')).toMatchObject({ deadlineState: 'on_time', clock: { start: await h.today() } });
    await h.terminate(handle);
  });
});
