import { caseStateQuery } from '@congdoan/contracts';
import { clockDueDate, newClock } from '@congdoan/domain';
import { calendar, canbo, cdcsChair, chutich, useCaseHarness, vanthu, workingDaysFrom } from './case-harness';

const CDCS = 'unit-cdcs-le-loi';

/** A CĐCS's new committee: 9 in the BCH (so a BTV of 3), a UBKT of 3 led by its chủ nhiệm. */
const members = [
  { fullName: 'Trần Văn Bình', position: 'chu-tich', userId: cdcsChair.userId },
  { fullName: 'Lê Thị Cúc', position: 'pho-chu-tich' },
  { fullName: 'Phạm Văn Dũng', position: 'uy-vien-btv' },
  ...['Ngô Thị Én', 'Đỗ Văn Giang', 'Vũ Thị Hà', 'Bùi Văn Khoa', 'Mai Thị Lan', 'Tạ Văn Minh'].map((fullName) => ({ fullName, position: 'uy-vien-bch' })),
  { fullName: 'Hồ Thị Ngọc', position: 'chu-nhiem-ubkt' },
  { fullName: 'Lý Văn Oanh', position: 'uy-vien-ubkt' },
];

function recognition(firstMeetingDate: string, extra: Record<string, unknown> = {}) {
  return {
    procedureCode: 'cong-nhan-bch',
    data: { cdcsId: CDCS, unitName: 'Công đoàn cơ sở Trường THPT Lê Lợi', memberCount: 120, congressDate: firstMeetingDate, firstMeetingDate, term: '2025–2030', members, ...extra },
  };
}

