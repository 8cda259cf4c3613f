import { actUpdate, calendarChangedSignal, caseStateQuery } from '@congdoan/contracts';
import { OFFICIAL_YEAR_CALENDARS, clockDueDate, newClock, shiftWorkingDays, vietnamDate } from '@congdoan/domain';
import { calendar, chutich, canbo, useCaseHarness, vanthu } from './case-harness';

describe('thanhLapCdcs workflow: the steps and their actions (time-skipping test server)', () => {
  const h = useCaseHarness();

  it('goes from dossier check to leader approval to the numbered decision, and the CĐCS is recognised', async () => {
    const { handle, input } = await h.start();
    const check = await h.openStep(handle, 'kiem-tra-ho-so');
    expect(check.role).toBe('officer');
    expect(check.dueDate).toBe(clockDueDate(calendar, newClock(input.receivedAt, 5, 'working_days')));

    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    const decide = await h.openStep(handle, 'xet-duyet');
    expect(decide.role).toBe('leader');
    await h.act(handle, 'xet-duyet', 'approve', { actor: chutich, comment: 'Đồng ý công nhận' });
    const issued = await h.act(handle, 'ban-hanh-quyet-dinh', 'issue', { actor: vanthu });
    expect(issued.caseStatus).toBe('RECOGNISED'); // the answer waits until what follows the action is recorded

    await expect(handle.result()).resolves.toEqual({ status: 'RECOGNISED', decidedBy: vanthu.fullName, documentNumber: '01/QĐ-CĐVC' });
    expect(h.recorder.decisions).toEqual([
      // the receipt notice, signed by the officer who found the dossier complete
      expect.objectContaining({ kind: 'tb-tiep-nhan-ho-so', typeCode: 'TB', signer: canbo, issuerUnitId: 'unit-cdvc' }),
      expect.objectContaining({ kind: 'qd-cong-nhan-cdcs', typeCode: 'QĐ', signer: chutich, issuedBy: vanthu, issuerUnitId: 'unit-cdvc' }),
    ]);
    expect(h.recorder.units).toEqual([expect.objectContaining({ parentUnitId: 'unit-cdvc', name: 'Công đoàn cơ sở Công ty May Gia Lai' })]);
    expect(h.recorder.events().map((e) => e.kind)).toEqual([
      'case_received',
      'step_opened',
      'action',
      'step_opened',
      'action',
      'step_opened',
      'action',
      'case_closed',
    ]);
    const opened = h.recorder.openedTasks().filter((t) => t.kind === 'action');
    expect(opened.map((t) => [t.stepKey, t.role])).toEqual([
      ['kiem-tra-ho-so', 'officer'],
      ['xet-duyet', 'leader'],
      ['ban-hanh-quyet-dinh', 'clerk'],
    ]);
    // Every notice written (each new task, the outcome) went out by email, all before the workflow ended.
    const written = h.recorder.transitions.flatMap((t) => (t.notifications ?? []).map((n) => n.dedupeKey));
    expect(written).toHaveLength(4);
    expect(h.recorder.emails.flatMap((e) => e.dedupeKeys)).toEqual(written);
  });

  it('returns the dossier for supplementation and restarts the period from the resubmission', async () => {
    const { handle } = await h.start();
    await h.act(handle, 'kiem-tra-ho-so', 'return', { data: { missing: ['Biên bản đại hội', 'Danh sách trích ngang'] } });
    await h.sleep('3 days'); // the workers take three days to bring the missing papers
    await h.act(handle, 'bo-sung-ho-so', 'resubmit');
    const again = await h.openStep(handle, 'kiem-tra-ho-so');
    const resubmittedOn = vietnamDate(new Date(await h.nowMs()));
    expect(again.clock.start).toBe(resubmittedOn);
    expect(again.dueDate).toBe(clockDueDate(calendar, newClock(resubmittedOn, 5, 'working_days')));
    const returned = h.recorder.events('action').find((e) => e.data?.action === 'return');
    expect(returned?.data?.missing).toEqual(['Biên bản đại hội', 'Danh sách trích ngang']);
    // The request for supplementation is a numbered notice naming what is missing.
    expect(h.recorder.decisions).toEqual([
      expect.objectContaining({ kind: 'tb-bo-sung-ho-so', key: 'tb-bo-sung-ho-so:1', typeCode: 'TB', missingItems: ['Biên bản đại hội', 'Danh sách trích ngang'] }),
    ]);
    await h.act(handle, 'kiem-tra-ho-so', 'withdraw', { comment: 'Người lao động rút đơn' });
    await expect(handle.result()).resolves.toMatchObject({ status: 'WITHDRAWN' });
  });

  it('ends REJECTED with the leader’s reason', async () => {
    const { handle } = await h.start();
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    await h.act(handle, 'xet-duyet', 'reject', { actor: chutich, comment: 'Chưa đủ 5 đoàn viên' });
    await expect(handle.result()).resolves.toMatchObject({ status: 'REJECTED', decidedBy: chutich.fullName });
    expect(h.recorder.events('case_closed')[0].comment).toBe('Chưa đủ 5 đoàn viên');
    expect(h.recorder.decisions.at(-1)).toMatchObject({ kind: 'tb-tu-choi-ho-so', typeCode: 'TB', signer: chutich, reasons: 'Chưa đủ 5 đoàn viên' });
  });

  it('refuses, with a reason, what the step does not allow and a stale task', async () => {
    const { handle } = await h.start();
    await expect(h.act(handle, 'kiem-tra-ho-so', 'issue')).rejects.toMatchObject({ cause: { type: 'ACTION_NOT_ALLOWED' } });
    await expect(h.act(handle, 'kiem-tra-ho-so', 'reject', { comment: '  ' })).rejects.toMatchObject({ cause: { type: 'REASON_REQUIRED' } });
    await expect(h.act(handle, 'kiem-tra-ho-so', 'return', { data: { missing: [] } })).rejects.toMatchObject({ cause: { type: 'MISSING_ITEMS_REQUIRED' } });
    const first = await h.openStep(handle, 'kiem-tra-ho-so');
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    const stale = handle.executeUpdate(actUpdate, { args: [{ taskId: first.taskId, action: 'approve', actor: canbo }] });
    await expect(stale).rejects.toMatchObject({ cause: { type: 'STEP_CLOSED' } });
    expect(h.recorder.closedTasks()).toHaveLength(1); // refusals wrote nothing
    await handle.terminate();
  });

  it('applies an action retried with the same update id once', async () => {
    const { handle } = await h.start();
    const first = await h.act(handle, 'kiem-tra-ho-so', 'approve', {}, 'request-42');
    const step = await h.openStep(handle, 'xet-duyet');
    const retried = await handle.executeUpdate(actUpdate, { args: [{ taskId: first.taskId, action: 'approve', actor: canbo }], updateId: 'request-42' });
    expect(retried).toEqual(first);
    expect(h.recorder.closedTasks().filter((t) => t.outcome === 'approve')).toHaveLength(1);
    expect((await h.openStep(handle, 'xet-duyet')).taskId).toBe(step.taskId);
    await handle.terminate();
  });

  it('lets the holder delegate the step, and the delegate decides', async () => {
    const { handle } = await h.start();
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    const other = { userId: 'u-phochutich', fullName: 'Trần Thị Mai' };
    await h.act(handle, 'xet-duyet', 'delegate', { actor: chutich, data: { toUser: other } });
    const step = await h.openStep(handle, 'xet-duyet');
    expect(step.assigneeUserId).toBe(other.userId);
    expect(h.recorder.transitions.find((t) => t.reassignTask)?.reassignTask).toEqual({ taskId: step.taskId, toUser: other, ownerUserId: chutich.userId });
    await h.act(handle, 'xet-duyet', 'approve', { actor: other });
    await h.openStep(handle, 'ban-hanh-quyet-dinh');
    const toOwner = h.recorder.transitions.flatMap((t) => t.notifications ?? []).filter((n) => n.userId === chutich.userId);
    expect(toOwner).toEqual([expect.objectContaining({ kind: 'outcome', title: `${other.fullName} đã xử lý: Xét duyệt, quyết định công nhận` })]);
    await handle.terminate();
  });

  it('recomputes the due date when an admin enters a new official notice for the year', async () => {
    const { handle, input } = await h.start();
    const before = await h.openStep(handle, 'kiem-tra-ho-so');
    const year = Number(input.receivedAt.slice(0, 4));
    const extraDayOff = shiftWorkingDays(calendar, input.receivedAt, 1); // the first working day of the period
    const years = OFFICIAL_YEAR_CALENDARS.filter((y) => y.year !== year).map((y) => ({ ...y }));
    const current = calendar.yearCalendar(year);
    years.push({ ...current, status: 'official', source: 'Thông báo thử nghiệm', holidays: [...current.holidays, { date: extraDayOff, name: 'Nghỉ thêm' }] });
    await handle.signal(calendarChangedSignal, years);
    const after = await waitForDue(handle, (due) => due !== before.dueDate);
    expect(after).toBe(shiftWorkingDays(calendar, before.dueDate as string, 1));
    await handle.terminate();
  });

  async function waitForDue(handle: Awaited<ReturnType<typeof h.start>>['handle'], done: (due: string | undefined) => boolean) {
    for (let i = 0; i < 200; i++) {
      const state = await handle.query(caseStateQuery);
      if (done(state.openStep?.dueDate)) return state.openStep?.dueDate;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the due date did not change');
  }
});
