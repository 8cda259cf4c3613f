import type { CaseStart } from '@congdoan/contracts';
import { type ComplaintData, addDays } from '@congdoan/domain';
import { type CaseOptions, calendar, calendarDaysFrom, chutich, toTruong, toVien, ubkt, useCaseHarness, workingDaysFrom } from './case-harness';

/** A complaint as the API records it (complaint-intake.ts fills these defaults). */
function complaint(receivedAt: string, overrides: Partial<ComplaintData> = {}): ComplaintData {
  return {
    instance: 1,
    complainant: { fullName: 'Trần Văn Bình', address: '25 Hùng Vương, Pleiku' },
    content: 'Khiếu nại quyết định kỷ luật khiển trách',
    decisionComplainedOf: { summary: 'Quyết định kỷ luật khiển trách đoàn viên', number: '12/QĐ-CĐCS', issuedOn: addDays(receivedAt, -20) },
    channel: 'truc-tiep',
    learnedOn: addDays(receivedAt, -15),
    obstacleDays: 0,
    complex: false,
    remoteArea: false,
    ...overrides,
  };
}

describe('khieuNai workflow: a complaint from acceptance to the sent decision (time-skipping test server)', () => {
  const h = useCaseHarness();

  async function startComplaint(overrides: Partial<ComplaintData> = {}, options: CaseOptions = {}) {
    const receivedAt = options.receivedAt ?? (await h.today());
    const data = complaint(receivedAt, overrides) as unknown as CaseStart['data'];
    return h.start({ procedureCode: 'khieu-nai', title: 'Khiếu nại quyết định kỷ luật', ...options, receivedAt, data });
  }

  it('first instance: thụ lý, xác minh by a team, the leader’s QĐ, sent within 3 working days → RESOLVED', async () => {
    const { handle, input } = await startComplaint();
    const receivedAt = input.receivedAt;

    // Acceptance: 10 working days from receipt (the default reading, TT 07/2013 Art. 5), by the UBKT.
    const thuLy = await h.openStep(handle, 'thu-ly');
    expect(thuLy).toMatchObject({ role: 'ubkt', orgUnitId: 'unit-cdvc', dueDate: workingDaysFrom(receivedAt, 10) });
    await h.act(handle, 'thu-ly', 'approve', { actor: ubkt, comment: 'Đủ điều kiện thụ lý' });
    const acceptedOn = await h.today();

    // 30 days from the acceptance, the last one moved to the next working day if it is a day off (BLDS 148(5)).
    const due = calendarDaysFrom(acceptedOn, 30);
    const xacMinh = await h.openStep(handle, 'xac-minh');
    expect(xacMinh).toMatchObject({ role: 'ubkt', dueDate: due, clock: { start: acceptedOn, budget: { amount: 30, unit: 'calendar_days' } } });
    expect(h.recorder.documents()).toEqual([
      expect.objectContaining({ kind: 'tb-thu-ly-khieu-nai', typeCode: 'TB', numberText: '01/TB-CĐVC', issuedOn: acceptedOn, signer: ubkt, details: { acceptedOn, resolutionDays: 30, dueOn: due } }),
    ]);

    // The verification team: the step goes to its head, the members are assigned to the case.
    await expect(h.act(handle, 'xac-minh', 'assign', { actor: chutich, data: { team: [] } })).rejects.toMatchObject({ cause: { type: 'TEAM_REQUIRED' } });
    await h.act(handle, 'xac-minh', 'assign', { actor: chutich, comment: 'Thành lập tổ xác minh', data: { team: [toTruong, toVien] } });
    const assigned = await h.openStep(handle, 'xac-minh');
    expect(assigned).toMatchObject({ taskId: xacMinh.taskId, assigneeUserId: toTruong.userId, dueDate: due });
    expect(h.recorder.transitions.find((t) => t.assignments)).toMatchObject({
      reassignTask: { taskId: xacMinh.taskId, toUser: toTruong, ownerUserId: chutich.userId },
      assignments: [
        { userId: toTruong.userId, role: 'verifier-head' },
        { userId: toVien.userId, role: 'verifier' },
      ],
    });
    const verification = 'Kết quả xác minh: quyết định kỷ luật thiếu biên bản họp kiểm điểm';
    await h.act(handle, 'xac-minh', 'approve', { actor: toTruong, comment: verification, data: { findingsDiffer: true } });

    // The decision: the leader states the finding and what is decided, on the same clock.
    const quyetDinh = await h.openStep(handle, 'quyet-dinh');
    expect(quyetDinh).toMatchObject({ role: 'leader', dueDate: due });
    await expect(h.act(handle, 'quyet-dinh', 'approve', { actor: chutich, comment: 'Hủy quyết định kỷ luật' })).rejects.toMatchObject({
      cause: { type: 'FINDING_REQUIRED' },
    });
    await expect(h.act(handle, 'quyet-dinh', 'approve', { actor: chutich, data: { finding: 'dung' } })).rejects.toMatchObject({ cause: { type: 'REASON_REQUIRED' } });
    const resolution = 'Hủy Quyết định số 12/QĐ-CĐCS; khôi phục quyền lợi của đoàn viên';
    await h.act(handle, 'quyet-dinh', 'approve', { actor: chutich, comment: resolution, data: { finding: 'dung' } });
    const signedOn = await h.today();
    expect(h.recorder.documents('qd-giai-quyet-khieu-nai-lan-dau')).toEqual([
      expect.objectContaining({ typeCode: 'QĐ', numberText: '01/QĐ-CĐVC', issuedOn: signedOn, signer: chutich, details: { finding: 'dung', resolution, verification, acceptedOn } }),
    ]);

    // Sent within 3 working days of its signing (Art. 32).
    const gui = await h.openStep(handle, 'gui-quyet-dinh');
    expect(gui).toMatchObject({ role: 'ubkt', dueDate: workingDaysFrom(signedOn, 3) });
    const answer = await h.act(handle, 'gui-quyet-dinh', 'approve', { actor: ubkt });
    const sentOn = await h.today();
    expect(answer.caseStatus).toBe('RESOLVED');
    await expect(handle.result()).resolves.toEqual({ status: 'RESOLVED', decidedBy: ubkt.fullName, documentNumber: '01/QĐ-CĐVC' });

    // Final after 30 days with no second complaint (Art. 44); a second complaint within 30 days of receiving it (Art. 33).
    expect(h.recorder.events('decision_sent').map((e) => e.data)).toEqual([
      { decisionNumber: '01/QĐ-CĐVC', sentOn, legalEffectFrom: addDays(calendarDaysFrom(signedOn, 30), 1), secondInstanceUntil: calendarDaysFrom(sentOn, 30) },
    ]);
    expect(h.recorder.documents().map((d) => d.kind)).toEqual(['tb-thu-ly-khieu-nai', 'qd-giai-quyet-khieu-nai-lan-dau']);
    expect(h.recorder.events('case_closed').map((e) => e.data)).toEqual([{ status: 'RESOLVED', documentNumber: '01/QĐ-CĐVC' }]);
    expect(h.recorder.notifications().find((n) => n.dedupeKey === `${input.caseId}:closed`)).toMatchObject({
      userId: input.createdBy.userId,
      title: `Hồ sơ ${input.caseCode} đã được giải quyết`,
    });
    expect(h.recorder.openedTasks().map((t) => [t.stepKey, t.role])).toEqual([
      ['thu-ly', 'ubkt'],
      ['xac-minh', 'ubkt'],
      ['quyet-dinh', 'leader'],
      ['gui-quyet-dinh', 'ubkt'],
    ]);
  });

  it('second instance at the upper union: 45 days, the QĐ lần hai, sent within 7 days; no filing-window check', async () => {
    const receivedAt = await h.today();
    const { handle } = await startComplaint(
      {
        instance: 2,
        learnedOn: addDays(receivedAt, -200), // the first decision's date: the 90 days do not apply to a second complaint
        firstCase: { caseId: 'case-first', code: 'KN-2026-0007', decisionNumber: '03/QĐ-CĐVC', decisionIssuedOn: addDays(receivedAt, -20), orgUnitId: 'unit-cdvc' },
      },
      { orgUnitId: 'unit-ldld', parentOrgUnitId: 'unit-tld' },
    );
    expect(await h.openStep(handle, 'thu-ly')).toMatchObject({ orgUnitId: 'unit-ldld', dueDate: workingDaysFrom(receivedAt, 10) });
    await h.act(handle, 'thu-ly', 'approve', { actor: ubkt });
    const acceptedOn = await h.today();
    const due = calendarDaysFrom(acceptedOn, 45);
    expect(await h.openStep(handle, 'xac-minh')).toMatchObject({ dueDate: due });
    expect(h.recorder.documents('tb-thu-ly-khieu-nai')).toEqual([expect.objectContaining({ numberText: '01/TB-LĐLĐ', details: { acceptedOn, resolutionDays: 45, dueOn: due } })]);

    await h.act(handle, 'xac-minh', 'approve', { actor: ubkt, comment: 'Xác minh lại toàn bộ nội dung' });
    await h.act(handle, 'quyet-dinh', 'approve', { actor: chutich, comment: 'Công nhận quyết định giải quyết lần đầu', data: { finding: 'sai' } });
    const signedOn = await h.today();
    expect(h.recorder.documents().map((d) => [d.kind, d.numberText])).toEqual([
      ['tb-thu-ly-khieu-nai', '01/TB-LĐLĐ'],
      ['qd-giai-quyet-khieu-nai-lan-hai', '01/QĐ-LĐLĐ'],
    ]);
    // Art. 41: within 7 days (calendar days, the last one moved off a day off).
    expect(await h.openStep(handle, 'gui-quyet-dinh')).toMatchObject({ dueDate: calendarDaysFrom(signedOn, 7) });
    await h.act(handle, 'gui-quyet-dinh', 'approve', { actor: ubkt });
    const sentOn = await h.today();
    await expect(handle.result()).resolves.toMatchObject({ status: 'RESOLVED', documentNumber: '01/QĐ-LĐLĐ' });
    // No second-instance window after a second decision; it takes effect 30 days after it was issued.
    expect(h.recorder.events('decision_sent').map((e) => e.data)).toEqual([
      { decisionNumber: '01/QĐ-LĐLĐ', sentOn, legalEffectFrom: addDays(calendarDaysFrom(signedOn, 30), 1) },
    ]);
  });

  it('in a remote area: the decision is final after 45 days at either instance, a second complaint within 45 (Art. 33, 44)', async () => {
    const first = await startComplaint({ remoteArea: true });
    const second = await startComplaint({ instance: 2, remoteArea: true }, { orgUnitId: 'unit-ldld', parentOrgUnitId: 'unit-tld' });
    for (const { handle } of [first, second]) {
      await h.act(handle, 'thu-ly', 'approve', { actor: ubkt });
      await h.act(handle, 'xac-minh', 'approve', { actor: ubkt, comment: 'Báo cáo xác minh' });
      await h.act(handle, 'quyet-dinh', 'approve', { actor: chutich, comment: 'Giải quyết', data: { finding: 'dung-mot-phan' } });
      await h.act(handle, 'gui-quyet-dinh', 'approve', { actor: ubkt });
    }
    const on = await h.today();
    // Only now: awaiting a result lets the test server skip time, and would run another open case's clock to its end.
    await Promise.all([first.handle.result(), second.handle.result()]);
    const byCase = (caseId: string) => h.recorder.transitions.filter((t) => t.caseId === caseId).flatMap((t) => t.events ?? []).find((e) => e.kind === 'decision_sent')?.data;
    expect(byCase(first.input.caseId)).toMatchObject({ legalEffectFrom: addDays(calendarDaysFrom(on, 45), 1), secondInstanceUntil: calendarDaysFrom(on, 45) });
    expect(byCase(second.input.caseId)).toMatchObject({ legalEffectFrom: addDays(calendarDaysFrom(on, 45), 1) });
  });

  it('sets the resolution period per case: complex 45, remote 45/60; second instance 45/60, remote 60/70 (Art. 28, 37)', async () => {
    const receivedAt = await h.today();
    const cases: [string, Partial<ComplaintData>, { complex?: boolean }, number][] = [
      ['first instance', {}, {}, 30],
      ['complex at intake', { complex: true }, {}, 45],
      ['complex at acceptance', {}, { complex: true }, 45],
      ['remote area', { remoteArea: true }, {}, 45],
      ['remote area, complex', { remoteArea: true }, { complex: true }, 60],
      ['second instance', { instance: 2 }, {}, 45],
      ['second instance, complex', { instance: 2 }, { complex: true }, 60],
      ['second instance, remote area', { instance: 2, remoteArea: true }, {}, 60],
      ['second instance, remote area, complex', { instance: 2, remoteArea: true, complex: true }, {}, 70],
    ];
    const started = await Promise.all(cases.map(([, data]) => startComplaint(data, { receivedAt })));
    for (const [i, { handle }] of started.entries()) await h.act(handle, 'thu-ly', 'approve', { actor: ubkt, data: cases[i][2] });
    const acceptedOn = await h.today();
    for (const [i, { handle, input }] of started.entries()) {
      const [label, , , days] = cases[i];
      const step = await h.openStep(handle, 'xac-minh');
      const notice = h.recorder.documents('tb-thu-ly-khieu-nai').find((d) => d.caseId === input.caseId);
      expect({ label, days: notice?.details?.resolutionDays, dueOn: notice?.details?.dueOn, stepDue: step.dueDate }).toEqual({
        label,
        days,
        dueOn: calendarDaysFrom(acceptedOn, days),
        stepDue: calendarDaysFrom(acceptedOn, days),
      });
      await h.terminate(handle);
    }
  });

  it('acceptance in 10 calendar days when the deployment reads Art. 27 so; worked examples #1 and #2 (assumed 2027 calendar)', async () => {
    const receivedAt = await h.today();
    const calendarMode = await startComplaint({}, { receivedAt, settings: { complaintAcceptanceUnit: 'calendar_days' } });
    expect((await h.openStep(calendarMode.handle, 'thu-ly')).dueDate).toBe(calendarDaysFrom(receivedAt, 10));

    // §10's assumed 2027 days off are what the code computes for a year with no official notice (lunar Tết, "dự kiến"):
    // 01/01; 05/02 (29 Chạp) and 08–11/02 (mùng 3–4 and the days for the weekend 06–07/02); 16/04; 30/04; 03/05 (for
    // Saturday 01/05); 02–03/09.
    const weekdaysOff: string[] = [];
    for (let day = '2027-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6 && !calendar.isWorkingDay(day)) weekdaysOff.push(day);
    }
    expect(weekdaysOff).toEqual(['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-04-16', '2027-04-30', '2027-05-03', '2027-09-02', '2027-09-03']);

    // #1: received Mon 25/01/2027, calendar mode → Thu 04/02/2027. #2: working-day mode → Mon 15/02/2027 (across Tết).
    const example1 = await startComplaint({}, { receivedAt: '2027-01-25', settings: { complaintAcceptanceUnit: 'calendar_days' } });
    const example2 = await startComplaint({}, { receivedAt: '2027-01-25' });
    expect((await h.openStep(example1.handle, 'thu-ly')).dueDate).toBe('2027-02-04');
    expect((await h.openStep(example2.handle, 'thu-ly')).dueDate).toBe('2027-02-15');
    await Promise.all([calendarMode, example1, example2].map(({ handle }) => h.terminate(handle)));
  });

  it('refuses to accept a first complaint filed after its 90 days, unless the days lost to obstacles cover the gap', async () => {
    const receivedAt = await h.today();
    const learnedOn = addDays(receivedAt, -100);
    const closedOn = calendarDaysFrom(learnedOn, 90);
    const { handle } = await startComplaint({ learnedOn });
    await expect(h.act(handle, 'thu-ly', 'approve', { actor: ubkt })).rejects.toMatchObject({
      cause: { type: 'FILING_WINDOW_CLOSED', message: expect.stringContaining(`the 90-day filing window closed on ${closedOn}, before the letter arrived on ${receivedAt}`) },
    });
    await expect(h.act(handle, 'thu-ly', 'approve', { actor: ubkt, data: { obstacleDays: 5 } })).rejects.toMatchObject({ cause: { type: 'FILING_WINDOW_CLOSED' } });
    // Twelve days in hospital (Art. 9): the window ends 102 days after learning of the decision, after the receipt.
    await h.act(handle, 'thu-ly', 'approve', { actor: ubkt, comment: 'Có giấy ra viện', data: { obstacleDays: 12 } });
    expect(await h.openStep(handle, 'xac-minh')).toMatchObject({ dueDate: calendarDaysFrom(await h.today(), 30) });
    expect(h.recorder.closedTasks()).toEqual([expect.objectContaining({ outcome: 'approve' })]); // the refusals wrote nothing

    // Obstacle days recorded at intake count too.
    const recorded = await startComplaint({ learnedOn, obstacleDays: 15 });
    await h.act(recorded.handle, 'thu-ly', 'approve', { actor: ubkt });
    await h.openStep(recorded.handle, 'xac-minh');
    await Promise.all([h.terminate(handle), h.terminate(recorded.handle)]);
  });

  it('does not accept, on a ground of Art. 11, with a numbered notice → NOT_ACCEPTED', async () => {
    const { handle } = await startComplaint({ learnedOn: addDays(await h.today(), -100) });
    await expect(h.act(handle, 'thu-ly', 'reject', { actor: ubkt, data: { ground: 'het-thoi-hieu' } })).rejects.toMatchObject({ cause: { type: 'REASON_REQUIRED' } });
    await expect(h.act(handle, 'thu-ly', 'reject', { actor: ubkt, comment: 'Quá thời hiệu' })).rejects.toMatchObject({ cause: { type: 'GROUND_REQUIRED' } });
    await expect(h.act(handle, 'thu-ly', 'reject', { actor: ubkt, comment: 'Quá thời hiệu', data: { ground: 'qua-han' } })).rejects.toMatchObject({
      cause: { type: 'GROUND_REQUIRED', message: expect.stringContaining('het-thoi-hieu') },
    });
    await h.act(handle, 'thu-ly', 'reject', { actor: ubkt, comment: 'Quá thời hiệu 90 ngày, không có lý do chính đáng', data: { ground: 'het-thoi-hieu' } });
    await expect(handle.result()).resolves.toMatchObject({ status: 'NOT_ACCEPTED', decidedBy: ubkt.fullName });
    expect(h.recorder.documents()).toEqual([
      expect.objectContaining({
        kind: 'tb-khong-thu-ly-khieu-nai',
        numberText: '01/TB-CĐVC',
        signer: ubkt,
        details: { ground: 'het-thoi-hieu' },
        reasons: 'Quá thời hiệu 90 ngày, không có lý do chính đáng',
      }),
    ]);
  });

  it('ends WITHDRAWN, with no decision, when the complaint is withdrawn before acceptance', async () => {
    const { handle } = await startComplaint();
    await h.act(handle, 'thu-ly', 'withdraw', { actor: ubkt, comment: 'Người khiếu nại có đơn rút khiếu nại' });
    await expect(handle.result()).resolves.toEqual({ status: 'WITHDRAWN', decidedBy: ubkt.fullName, documentNumber: undefined });
    expect(h.recorder.documents()).toEqual([]);
  });

  it('terminates by a QĐ đình chỉ when withdrawn during verification (the leader’s decision) → TERMINATED', async () => {
    const { handle } = await startComplaint();
    await h.act(handle, 'thu-ly', 'approve', { actor: ubkt });
    await h.openStep(handle, 'xac-minh');
    await h.act(handle, 'xac-minh', 'withdraw', { actor: chutich, comment: 'Người khiếu nại rút toàn bộ khiếu nại' });
    const on = await h.today();
    await expect(handle.result()).resolves.toEqual({ status: 'TERMINATED', decidedBy: chutich.fullName, documentNumber: '01/QĐ-CĐVC' });
    expect(h.recorder.documents().map((d) => [d.kind, d.numberText, d.signer.userId, d.issuedOn])).toEqual([
      ['tb-thu-ly-khieu-nai', '01/TB-CĐVC', ubkt.userId, on],
      ['qd-dinh-chi-giai-quyet-khieu-nai', '01/QĐ-CĐVC', chutich.userId, on],
    ]);
  });

  it('returns the case from the decision to more verification on the same clock, then terminates on withdrawal', async () => {
    const { handle } = await startComplaint();
    await h.act(handle, 'thu-ly', 'approve', { actor: ubkt });
    const first = await h.openStep(handle, 'xac-minh');
    await h.act(handle, 'xac-minh', 'approve', { actor: ubkt, comment: 'Báo cáo xác minh' });
    await h.act(handle, 'quyet-dinh', 'return', { actor: chutich, comment: 'Cần đối thoại', data: { missing: ['bien-ban-doi-thoai'] } });
    const again = await h.openStep(handle, 'xac-minh');
    expect(again.taskId).not.toBe(first.taskId);
    expect(again).toMatchObject({ dueDate: first.dueDate, clock: first.clock }); // the same 30 days from the acceptance
    await h.act(handle, 'xac-minh', 'approve', { actor: ubkt, comment: 'Đã đối thoại' });
    expect(await h.openStep(handle, 'quyet-dinh')).toMatchObject({ dueDate: first.dueDate });
    await h.act(handle, 'quyet-dinh', 'withdraw', { actor: chutich, comment: 'Người khiếu nại rút đơn sau đối thoại' });
    await expect(handle.result()).resolves.toMatchObject({ status: 'TERMINATED', documentNumber: '01/QĐ-CĐVC' });
    expect(h.recorder.documents().map((d) => d.kind)).toEqual(['tb-thu-ly-khieu-nai', 'qd-dinh-chi-giai-quyet-khieu-nai']);
  });
});
