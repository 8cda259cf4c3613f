import { calendarDaysFrom, chutich, ubkt, useCaseHarness, vanthu, workingDaysFrom } from './case-harness';

const member = { fullName: 'Lê Văn Tám', kind: 'doan-vien', position: 'Đoàn viên Công đoàn cơ sở Trường THPT Lê Lợi' };
const discipline = (extra: Record<string, unknown> = {}) => ({
  procedureCode: 'ky-luat',
  data: { subject: member, violation: 'Không đóng đoàn phí 12 tháng liên tục', proposedForm: 'khai-tru', managingBody: 'Trường THPT Lê Lợi', ...extra },
});

/** The BTV's secret ballot: 9 members, all present. */
const ballot = (votes: [string, number][], over: Record<string, unknown> = {}) => ({
  body: 'BTV',
  heldOn: '2026-11-20',
  members: 9,
  present: 9,
  ballot: 'secret',
  votes: votes.map(([option, count]) => ({ option, for: count })),
  ...over,
});

describe('kyLuat workflow: the secret ballot counted downward, deferral, the notice to the managing body (time-skipping)', () => {
  const h = useCaseHarness();

  it('resolves 4 khai trừ, 3 cảnh cáo, 2 khiển trách of 9 as cảnh cáo, issues the QĐ and tells the managing body within 15 days', async () => {
    const { handle } = await h.start(discipline());
    await h.act(handle, 'tham-muu-ubkt', 'approve', { actor: ubkt, comment: 'Đề nghị Ban Thường vụ xem xét' });
    await h.act(handle, 'bieu-quyet', 'vote', { actor: chutich, data: { meeting: ballot([['khai-tru', 4], ['canh-cao', 3], ['khien-trach', 2]]) } as never });
    const [resolved] = h.recorder.events('ballot_resolved');
    expect(resolved.data).toMatchObject({ outcome: 'form', form: 'canh-cao', cumulative: true });

    await h.act(handle, 'ban-hanh-quyet-dinh', 'issue', { actor: vanthu });
    const decidedOn = await h.today();
    const notice = await h.openStep(handle, 'thong-bao-co-quan-quan-ly');
    expect(notice.dueDate).toBe(calendarDaysFrom(decidedOn, 15));
    await h.act(handle, 'thong-bao-co-quan-quan-ly', 'issue', { actor: vanthu });
    await expect(handle.result()).resolves.toMatchObject({ status: 'DISCIPLINED', documentNumber: '01/QĐ-CĐVC' });
    expect(h.recorder.decisions.map((d) => [d.kind, d.signer.fullName, d.details?.form])).toEqual([
      ['qd-ky-luat', chutich.fullName, 'canh-cao'],
      ['tb-ky-luat-co-quan-quan-ly', chutich.fullName, 'canh-cao'],
    ]);
  });

  it('without the cumulative rule, the same ballot has no majority and goes to the upper union, which decides and issues', async () => {
    const { handle } = await h.start({ ...discipline({ managingBody: undefined }), settings: { cumulativeDisciplineVotes: false } });
    await h.act(handle, 'tham-muu-ubkt', 'approve', { actor: ubkt });
    await h.act(handle, 'bieu-quyet', 'vote', { actor: chutich, data: { meeting: ballot([['khai-tru', 4], ['canh-cao', 3], ['khien-trach', 2]]) } as never });
    const upper = await h.openStep(handle, 'cap-tren-xem-xet');
    expect([upper.role, upper.orgUnitId]).toEqual(['leader', 'unit-ldld']);
    await expect(h.act(handle, 'cap-tren-xem-xet', 'approve', { actor: chutich })).rejects.toMatchObject({ cause: { type: 'FORM_REQUIRED' } });
    await expect(h.act(handle, 'cap-tren-xem-xet', 'approve', { actor: chutich, data: { form: 'cach-chuc' } })).rejects.toMatchObject({ cause: { type: 'MEETING_INVALID' } });
    await h.act(handle, 'cap-tren-xem-xet', 'approve', { actor: chutich, data: { form: 'khien-trach' } });
    const issue = await h.openStep(handle, 'ban-hanh-quyet-dinh');
    expect(issue.orgUnitId).toBe('unit-ldld');
    await h.act(handle, 'ban-hanh-quyet-dinh', 'issue', { actor: vanthu });
    await expect(handle.result()).resolves.toMatchObject({ status: 'DISCIPLINED', documentNumber: '01/QĐ-LĐLĐ' });
    expect(h.recorder.decisions[0]).toMatchObject({ kind: 'qd-ky-luat', issuerUnitId: 'unit-ldld', details: { form: 'khien-trach' } });
  });

  it('refuses a ballot that is not secret, names a form not allowed for a member, or exceeds those present', async () => {
    const { handle } = await h.start(discipline());
    await h.act(handle, 'tham-muu-ubkt', 'approve', { actor: ubkt });
    for (const meeting of [
      ballot([['canh-cao', 6]], { ballot: 'show-of-hands' }),
      ballot([['giai-tan', 6]]),
      ballot([['canh-cao', 6], ['khien-trach', 4]]),
    ]) {
      await expect(h.act(handle, 'bieu-quyet', 'vote', { actor: chutich, data: { meeting } as never })).rejects.toMatchObject({ cause: { type: 'MEETING_INVALID' } });
    }
    await h.terminate(handle);
  });

  it('defers the case on an Art. 6(1) ground (DEFERRED), and resumes it', async () => {
    const { handle } = await h.start(discipline());
    await expect(h.act(handle, 'tham-muu-ubkt', 'suspend', { actor: ubkt, comment: 'Đang nghỉ' })).rejects.toMatchObject({ cause: { type: 'GROUND_REQUIRED' } });
    await h.act(handle, 'tham-muu-ubkt', 'suspend', { actor: ubkt, comment: 'Đang nghỉ thai sản', data: { ground: 'nghi-thai-san' } });
    expect(h.recorder.transitions.at(-1)?.caseUpdate).toMatchObject({ legalDueDate: null });
    expect(h.recorder.transitions.some((t) => t.caseUpdate?.status === 'DEFERRED')).toBe(true);
    await h.sleep('10 days');
    await h.act(handle, 'tham-muu-ubkt', 'resume', { actor: ubkt, comment: 'Hết thời gian nghỉ thai sản' });
    expect(h.recorder.transitions.filter((t) => t.caseUpdate?.status).map((t) => t.caseUpdate?.status)).toEqual(['DEFERRED', 'open']);
    await h.act(handle, 'tham-muu-ubkt', 'reject', { actor: ubkt, comment: 'Vi phạm đã được khắc phục' });
    await expect(handle.result()).resolves.toMatchObject({ status: 'NO_DISCIPLINE' });
  });

  it('after a Party discipline, counts 30 working days from it and never decides a heavier form', async () => {
    const prior = { by: 'dang', form: 'canh-cao', decidedOn: await h.today() };
    const { handle } = await h.start(discipline({ subject: { ...member, kind: 'can-bo' }, priorDiscipline: prior }));
    const advice = await h.openStep(handle, 'tham-muu-ubkt');
    expect(advice.dueDate).toBe(workingDaysFrom(prior.decidedOn, 30));
    await h.act(handle, 'tham-muu-ubkt', 'approve', { actor: ubkt });
    expect((await h.openStep(handle, 'bieu-quyet')).dueDate).toBe(workingDaysFrom(prior.decidedOn, 30));
    await expect(h.act(handle, 'bieu-quyet', 'vote', { actor: chutich, data: { meeting: ballot([['cach-chuc', 7]]) } as never })).rejects.toMatchObject({ cause: { type: 'MEETING_INVALID' } });
    await h.terminate(handle);
  });

  // Last in the file: it moves the test server's clock weeks ahead.
  it('escalates the UBKT’s advice left past its period to the unit’s leaders, and a ballot left late to the upper union', async () => {
    const { handle } = await h.start(discipline());
    const advice = await h.openStep(handle, 'tham-muu-ubkt');
    await h.advanceToDate(workingDaysFrom(advice.dueDate as string, 1));
    expect(h.recorder.openedTasks().filter((t) => t.kind === 'escalation').map((t) => [t.stepKey, t.role, t.orgUnitId])).toEqual([['tham-muu-ubkt', 'leader', 'unit-cdvc']]);
    await h.act(handle, 'tham-muu-ubkt', 'approve', { actor: ubkt });
    const vote = await h.openStep(handle, 'bieu-quyet');
    await h.advanceToDate(workingDaysFrom(vote.dueDate as string, 4));
    // The BTV's own leaders hold the ballot: telling them it is late adds nothing, so it goes to the upper union.
    expect(h.recorder.openedTasks().filter((t) => t.kind === 'escalation' && t.stepKey === 'bieu-quyet').map((t) => [t.role, t.orgUnitId])).toEqual([['leader', 'unit-ldld']]);
    await h.terminate(handle);
  });
});
