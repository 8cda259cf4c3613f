import { holdMayBeOverSignal } from '@congdoan/contracts';
import { clockDueDate, newClock } from '@congdoan/domain';
import { calendar, chutich, useCaseHarness, vanthu, waitUntil, workingDaysFrom } from './case-harness';

const nominees = [{ fullName: 'Nguyễn Thị Hạnh', userId: 'u-hanh' }, { fullName: 'Trần Quốc Việt' }];
const commendation = { procedureCode: 'khen-thuong', data: { nominees, awardType: 'giay-khen', achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026', proposingUnit: 'Công đoàn cơ sở Trường THPT Lê Lợi' } };

/** The Hội đồng TĐKT of 9: 7 present; Hạnh gets 6 votes (a majority of 9), Việt 4 (not). */
const council = (over: Record<string, unknown> = {}) => ({
  body: 'HD-TDKT',
  heldOn: '2026-11-20',
  members: 9,
  present: 7,
  ballot: 'secret',
  votes: [
    { option: 'Nguyễn Thị Hạnh', for: 6, against: 1, abstain: 0 },
    { option: 'Trần Quốc Việt', for: 4, against: 2, abstain: 1 },
  ],
  ...over,
});

describe('khenThuong workflow: commendation with the council’s ballot and the on-hold rule (time-skipping)', () => {
  const h = useCaseHarness();

  it('appraises in 20 working days (+10 after consultations), awards only those the council passed, and sends the copies', async () => {
    const { handle, input } = await h.start(commendation);
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    const appraisal = await h.openStep(handle, 'tham-dinh');
    expect(appraisal.dueDate).toBe(clockDueDate(calendar, newClock(input.receivedAt, 20, 'working_days')));
    // At most 10 working days, once.
    await expect(h.act(handle, 'tham-dinh', 'extend', { data: { amount: 11 }, comment: 'Lấy ý kiến UBKT' })).rejects.toMatchObject({ cause: { type: 'CLOCK_RULE' } });
    await h.act(handle, 'tham-dinh', 'extend', { data: { amount: 10 }, comment: 'Lấy ý kiến UBKT' });
    expect((await h.openStep(handle, 'tham-dinh')).dueDate).toBe(workingDaysFrom(appraisal.dueDate as string, 10));
    await h.act(handle, 'tham-dinh', 'approve');

    await h.act(handle, 'hoi-dong-tdkt', 'vote', { data: { meeting: council() } as never });
    const [ballot] = h.recorder.events('ballot_resolved');
    expect(ballot.data?.awarded).toEqual(['Nguyễn Thị Hạnh']);
    await h.act(handle, 'ky-quyet-dinh', 'approve', { actor: chutich });
    await h.act(handle, 'ban-hanh-quyet-dinh', 'issue', { actor: vanthu });
    const copies = await h.openStep(handle, 'gui-quyet-dinh');
    expect(copies.dueDate).toBe(workingDaysFrom(await h.today(), 10));
    await h.act(handle, 'gui-quyet-dinh', 'approve', { actor: vanthu });
    await expect(handle.result()).resolves.toMatchObject({ status: 'AWARDED', documentNumber: '01/QĐ-CĐVC' });
    expect(h.recorder.decisions.at(-1)).toMatchObject({ kind: 'qd-khen-thuong', signer: chutich, details: { awarded: ['Nguyễn Thị Hạnh'], meeting: council() } });
  });

  it.each([
    ['a quorum not met', { present: 5, votes: [{ option: 'Nguyễn Thị Hạnh', for: 5 }] }, /5\/9|5 \/ 9|có mặt 5/],
    ['more votes than members present', { votes: [{ option: 'Nguyễn Thị Hạnh', for: 6, against: 2 }] }, /Nguyễn Thị Hạnh/],
    ['a name not on the dossier', { votes: [{ option: 'Lê Văn Tám', for: 7 }] }, /Lê Văn Tám/],
    ['a show of hands', { ballot: 'show-of-hands' }, /kín/],
  ])('refuses a council record with %s, saying the rule and the numbers', async (_what, over, message) => {
    const { handle } = await h.start(commendation);
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    await h.act(handle, 'tham-dinh', 'approve');
    const refused = h.act(handle, 'hoi-dong-tdkt', 'vote', { data: { meeting: council(over) } as never });
    await expect(refused).rejects.toMatchObject({ cause: { type: 'MEETING_INVALID' } });
    await refused.catch((e: { cause: { message: string } }) => expect(e.cause.message).toMatch(message));
    await expect(h.act(handle, 'hoi-dong-tdkt', 'vote')).rejects.toMatchObject({ cause: { type: 'MEETING_REQUIRED' } });
    await h.terminate(handle);
  });

  it('holds the case while a nominee has an open discipline case, says why, and goes on when that case closes', async () => {
    h.recorder.openCasesAbout.push({ caseId: 'case-ky-luat-1', procedureCode: 'ky-luat', fullName: 'Nguyễn Thị Hạnh', userId: 'u-hanh' });
    const { handle } = await h.start(commendation);
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    await waitUntil(() => h.recorder.events('hold_placed').length === 1);
    expect(h.recorder.transitions.some((t) => t.caseUpdate?.status === 'ON_HOLD')).toBe(true);
    expect(h.recorder.events('hold_placed')[0].data?.holds).toEqual([
      { nominee: 'Nguyễn Thị Hạnh', procedureCode: 'ky-luat', reason: 'Nguyễn Thị Hạnh đang trong thời gian xem xét kỷ luật' },
    ]);
    expect(h.recorder.openedTasks().map((t) => t.stepKey)).not.toContain('tham-dinh');

    // The discipline case closes and tells the cases it held.
    h.recorder.openCasesAbout.splice(0);
    await handle.signal(holdMayBeOverSignal, 'case-ky-luat-1');
    await h.openStep(handle, 'tham-dinh');
    expect(h.recorder.events('hold_released')).toHaveLength(1);
    const released = h.recorder.transitions.find((t) => t.events?.some((e) => e.kind === 'hold_released'));
    expect(released?.caseUpdate?.status).toBe('open');
    await h.terminate(handle);
  });

  it('sends the dossier back to appraisal when the leader returns it, and rejects when the council passes nobody', async () => {
    const { handle } = await h.start(commendation);
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    await h.act(handle, 'tham-dinh', 'approve');
    await h.act(handle, 'hoi-dong-tdkt', 'vote', { data: { meeting: council() } as never });
    await h.act(handle, 'ky-quyet-dinh', 'return', { actor: chutich, comment: 'Bổ sung xác nhận thành tích' });
    const again = await h.openStep(handle, 'tham-dinh');
    expect(again.clock.start).toBe(await h.today());
    await h.act(handle, 'tham-dinh', 'approve');
    await h.act(handle, 'hoi-dong-tdkt', 'vote', { data: { meeting: council({ votes: [{ option: 'Nguyễn Thị Hạnh', for: 3 }, { option: 'Trần Quốc Việt', for: 2 }] }) } as never });
    await expect(handle.result()).resolves.toMatchObject({ status: 'REJECTED' });
  });

  // Last in the file: it moves the test server's clock weeks ahead.
  it('escalates an appraisal left past its 20 working days to the unit’s leaders, then the upper union’s', async () => {
    const { handle } = await h.start(commendation);
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    const appraisal = await h.openStep(handle, 'tham-dinh');
    await h.advanceToDate(workingDaysFrom(appraisal.dueDate as string, 4));
    expect(h.recorder.openedTasks().filter((t) => t.kind === 'escalation').map((t) => [t.stepKey, t.role, t.orgUnitId])).toEqual([
      ['tham-dinh', 'leader', 'unit-cdvc'],
      ['tham-dinh', 'leader', 'unit-ldld'],
    ]);
    await h.terminate(handle);
  });
});
