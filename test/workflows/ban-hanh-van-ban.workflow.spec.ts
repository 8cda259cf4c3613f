import { calendar, canbo, chutich, useCaseHarness, vanthu, workingDaysFrom } from './case-harness';

const drafter = canbo;
const issuance = (extra: Record<string, unknown> = {}) => ({
  procedureCode: 'ban-hanh-van-ban',
  data: {
    documentType: 'KH',
    summary: 'Tổ chức Tháng Công nhân năm 2027',
    signerId: chutich.userId,
    drafter,
    signer: chutich,
    content: 'I. MỤC ĐÍCH, YÊU CẦU\nTổ chức các hoạt động chăm lo cho đoàn viên.',
    recipients: ['Các công đoàn cơ sở trực thuộc'],
    ...extra,
  },
});

describe('banHanhVanBan workflow: draft, approve, check, sign, number, dispatch (time-skipping)', () => {
  const h = useCaseHarness();

  it('drafts, signs, numbers the same working day and dispatches: the văn thư has until the next working day', async () => {
    const { handle } = await h.start(issuance());
    const draft = await h.openStep(handle, 'soan-thao');
    expect(draft.assigneeUserId).toBe(drafter.userId);
    await h.act(handle, 'soan-thao', 'approve', { actor: drafter });
    expect((await h.openStep(handle, 'duyet-du-thao')).assigneeUserId).toBe(chutich.userId);
    await h.act(handle, 'duyet-du-thao', 'approve', { actor: chutich });
    await h.act(handle, 'kiem-tra-noi-dung', 'approve');
    await h.act(handle, 'kiem-tra-the-thuc', 'approve', { actor: vanthu });
    await h.act(handle, 'ky-ban-hanh', 'sign', { actor: chutich, data: { signingMode: 'TM' } });
    const signedOn = await h.today();
    const numbering = await h.openStep(handle, 'vao-so');
    expect(numbering.dueDate).toBe(workingDaysFrom(signedOn, 1));
    await h.act(handle, 'vao-so', 'issue', { actor: vanthu });
    expect(h.recorder.issued[0]).toMatchObject({ kind: 'van-ban', typeCode: 'KH', numberText: '01/KH-CĐVC', issuedOn: signedOn, signer: chutich });
    const dispatch = await h.openStep(handle, 'phat-hanh');
    expect(dispatch.dueDate).toBe(workingDaysFrom(signedOn, 1));
    await h.act(handle, 'phat-hanh', 'approve', { actor: vanthu });
    await expect(handle.result()).resolves.toMatchObject({ status: 'ISSUED', documentNumber: '01/KH-CĐVC' });
    expect(h.recorder.events('archived')).toHaveLength(1);
  });

  it('sends a change asked at the content check back through the drafter to the signer', async () => {
    const { handle } = await h.start(issuance());
    await h.act(handle, 'soan-thao', 'approve', { actor: drafter });
    await h.act(handle, 'duyet-du-thao', 'approve', { actor: chutich });
    await expect(h.act(handle, 'kiem-tra-noi-dung', 'return')).rejects.toMatchObject({ cause: { type: 'REASON_REQUIRED' } });
    await h.act(handle, 'kiem-tra-noi-dung', 'return', { comment: 'Bổ sung kinh phí thực hiện' });
    await h.act(handle, 'soan-thao', 'approve', { actor: drafter });
    await h.openStep(handle, 'duyet-du-thao'); // the signer sees the changed draft again
    const steps = h.recorder.openedTasks().filter((t) => t.kind === 'action').map((t) => t.stepKey);
    expect(steps).toEqual(['soan-thao', 'duyet-du-thao', 'kiem-tra-noi-dung', 'soan-thao', 'duyet-du-thao']);
    await h.terminate(handle);
  });

  it('dispatches an urgent document the day it is numbered, and a format correction is a numbered công văn đính chính', async () => {
    const corrected = { numberText: '01/KH-CĐVC', issuedOn: '2026-11-02', summary: 'Tổ chức Tháng Công nhân năm 2027' };
    const { handle } = await h.start(issuance({ documentType: 'CV', urgent: true, corrects: { documentId: 'doc-1', kind: 'format' }, corrected }));
    await h.act(handle, 'soan-thao', 'approve', { actor: drafter });
    await h.act(handle, 'duyet-du-thao', 'approve', { actor: chutich });
    await h.act(handle, 'kiem-tra-noi-dung', 'approve');
    await h.act(handle, 'kiem-tra-the-thuc', 'approve', { actor: vanthu });
    await h.act(handle, 'ky-ban-hanh', 'sign', { actor: chutich });
    await h.act(handle, 'vao-so', 'issue', { actor: vanthu });
    const dispatch = await h.openStep(handle, 'phat-hanh');
    const today = await h.today();
    expect(dispatch.dueDate).toBe(calendar.isWorkingDay(today) ? today : workingDaysFrom(today, 1)); // a day off: the next working day
    expect(h.recorder.issued[0]).toMatchObject({ kind: 'cv-dinh-chinh', typeCode: 'CV', details: { corrects: corrected } });
    await h.terminate(handle);
  });

  // Last in the file: it moves the test server's clock ahead.
  it('escalates a signed document the văn thư has not numbered by the next working day', async () => {
    const { handle } = await h.start(issuance());
    await h.act(handle, 'soan-thao', 'approve', { actor: drafter });
    await h.act(handle, 'duyet-du-thao', 'approve', { actor: chutich });
    await h.act(handle, 'kiem-tra-noi-dung', 'approve');
    await h.act(handle, 'kiem-tra-the-thuc', 'approve', { actor: vanthu });
    await h.act(handle, 'ky-ban-hanh', 'sign', { actor: chutich });
    const numbering = await h.openStep(handle, 'vao-so');
    await h.advanceToDate(workingDaysFrom(numbering.dueDate as string, 2));
    expect(h.recorder.openedTasks().filter((t) => t.kind === 'escalation').map((t) => [t.stepKey, t.role, t.orgUnitId, t.escalationLevel])).toEqual([
      ['vao-so', 'leader', 'unit-cdvc', 1],
      ['vao-so', 'leader', 'unit-ldld', 2],
    ]);
    await h.terminate(handle);
  });
});
