import { addDays, vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { caseClient } from '../support/case-client';
import { eventually, fieldRules } from '../support/http-checks';

interface CaseBody {
  id: string;
  code: string;
  status: string;
  data: Record<string, unknown>;
  documents: { id: string; kind: string; number: string; issuedAt: string; signer: string; summary: string }[];
  timeline: { kind: string; data: Record<string, unknown> | null }[];
  meetings: { body: string; members: number; present: number; quorumReached: boolean; results: { option: string; for: number }[]; outcome: Record<string, unknown> | null }[];
  links?: { relation: string; caseId: string; code: string; visible: boolean }[];
}

const today = vietnamDate(new Date());

/** The BTV's secret ballot of the Done-when: 9 members, all present; 4 khai trừ, 3 cảnh cáo, 2 khiển trách. */
const ballot = (over: Record<string, unknown> = {}) => ({
  body: 'BTV',
  heldOn: today,
  members: 9,
  present: 9,
  ballot: 'secret',
  votes: [
    { option: 'khai-tru', for: 4 },
    { option: 'canh-cao', for: 3 },
    { option: 'khien-trach', for: 2 },
  ],
  ...over,
});

describe('discipline over HTTP: authority, forms, the cumulative secret ballot, deferral, and a complaint about the decision (PostgreSQL, Temporal, worker)', () => {
  let stack: TestStack;
  const { userId, unit, signIn, get, open, act, inbox, openTask, caseOf, upload } = caseClient<CaseBody>();
  let caseId: string;
  let deferredId: string;
  let complaintId: string;

  const discipline = (subject: Record<string, unknown>, over: Record<string, unknown> = {}) => ({
    procedureCode: 'ky-luat',
    orgUnitId: unit['CĐVC'],
    title: 'Xem xét kỷ luật',
    data: { subject, violation: 'Nhiều lần không thực hiện nhiệm vụ được Ban Thường vụ phân công; báo cáo sai sự thật.', proposedForm: 'khai-tru', ...over },
  });

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await signIn(stack, ['ubkt', 'ubkt2', 'chutich', 'phochutich', 'vanthu', 'canbo']);
  }, 120_000);
  afterAll(() => stack?.stop());

  it('offers the web form its choices: the forms each kind of subject can receive, and the deferral grounds', async () => {
    const catalog = (await get<{ code: string; grounds: Record<string, { code: string }[]>; choices: Record<string, { code: string; forms?: { code: string }[] }[]> }[]>('ubkt', '/api/procedures')).body;
    const kyLuat = catalog.find((p) => p.code === 'ky-luat')!;
    expect(kyLuat.choices.subjectKinds.map((k) => `${k.code}:${k.forms!.map((f) => f.code).join(',')}`)).toEqual([
      'doan-vien:khien-trach,canh-cao,khai-tru',
      'can-bo:khien-trach,canh-cao,cach-chuc,khai-tru',
      'tap-the:khien-trach,canh-cao,giai-tan',
    ]);
    expect(kyLuat.grounds.deferral.map((g) => g.code)).toContain('nghi-thai-san');
    expect(catalog.find((p) => p.code === 'khen-thuong')!.choices.awardTypes.map((a) => a.code)).toContain('giay-khen');
    expect(catalog.find((p) => p.code === 'cong-nhan-bch')!.choices.positions.map((a) => a.code)).toContain('chu-nhiem-ubkt');
  });

  it('names every missing or malformed field (400)', async () => {
    const bare = await open('ubkt', { procedureCode: 'ky-luat', orgUnitId: unit['CĐVC'], title: 'Kỷ luật', data: {} });
    expect([bare.status, fieldRules(bare.body)]).toEqual([400, ['data.subject:required', 'data.violation:required', 'data.proposedForm:required']]);
    const wrong = await open('ubkt', discipline({ fullName: 'Trần Thị Mai', kind: 'thanh-vien' }, { proposedForm: 'phe-binh' }));
    expect([wrong.status, fieldRules(wrong.body)]).toEqual([400, ['data.subject.kind:isIn', 'data.proposedForm:isIn']]);
  });

  it('refuses a subject the union has no power over, and a form the subject cannot receive (422)', async () => {
    const member = await open('ubkt', discipline({ fullName: 'Ngô Văn Bình', kind: 'doan-vien', unitId: unit['CĐCS'] }, { proposedForm: 'khien-trach' }));
    expect([member.status, member.body.error]).toEqual([422, 'NO_DISCIPLINE_AUTHORITY']);
    expect(member.body.message).toContain('không có thẩm quyền kỷ luật đoàn viên công đoàn của công đoàn cấp dưới trực tiếp');
    const above = await open('ubkt', discipline({ fullName: 'Đỗ Thị Thu', kind: 'can-bo', unitId: unit['LĐLĐ'] }));
    expect([above.status, above.body.error]).toEqual([422, 'SUBJECT_NOT_UNDER_UNIT']);
    const form = await open('ubkt', discipline({ fullName: 'Trần Thị Mai', kind: 'can-bo' }, { proposedForm: 'giai-tan' }));
    expect([form.status, form.body.error]).toEqual([422, 'FORM_NOT_ALLOWED_FOR_SUBJECT']);
    expect(form.body.message).toContain('Hình thức Giải tán không áp dụng cho Cán bộ công đoàn; chỉ áp dụng: Khiển trách, Cảnh cáo, Cách chức, Khai trừ');
    expect((await open('canbo', discipline({ fullName: 'Trần Thị Mai', kind: 'can-bo' }))).status).toBe(403); // the UBKT receives it
  });

  it('hides the case from the person disciplined, and needs the kiểm điểm record before the UBKT advises', async () => {
    const created = await open(
      'ubkt',
      discipline({ fullName: 'Trần Thị Mai', kind: 'can-bo', userId: userId.phochutich, position: 'Phó Chủ tịch Công đoàn Viên chức tỉnh' }, { managingBody: 'Sở Nội vụ tỉnh Gia Lai' }),
    );
    expect(created.status).toBe(201);
    caseId = created.body.id;
    expect(created.body.code).toMatch(/^KL-\d{4}-\d{4}$/);
    expect(created.body.data.subject).toMatchObject({ unitId: unit['CĐVC'], unitName: 'Công đoàn Viên chức tỉnh Gia Lai' });
    expect((await caseOf('phochutich', caseId)).status).toBe(404); // the subject, a leader of the unit, never sees it
    expect((await caseOf('canbo', caseId)).status).toBe(404); // discipline is the UBKT's and the leaders'
    expect((await caseOf('chutich', caseId)).status).toBe(200);

    const advice = await openTask('ubkt', caseId, 'tham-muu-ubkt');
    const noFiles = await act('ubkt', advice.id, { action: 'approve' });
    expect([noFiles.status, noFiles.body.error]).toEqual([422, 'DOSSIER_FILE_MISSING']);
    expect(noFiles.body.message).toContain('Biên bản hội nghị kiểm điểm');
    expect(noFiles.body.message).toContain('Tờ trình đề nghị kỷ luật');
    await upload('ubkt', caseId, 'bien-ban-kiem-diem');
    await upload('ubkt', caseId, 'to-trinh');
    expect((await act('ubkt', advice.id, { action: 'approve', comment: 'Đề nghị Ban Thường vụ xem xét' })).status).toBe(200);
  });

  it('records the BTV’s secret ballot: 4 khai trừ, 3 cảnh cáo, 2 khiển trách of 9 counts down to cảnh cáo', async () => {
    const vote = await openTask('chutich', caseId, 'bieu-quyet');
    expect((await inbox('phochutich')).some((t) => t.caseId === caseId)).toBe(false);
    expect((await act('phochutich', vote.id, { action: 'vote', data: { meeting: ballot() } })).status).toBe(404);

    const noMeeting = await act('chutich', vote.id, { action: 'vote' });
    expect([noMeeting.status, fieldRules(noMeeting.body)]).toEqual([400, ['data.meeting:required']]);
    const malformed = await act('chutich', vote.id, { action: 'vote', data: { meeting: ballot({ heldOn: addDays(today, 1), ballot: 'kín' }) } });
    expect([malformed.status, fieldRules(malformed.body)]).toEqual([400, ['data.meeting.heldOn:notInFuture', 'data.meeting.ballot:isIn']]);
    const noQuorum = await act('chutich', vote.id, { action: 'vote', data: { meeting: ballot({ present: 5, votes: [{ option: 'canh-cao', for: 5 }] }) } });
    expect([noQuorum.status, noQuorum.body.error]).toEqual([422, 'MEETING_INVALID']);
    expect(noQuorum.body.details).toEqual([expect.objectContaining({ field: 'data.meeting.present', rule: 'QUORUM_NOT_MET' })]);
    expect(noQuorum.body.message).toContain('có mặt 5/9, cần ít nhất 6');
    const hands = await act('chutich', vote.id, { action: 'vote', data: { meeting: ballot({ ballot: 'show-of-hands' }) } });
    expect([hands.status, hands.body.error, hands.body.details?.[0].rule]).toEqual([422, 'MEETING_INVALID', 'SECRET_BALLOT_REQUIRED']);
    const noMinutes = await act('chutich', vote.id, { action: 'vote', data: { meeting: ballot() } });
    expect([noMinutes.status, noMinutes.body.error]).toEqual([422, 'DOSSIER_FILE_MISSING']);
    expect(noMinutes.body.message).toContain('Biên bản họp và kiểm phiếu kín của Ban Thường vụ');

    await upload('chutich', caseId, 'bien-ban-bo-phieu');
    expect((await act('chutich', vote.id, { action: 'vote', comment: 'Hội nghị Ban Thường vụ bỏ phiếu kín', data: { meeting: ballot() } })).status).toBe(200);

    const issue = await openTask('vanthu', caseId, 'ban-hanh-quyet-dinh');
    expect((await act('vanthu', issue.id, { action: 'issue' })).status).toBe(200);
    const notice = await openTask('vanthu', caseId, 'thong-bao-co-quan-quan-ly');
    expect((await act('vanthu', notice.id, { action: 'issue' })).status).toBe(200);

    const done = await eventually(async () => {
      const c = (await caseOf('ubkt', caseId)).body;
      return c.status === 'DISCIPLINED' ? c : undefined;
    }, 'the discipline decided');
    const resolved = done.timeline.find((e) => e.kind === 'ballot_resolved')!;
    expect(resolved.data).toMatchObject({ outcome: 'form', form: 'canh-cao', cumulative: true });
    const decision = done.documents.find((d) => d.kind === 'qd-ky-luat')!;
    expect(decision.number).toMatch(/^\d{2}\/QĐ-CĐVC$/);
    expect(decision.summary).toContain('hình thức cảnh cáo');
    expect(decision.signer).toBe('Nguyễn Văn Hùng');
    expect(done.documents.map((d) => d.kind)).toContain('tb-ky-luat-co-quan-quan-ly');
    expect(done.meetings).toHaveLength(1);
    expect(done.meetings[0]).toMatchObject({ body: 'BTV', members: 9, present: 9, quorumReached: true, outcome: { form: 'canh-cao', summary: 'Biểu quyết kỷ luật bằng hình thức cảnh cáo' } });
    expect(done.meetings[0].results.map((r) => `${r.option}:${r.for}`)).toEqual(['khai-tru:4', 'canh-cao:3', 'khien-trach:2']);
  });

  it('defers a case on an Art. 6(1) ground (DEFERRED), and resumes it', async () => {
    const created = await open('ubkt', discipline({ fullName: 'Hoàng Văn Minh', kind: 'can-bo', userId: userId.ubkt2 }, { proposedForm: 'khien-trach' }));
    expect(created.status).toBe(201);
    deferredId = created.body.id;
    const advice = await openTask('ubkt', deferredId, 'tham-muu-ubkt');
    const noGround = await act('ubkt', advice.id, { action: 'suspend', comment: 'Đang nằm viện' });
    expect([noGround.status, fieldRules(noGround.body)]).toEqual([400, ['data.ground:required']]);
    const wrongGround = await act('ubkt', advice.id, { action: 'suspend', comment: 'Đang nằm viện', data: { ground: 'cong-tac-xa' } });
    expect([wrongGround.status, wrongGround.body.error]).toEqual([422, 'GROUND_REQUIRED']);
    expect((await act('ubkt', advice.id, { action: 'suspend', comment: 'Đang điều trị nội trú tại bệnh viện', data: { ground: 'om-nang-dieu-tri-noi-tru' } })).status).toBe(200);
    await eventually(async () => ((await caseOf('ubkt', deferredId)).body.status === 'DEFERRED' ? true : undefined), 'the deferral');
    expect((await act('ubkt', advice.id, { action: 'resume', comment: 'Đã ra viện' })).status).toBe(200);
    await eventually(async () => ((await caseOf('ubkt', deferredId)).body.status === 'open' ? true : undefined), 'the case resumed');
  });

  it('opens a complaint about the discipline decision: linked to its case, naming its decision, from the person disciplined', async () => {
    const complaint = (disciplineCaseId: string) => ({
      procedureCode: 'khieu-nai',
      orgUnitId: unit['CĐVC'],
      title: 'Khiếu nại quyết định kỷ luật cảnh cáo',
      data: { disciplineCaseId, complainant: { address: 'Tổ 5, phường Hội Thương, Pleiku' }, content: 'Đề nghị xem xét lại vì hội nghị kiểm điểm không mời tôi trình bày.' },
    });
    const early = await open('ubkt', complaint(deferredId));
    expect([early.status, early.body.error]).toEqual([422, 'DISCIPLINE_DECISION_NOT_ISSUED']);
    expect((await open('ubkt2', complaint(deferredId))).status).toBe(404); // a case about ubkt2: unknown to them

    const created = await open('ubkt', complaint(caseId));
    expect(created.status).toBe(201);
    complaintId = created.body.id;
    const decision = (await caseOf('ubkt', caseId)).body.documents.find((d) => d.kind === 'qd-ky-luat')!;
    expect(created.body.data).toMatchObject({
      disciplineCaseId: caseId,
      complainant: { fullName: 'Trần Thị Mai', address: 'Tổ 5, phường Hội Thương, Pleiku' },
      decisionComplainedOf: { number: decision.number, issuedOn: decision.issuedAt, signerName: 'Nguyễn Văn Hùng', issuerName: 'Công đoàn Viên chức tỉnh Gia Lai', signerUserId: userId.chutich },
      learnedOn: decision.issuedAt,
    });
    expect((await caseOf('chutich', complaintId)).status).toBe(404); // the signer of the decision complained of

    const view = (await caseOf('ubkt', complaintId)).body;
    expect(view.links).toEqual([expect.objectContaining({ relation: 'discipline-decision', caseId, code: expect.stringMatching(/^KL-/), visible: true })]);
    const back = (await caseOf('ubkt', caseId)).body;
    expect(back.links).toEqual([expect.objectContaining({ relation: 'complaint', caseId: complaintId, code: created.body.code })]);
    // The signer still sees the discipline case, but not the complaint about it.
    expect((await caseOf('chutich', caseId)).body.links).toEqual([]);
  });
});