describe('congNhanBch and boSungUyVien workflows: a lower union’s committee at the upper union (time-skipping)', () => {
  const h = useCaseHarness();

  it('recognises the committee: the elected chair acts at once, the decision puts everyone on the roster from its date', async () => {
    const today = await h.today();
    const { handle, input } = await h.start(recognition(today));
    const check = await h.openStep(handle, 'kiem-tra-ho-so');
    expect(check.role).toBe('officer');

    // The interim rule: the chair, vice-chair and UBKT chair act from the announced result, before any decision.
    expect(h.recorder.rosterChanges[0]).toMatchObject({ change: 'interim', orgUnitId: CDCS, validFrom: today, replacesCommittee: true });
    expect(h.recorder.rosterChanges[0].members.map((m) => m.position).sort()).toEqual(['chu-nhiem-ubkt', 'chu-tich', 'pho-chu-tich']);

    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    const decide = await h.openStep(handle, 'xet-duyet');
    expect(decide.dueDate).toBe(clockDueDate(calendar, newClock(input.receivedAt, 10, 'working_days')));
    await h.act(handle, 'xet-duyet', 'approve', { actor: chutich });
    await h.act(handle, 'ban-hanh-quyet-dinh', 'issue', { actor: vanthu });
    await expect(handle.result()).resolves.toEqual({ status: 'RECOGNISED', decidedBy: vanthu.fullName, documentNumber: '01/QĐ-CĐVC' });

    expect(h.recorder.decisions.map((d) => [d.kind, d.signer.fullName])).toEqual([
      ['tb-tiep-nhan-ho-so', canbo.fullName],
      ['qd-cong-nhan-bch', chutich.fullName],
    ]);
    const recognised = h.recorder.rosterChanges[1];
    expect(recognised).toMatchObject({ change: 'recognise', orgUnitId: CDCS, validFrom: today, replacesCommittee: true, decisionNumber: '01/QĐ-CĐVC' });
    const onBody = (body: string) => recognised.members.filter((m) => m.bodies.includes(body)).map((m) => m.fullName);
    expect(onBody('BCH')).toHaveLength(9);
    expect(onBody('BTV')).toEqual(['Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Văn Dũng']);
    expect(onBody('UBKT')).toEqual(['Hồ Thị Ngọc', 'Lý Văn Oanh']);
    expect(h.recorder.events('submission_late')).toEqual([]);
  });

  it('flags a dossier submitted more than 10 working days after the first BCH meeting, and still takes it', async () => {
    const today = await h.today();
    const firstMeeting = workingDaysFrom(today, -14);
    const { handle } = await h.start(recognition(firstMeeting));
    await h.openStep(handle, 'kiem-tra-ho-so');
    expect(h.recorder.events('submission_late')).toEqual([
      expect.objectContaining({ data: { firstMeetingDate: firstMeeting, dueDate: workingDaysFrom(firstMeeting, 10), receivedAt: today } }),
    ]);
    await h.terminate(handle);
  });

  it('sends a return to the lower union’s chair, restarts the periods on resubmission, and a refusal ends the interim chair', async () => {
    const { handle } = await h.start(recognition(await h.today()));
    await h.act(handle, 'kiem-tra-ho-so', 'return', { data: { missing: ['bien-ban-hoi-nghi-bch'] } });
    const supplement = await h.openStep(handle, 'bo-sung-ho-so');
    expect([supplement.role, supplement.orgUnitId]).toEqual(['cdcs-chair', CDCS]);
    await h.sleep('2 days');
    await h.act(handle, 'bo-sung-ho-so', 'resubmit', { actor: cdcsChair });
    const resubmittedOn = await h.today();
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    const decide = await h.openStep(handle, 'xet-duyet');
    expect(decide.clock.start).toBe(resubmittedOn);
    await h.act(handle, 'xet-duyet', 'reject', { actor: chutich, comment: 'Số lượng BCH vượt quy định' });
    await expect(handle.result()).resolves.toMatchObject({ status: 'REJECTED' });
    expect(h.recorder.rosterChanges.map((r) => r.change)).toEqual(['interim', 'revoke']);
    expect(h.recorder.decisions.map((d) => d.kind)).toEqual(['tb-bo-sung-ho-so', 'tb-tiep-nhan-ho-so', 'tb-tu-choi-ho-so']);
  });

  it('escalates a dossier check left overdue to the unit’s leaders, then to the upper union', async () => {
    const { handle } = await h.start(recognition(await h.today()));
    const check = await h.openStep(handle, 'kiem-tra-ho-so');
    await h.advanceToDate(workingDaysFrom(check.dueDate as string, 4));
    const escalations = h.recorder.openedTasks().filter((t) => t.kind === 'escalation');
    expect(escalations.map((t) => [t.role, t.orgUnitId, t.escalationLevel])).toEqual([
      ['leader', 'unit-cdvc', 1],
      ['leader', 'unit-ldld', 2],
    ]);
    expect((await handle.query(caseStateQuery)).openStep?.stepKey).toBe('kiem-tra-ho-so'); // still open: only a human closes it
    await h.terminate(handle);
  });

  it('adds members during the term: beyond the share, the upper union’s leader consents first; nobody’s term ends', async () => {
    const added = [{ fullName: 'Kiều Văn Phúc', position: 'uy-vien-bch' }];
    const data = { cdcsId: CDCS, unitName: 'Công đoàn cơ sở Trường THPT Lê Lợi', body: 'BCH', electedOn: await h.today(), origin: 'elected', members: added, consentNeeded: true };
    const { handle } = await h.start({ procedureCode: 'bo-sung-uy-vien', data });
    const consent = await h.openStep(handle, 'chap-thuan-vuot-ty-le');
    expect(consent.role).toBe('leader');
    await h.act(handle, 'chap-thuan-vuot-ty-le', 'approve', { actor: chutich });
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    await h.act(handle, 'xet-duyet', 'approve', { actor: chutich });
    await h.act(handle, 'ban-hanh-quyet-dinh', 'issue', { actor: vanthu });
    await expect(handle.result()).resolves.toMatchObject({ status: 'RECOGNISED', documentNumber: '01/QĐ-CĐVC' });
    expect(h.recorder.decisions.at(-1)).toMatchObject({ kind: 'qd-bo-sung-uy-vien', signer: chutich });
    expect(h.recorder.rosterChanges).toEqual([
      expect.objectContaining({ change: 'recognise', replacesCommittee: false, members: [{ fullName: 'Kiều Văn Phúc', position: 'uy-vien-bch', bodies: ['BCH'] }] }),
    ]);
  });

  it('ends an addition the upper union does not consent to, with its notice', async () => {
    const data = { cdcsId: CDCS, body: 'BCH', electedOn: await h.today(), origin: 'elected', members: [{ fullName: 'Kiều Văn Phúc', position: 'uy-vien-bch' }], consentNeeded: true };
    const { handle } = await h.start({ procedureCode: 'bo-sung-uy-vien', data });
    await h.act(handle, 'chap-thuan-vuot-ty-le', 'reject', { actor: chutich, comment: 'Vượt tỷ lệ 2/3, không có lý do đặc biệt' });
    await expect(handle.result()).resolves.toMatchObject({ status: 'REJECTED' });
    expect(h.recorder.decisions.map((d) => d.kind)).toEqual(['tb-tu-choi-ho-so']);
    expect(h.recorder.rosterChanges).toEqual([]);
  });
});
