import type { CaseStart } from '@congdoan/contracts';
import { type DenunciationData, addDays } from '@congdoan/domain';
import { calendar, chutich, itUntil, toTruong, ubkt, useCaseHarness, waitUntil, workingDaysFrom } from './case-harness';

function denunciation(): CaseStart['data'] {
  const data: DenunciationData = {
    anonymous: false,
    form: 'written',
    channel: 'buu-dien',
    accused: { fullName: 'Trần Văn Nam', position: 'Chủ tịch CĐCS Trường THPT Pleiku' },
    content: 'Sử dụng quỹ công đoàn sai mục đích',
    places: 1,
    identityProtected: true,
  };
  return data as unknown as CaseStart['data'];
}

// Its own file, so its own test server: these tests move server time by weeks. The fixed-date test runs first (time
// only moves forward); the other counts from whatever day the server has reached.
describe('toCao workflow: the resolution clock across Tết, and escalation (time-skipping test server)', () => {
  const h = useCaseHarness();
  const startDenunciation = (receivedAt: string) => h.start({ procedureCode: 'to-cao', receivedAt, data: denunciation() });

  // The test server starts at the real time: this sequence can only be acted out before its first day.
  // The 2027 calendar is the computed provisional one, which matches the assumed days of domain §10.
  itUntil('2027-01-06')('suspends over the new year, resumes, extends, and concludes across Tết 2027', async () => {
    await h.advanceToDate('2027-01-06');
    const { handle } = await startDenunciation('2027-01-04');
    await h.act(handle, 'xu-ly-ban-dau', 'approve', { actor: ubkt });
    await h.act(handle, 'thu-ly', 'approve', { actor: chutich });

    // Accepted Wed 06/01: the 30th day is Fri 05/02, 29 Chạp, a Tết holiday; the next working day is Fri 12/02.
    expect(calendar.isWorkingDay('2027-02-05')).toBe(false);
    expect(h.recorder.documents('qd-thu-ly-to-cao')[0]).toMatchObject({ issuedOn: '2027-01-06', details: { dueOn: '2027-02-12' } });
    expect(await h.openStep(handle, 'xac-minh')).toMatchObject({ dueDate: '2027-02-12' });

    // Suspended Wed 20/01, resumed Mon 01/02: 12 days not counted (20/01 to 31/01).
    await h.advanceToDate('2027-01-20');
    await h.act(handle, 'xac-minh', 'suspend', { actor: chutich, comment: 'Chờ kết quả xử lý của cơ quan khác', data: { ground: 'doi-ket-qua-co-quan-khac' } });
    const paused = await h.openStep(handle, 'xac-minh');
    expect(paused.dueDate).toBeUndefined();
    expect(paused.deadlineState).toBe('paused');
    await h.advanceToDate('2027-02-01');
    expect(h.recorder.events('reminder')).toEqual([]); // a suspended clock reminds no one
    expect(h.recorder.events('escalated')).toEqual([]);
    await h.act(handle, 'xac-minh', 'resume', { actor: chutich, comment: 'Đã có kết quả' });

    // The 30 counted days now end 12 days later than their raw end: 05/02 + 12 = Wed 17/02, a working day. Not the
    // old due date + 12 (12/02 + 12 = 24/02): the old date had been moved off Tết only because the period ended there.
    expect(h.recorder.documents('qd-tiep-tuc-giai-quyet-to-cao')).toEqual([
      expect.objectContaining({ issuedOn: '2027-02-01', details: { ordinal: 1, dueOn: '2027-02-17' } }),
    ]);
    expect(await h.openStep(handle, 'xac-minh')).toMatchObject({ dueDate: '2027-02-17', clock: { pauses: [expect.objectContaining({ from: '2027-01-20', to: '2027-02-01' })] } });

    // Extended by 30 days the same day (one complexity criterion): 17/02 + 30 = Fri 19/03/2027.
    await h.act(handle, 'xac-minh', 'extend', { actor: chutich, comment: 'Chứng cứ mâu thuẫn', data: { amount: 30, criteria: ['chung-cu-mau-thuan'] } });
    expect(h.recorder.documents('qd-gia-han-giai-quyet-to-cao')).toEqual([
      expect.objectContaining({ issuedOn: '2027-02-01', details: { ordinal: 1, amount: 30, criteria: ['chung-cu-mau-thuan'], dueOn: '2027-03-19' } }),
    ]);
    await h.act(handle, 'xac-minh', 'approve', { actor: toTruong, comment: 'Báo cáo kết quả xác minh' });
    expect(await h.openStep(handle, 'ket-luan')).toMatchObject({ dueDate: '2027-03-19' }); // the clock carries into the conclusion

    // Concluded Thu 04/02, the day before Tết: 5 working days skip 05/02 and 08–11/02 → Thu 18/02; 7 → Mon 22/02.
    await h.advanceToDate('2027-02-04');
    await h.act(handle, 'ket-luan', 'approve', { actor: chutich, comment: 'Tố cáo đúng', data: { finding: 'dung' } });
    expect(h.recorder.documents('kl-noi-dung-to-cao')).toEqual([expect.objectContaining({ issuedOn: '2027-02-04', numberText: '01/KL-CĐVC' })]);
    expect(await h.openStep(handle, 'gui-ket-luan')).toMatchObject({ dueDate: '2027-02-18' });
    await h.act(handle, 'gui-ket-luan', 'approve', { actor: ubkt });
    expect(await h.openStep(handle, 'xu-ly-sau-ket-luan')).toMatchObject({ dueDate: '2027-02-22' });
    await h.act(handle, 'xu-ly-sau-ket-luan', 'approve', { actor: chutich });
    expect(await h.openStep(handle, 'cong-khai')).toMatchObject({ dueDate: '2027-02-22' });
    await h.act(handle, 'cong-khai', 'approve', { actor: ubkt, data: { method: 'Niêm yết tại trụ sở' } });
    await expect(handle.result()).resolves.toMatchObject({ status: 'RESOLVED', documentNumber: '01/KL-CĐVC' });
    expect(h.recorder.documents().map((d) => [d.kind, d.issuedOn])).toEqual([
      ['qd-thu-ly-to-cao', '2027-01-06'],
      ['tb-thu-ly-to-cao', '2027-01-06'],
      ['tb-noi-dung-to-cao', '2027-01-06'],
      ['qd-tam-dinh-chi-giai-quyet-to-cao', '2027-01-20'],
      ['qd-tiep-tuc-giai-quyet-to-cao', '2027-02-01'],
      ['qd-gia-han-giai-quyet-to-cao', '2027-02-01'],
      ['kl-noi-dung-to-cao', '2027-02-04'],
      ['tb-ket-qua-giai-quyet-to-cao', '2027-02-04'],
      ['tb-cong-khai-ket-luan-to-cao', '2027-02-04'],
    ]);
  });

  it('escalates a denunciation entered late: its initial processing at once, then the leader’s acceptance to the upper union', async () => {
    const receivedAt = addDays(await h.today(), -60);
    const { handle } = await startDenunciation(receivedAt);
    await waitUntil(() => h.recorder.events('escalated').length === 2);
    expect(h.recorder.events('reminder')).toHaveLength(0);
    const due = workingDaysFrom(receivedAt, 7);
    expect(h.recorder.events('escalated').map((e) => [e.stepKey, e.data])).toEqual([
      ['xu-ly-ban-dau', { level: 1, toUnitId: 'unit-cdvc', toRole: 'leader', dueDate: due }],
      ['xu-ly-ban-dau', { level: 2, toUnitId: 'unit-ldld', toRole: 'leader', dueDate: due }],
    ]);

    // The leader's acceptance shares the 7 working days, so it is late from the start: the unit's own leaders are the
    // ones late, so it goes to the upper union's leaders only.
    await h.act(handle, 'xu-ly-ban-dau', 'approve', { actor: ubkt });
    expect(await h.openStep(handle, 'thu-ly')).toMatchObject({ dueDate: due, deadlineState: 'overdue' });
    await waitUntil(() => h.recorder.events('escalated').length === 3);
    expect(h.recorder.events('escalated')[2]).toMatchObject({ stepKey: 'thu-ly', data: { level: 2, toUnitId: 'unit-ldld', toRole: 'leader' } });
    await h.terminate(handle);
  });
});
