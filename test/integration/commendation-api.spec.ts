import { vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { caseClient } from '../support/case-client';
import { eventually, fieldRules } from '../support/http-checks';

interface CaseBody {
  id: string;
  code: string;
  status: string;
  data: Record<string, unknown>;
  documents: { id: string; kind: string; number: string; summary: string }[];
  meetings: { body: string; members: number; present: number; quorumReached: boolean; results: { option: string; for: number; passed: boolean }[]; outcome: Record<string, unknown> | null }[];
  holds?: { nominee: string; reason: string; since: string }[];
}

const today = vietnamDate(new Date());

/** The Hội đồng TĐKT of the CĐVC: 7 members. */
const council = (over: Record<string, unknown> = {}) => ({
  body: 'HD-TDKT',
  heldOn: today,
  members: 7,
  present: 6,
  ballot: 'secret',
  votes: [
    { option: 'Nguyễn Thị Hạnh', for: 6 },
    { option: 'Tổ Toán, Trường THPT Hùng Vương', for: 5, against: 1 },
  ],
  ...over,
});

describe('commendations over HTTP: the dossier, the council’s ballot, the decision, and the hold while a nominee is under discipline review (PostgreSQL, Temporal, worker)', () => {
  let stack: TestStack;
  const { userId, unit, signIn, open, act, inbox, openTask, caseOf, upload } = caseClient<CaseBody>();

  const statusOf = (who: string, id: string, status: string) =>
    eventually(async () => {
      const c = (await caseOf(who, id)).body;
      return c.status === status ? c : undefined;
    }, `${status}`);
  const commendation = (nominees: Record<string, unknown>[], over: Record<string, unknown> = {}) => ({
    procedureCode: 'khen-thuong',
    orgUnitId: unit['CĐVC'],
    title: 'Đề nghị tặng Giấy khen năm học 2025–2026',
    data: {
      nominees,
      awardType: 'giay-khen',
      achievements: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025–2026; tích cực tham gia các phong trào thi đua của công đoàn.',
      proposingUnit: 'Công đoàn cơ sở Trường THPT Hùng Vương',
      period: '2025–2026',
      ...over,
    },
  });

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await signIn(stack, ['canbo', 'chutich', 'vanthu', 'ubkt', 'cdcs']);
  }, 120_000);
  afterAll(() => stack?.stop());

  it('names every missing or malformed field, and an account that is no user (400)', async () => {
    const bare = await open('canbo', { procedureCode: 'khen-thuong', orgUnitId: unit['CĐVC'], title: 'Khen thưởng', data: {} });
    expect([bare.status, fieldRules(bare.body)]).toEqual([400, ['data.nominees:required', 'data.awardType:required', 'data.achievements:required']]);
    const wrong = await open('canbo', commendation([{ position: 'Giáo viên' }], { awardType: 'huan-chuong' }));
    expect([wrong.status, fieldRules(wrong.body)]).toEqual([400, ['data.nominees.0.fullName:required', 'data.awardType:isIn']]);
    const ghost = await open('canbo', commendation([{ fullName: 'Nguyễn Thị Hạnh', userId: '00000000-0000-4000-8000-000000000001' }]));
    expect([ghost.status, fieldRules(ghost.body)]).toEqual([400, ['data.nominees.0.userId:knownUser']]);
  });

  it('goes to AWARDED through the council’s secret ballot, its signed minutes on file, and the leader’s decision', async () => {
    const created = await open('canbo', commendation([{ fullName: 'Nguyễn Thị Hạnh', position: 'Giáo viên' }, { unitName: 'Tổ Toán, Trường THPT Hùng Vương' }]));
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.code).toMatch(/^KT-\d{4}-\d{4}$/);

    expect((await act('canbo', (await openTask('canbo', id, 'kiem-tra-ho-so')).id, { action: 'approve' })).status).toBe(200);
    expect((await act('canbo', (await openTask('canbo', id, 'tham-dinh')).id, { action: 'approve', comment: 'Đủ điều kiện, trình Hội đồng' })).status).toBe(200);

    const vote = await openTask('canbo', id, 'hoi-dong-tdkt');
    const noQuorum = await act('canbo', vote.id, { action: 'vote', data: { meeting: council({ present: 4, votes: [{ option: 'Nguyễn Thị Hạnh', for: 4 }] }) } });
    expect([noQuorum.status, noQuorum.body.error]).toEqual([422, 'MEETING_INVALID']);
    expect(noQuorum.body.message).toContain('có mặt 4/7, cần ít nhất 5');
    const over = await act('canbo', vote.id, { action: 'vote', data: { meeting: council({ votes: [{ option: 'Nguyễn Thị Hạnh', for: 5, against: 2 }] }) } });
    expect([over.status, over.body.error]).toEqual([422, 'MEETING_INVALID']);
    expect(over.body.details).toEqual([expect.objectContaining({ field: 'data.meeting.votes.0.for', rule: 'VOTES_EXCEED_PRESENT' })]);
    expect(over.body.message).toContain('= 7 phiếu, nhiều hơn 6 thành viên có mặt');
    const noMinutes = await act('canbo', vote.id, { action: 'vote', data: { meeting: council() } });
    expect([noMinutes.status, noMinutes.body.error]).toEqual([422, 'DOSSIER_FILE_MISSING']);
    expect(noMinutes.body.message).toContain('Biên bản họp Hội đồng Thi đua - Khen thưởng');
    await upload('canbo', id, 'bien-ban-hoi-dong');
    expect((await act('canbo', vote.id, { action: 'vote', data: { meeting: council() } })).status).toBe(200);

    expect((await act('chutich', (await openTask('chutich', id, 'ky-quyet-dinh')).id, { action: 'approve' })).status).toBe(200);
    expect((await act('vanthu', (await openTask('vanthu', id, 'ban-hanh-quyet-dinh')).id, { action: 'issue' })).status).toBe(200);
    expect((await act('vanthu', (await openTask('vanthu', id, 'gui-quyet-dinh')).id, { action: 'approve' })).status).toBe(200);

    const awarded = await statusOf('canbo', id, 'AWARDED');
    expect(awarded.documents.find((d) => d.kind === 'qd-khen-thuong')?.number).toMatch(/^\d{2}\/QĐ-CĐVC$/);
    expect(awarded.meetings).toHaveLength(1);
    expect(awarded.meetings[0]).toMatchObject({ body: 'HD-TDKT', members: 7, present: 6, quorumReached: true });
    expect(awarded.meetings[0].results.map((r) => `${r.option}:${r.passed}`)).toEqual(['Nguyễn Thị Hạnh:true', 'Tổ Toán, Trường THPT Hùng Vương:true']);
    expect(awarded.meetings[0].outcome).toMatchObject({ awarded: ['Nguyễn Thị Hạnh', 'Tổ Toán, Trường THPT Hùng Vương'] });
    expect(awarded.holds).toEqual([]);
  });

  it('holds a commendation while a nominee’s discipline case is open (ON_HOLD, the reason shown), and goes on once it closes', async () => {
    // The UBKT examines the CĐCS chair's conduct …
    const discipline = await open('ubkt', {
      procedureCode: 'ky-luat',
      orgUnitId: unit['CĐVC'],
      title: 'Xem xét kỷ luật Chủ tịch CĐCS Trường THPT Hùng Vương',
      data: {
        subject: { fullName: 'Đặng Quốc Bảo', kind: 'can-bo', userId: userId.cdcs, unitId: unit['CĐCS'], position: 'Chủ tịch CĐCS Trường THPT Hùng Vương' },
        violation: 'Chậm nộp báo cáo tài chính công đoàn hai quý liên tiếp.',
        proposedForm: 'khien-trach',
      },
    });
    expect(discipline.status).toBe(201);
    const disciplineId = discipline.body.id;

    // … while his school proposes him for a Giấy khen.
    const created = await open('canbo', commendation([{ fullName: 'Đặng Quốc Bảo', userId: userId.cdcs, position: 'Chủ tịch CĐCS' }]));
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await act('canbo', (await openTask('canbo', id, 'kiem-tra-ho-so')).id, { action: 'approve' })).status).toBe(200);

    const held = await statusOf('canbo', id, 'ON_HOLD');
    expect(held.holds).toEqual([expect.objectContaining({ nominee: 'Đặng Quốc Bảo' })]);
    expect(held.holds![0].reason).toContain('Đặng Quốc Bảo đang trong thời gian xem xét kỷ luật');
    expect(JSON.stringify(held.holds)).not.toContain(discipline.body.code); // never the other case's code
    expect((await inbox('canbo')).some((t) => t.caseId === id && t.stepKey === 'tham-dinh')).toBe(false);

    // The discipline case runs to its end: the UBKT advises, the BTV votes (6 of 9 for khiển trách), the văn thư issues.
    const advice = await openTask('ubkt', disciplineId, 'tham-muu-ubkt');
    await upload('ubkt', disciplineId, 'bien-ban-kiem-diem');
    await upload('ubkt', disciplineId, 'to-trinh');
    expect((await act('ubkt', advice.id, { action: 'approve' })).status).toBe(200);
    const ballot = await openTask('chutich', disciplineId, 'bieu-quyet');
    await upload('chutich', disciplineId, 'bien-ban-bo-phieu');
    const meeting = { body: 'BTV', heldOn: today, members: 9, present: 8, ballot: 'secret', votes: [{ option: 'khien-trach', for: 6 }] };
    expect((await act('chutich', ballot.id, { action: 'vote', data: { meeting } })).status).toBe(200);
    expect((await act('vanthu', (await openTask('vanthu', disciplineId, 'ban-hanh-quyet-dinh')).id, { action: 'issue' })).status).toBe(200);
    await statusOf('ubkt', disciplineId, 'DISCIPLINED');

    // The commendation goes on: the appraisal is in the officer's inbox, and nothing holds it any more.
    await openTask('canbo', id, 'tham-dinh');
    const released = await statusOf('canbo', id, 'open');
    expect(released.holds).toEqual([]);
  });
});
