import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { freePort } from '@congdoan/devstack';
import { addDays, vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { type ErrorBody, fieldRules, eventually } from '../support/http-checks';

interface CaseBody {
  id: string;
  code: string;
  status: string;
  steps: { taskId: string; key: string; status: string; outcome: string | null }[];
  timeline: { kind: string; what: string; who: { fullName: string } | null }[];
  documents: { number: string; kind: string }[];
}
interface InboxItem {
  id: string;
  caseId: string;
  caseCode: string;
  stepKey: string;
  kind: string;
  deadlineState: string;
  allowedActions: string[];
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const year = vietnamDate(new Date()).slice(0, 4);
describe('procedures, cases and tasks over HTTP (PostgreSQL, Temporal dev server, in-process worker)', () => {
  let stack: TestStack;
  const token: Record<string, string> = {};
  let cdvcId: string;
  const founding = (over: Record<string, unknown> = {}) => ({
    procedureCode: 'thanh-lap-cdcs',
    orgUnitId: cdvcId,
    title: 'Thành lập CĐCS Công ty TNHH May Gia Lai',
    data: { unitName: 'Công ty TNHH May Gia Lai', memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }, { fullName: 'Trần Văn Nam' }] },
    ...over,
  });
  const post = <T = ErrorBody>(path: string, who: string, body: unknown, key?: string) =>
    stack.request<T>('POST', path, { token: token[who], body, headers: key ? { 'idempotency-key': key } : {} });
  const get = <T>(path: string, who: string) => stack.request<T>('GET', path, { token: token[who] });
  const inbox = async (who: string, query = '') => (await get<Page<InboxItem>>(`/api/tasks${query}`, who)).body;
  const inboxTask = (who: string, caseId: string, stepKey: string, kind = 'action') =>
    eventually(async () => (await inbox(who)).items.find((t) => t.caseId === caseId && t.stepKey === stepKey && t.kind === kind), `${stepKey} in ${who}'s inbox`);

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    for (const who of ['admin', 'canbo', 'chutich', 'phochutich', 'vanthu', 'ubkt', 'cdcs']) token[who] = await stack.login(who);
    const units = await get<{ items: { id: string; code: string }[] }>('/api/org-units', 'admin');
    cdvcId = units.body.items.find((u) => u.code === 'CĐVC')!.id;
  });
  afterAll(() => stack?.stop());

  it('lists the catalog: thanh-lap-cdcs with its steps, roles and periods', async () => {
    const res = await get<{ code: string; version: number; steps: { key: string; role: string; deadline: { amount: number; unit: string } }[] }[]>('/api/procedures', 'cdcs');
    expect(res.status).toBe(200);
    const p = res.body.find((x) => x.code === 'thanh-lap-cdcs')!;
    expect(p.version).toBe(1);
    expect(p.steps.map((s) => `${s.key}:${s.role}`)).toEqual(['kiem-tra-ho-so:officer', 'bo-sung-ho-so:officer', 'xet-duyet:leader', 'ban-hanh-quyet-dinh:clerk']);
    expect(p.steps[2].deadline).toEqual({ amount: 10, unit: 'working_days' });
  });

  describe('opening a case', () => {
    it('names the broken fields of the dossier, down to the applicant', async () => {
      const res = await post('/api/cases', 'canbo', founding({ data: { unitName: 'Công ty A', memberCount: 3, applicants: [{ fullName: ' ' }] } }));
      expect(res.status).toBe(400);
      expect(fieldRules(res.body)).toEqual(['data.memberCount:min', 'data.applicants.0.fullName:isNotEmpty']);
      expect(res.body.details![0].message).toContain('ít nhất 5 đoàn viên');
    });

    it('refuses an impossible received date, a future one and an unknown procedure', async () => {
      expect(fieldRules((await post('/api/cases', 'canbo', founding({ receivedAt: '2027-02-30' }))).body)).toEqual(['receivedAt:isCalendarDate']);
      expect(fieldRules((await post('/api/cases', 'canbo', founding({ receivedAt: '1899-12-31' }))).body)).toEqual(['receivedAt:minDate']);
      const future = await post('/api/cases', 'canbo', founding({ receivedAt: addDays(vietnamDate(new Date()), 1) }));
      expect(future.status).toBe(400);
      expect(fieldRules(future.body)).toEqual(['receivedAt:notInFuture']);
      const unknown = await post('/api/cases', 'canbo', founding({ procedureCode: 'thanh-lap-xyz' }));
      expect(unknown.status).toBe(400);
      expect(fieldRules(unknown.body)).toEqual(['procedureCode:isIn']);
      expect((await get<Page<unknown>>('/api/cases', 'canbo')).body.items).toEqual([]);
    });

    it('lets only an officer of the unit receive a founding dossier', async () => {
      for (const who of ['cdcs', 'chutich']) {
        const res = await post('/api/cases', who, founding());
        expect(res.status).toBe(403);
        expect(res.body.message).toContain('Cán bộ chuyên môn');
      }
      const unknownUnit = await post('/api/cases', 'canbo', founding({ orgUnitId: randomUUID() }));
      expect(unknownUnit.status).toBe(404);
    });

    it('opens the case once per Idempotency-Key, and refuses the key with another body', async () => {
      const key = randomUUID();
      // Racing first requests: one transaction wins the key, the others roll back (no number is burnt).
      const racing = await Promise.all([1, 2, 3].map(() => post<CaseBody>('/api/cases', 'canbo', founding(), key)));
      const [first] = racing;
      expect(racing.map((r) => `${r.status} ${r.body.id}`)).toEqual(racing.map(() => `201 ${first.body.id}`));
      expect(first.body).toMatchObject({ code: `TL-${year}-0001`, status: 'open', steps: [] });
      const again = await post<CaseBody>('/api/cases', 'canbo', founding(), key);
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      const other = await post('/api/cases', 'canbo', founding({ title: 'Một hồ sơ khác' }), key);
      expect(other.status).toBe(409);
      expect(other.body.error).toBe('IDEMPOTENCY_KEY_REUSED');
      const malformed = await post('/api/cases', 'canbo', founding(), 'has spaces in it');
      expect(fieldRules(malformed.body)).toEqual(['Idempotency-Key:idempotencyKey']);
    });
  });

  describe('seeing cases', () => {
    it('shows a case to its unit and the units above, not to a CĐCS below', async () => {
      for (const who of ['canbo', 'chutich', 'admin']) {
        const res = await get<Page<{ code: string }>>('/api/cases', who);
        expect(res.body.items.map((c) => c.code)).toEqual([`TL-${year}-0001`]);
      }
      expect((await get<Page<unknown>>('/api/cases', 'cdcs')).body).toEqual({ items: [], nextCursor: null });
    });

    it('answers 404 for a case the user may not see, as for an unknown one', async () => {
      const [mine] = (await get<Page<{ id: string }>>('/api/cases', 'canbo')).body.items;
      expect((await get<ErrorBody>(`/api/cases/${mine.id}`, 'cdcs')).status).toBe(404);
      expect((await get<ErrorBody>(`/api/cases/${randomUUID()}`, 'canbo')).status).toBe(404);
      expect(fieldRules((await get<ErrorBody>('/api/cases/123', 'canbo')).body)).toEqual(['id:isUUID']);
      const page = await get<CaseBody & { data: { memberCount: number } }>(`/api/cases/${mine.id}`, 'chutich');
      expect(page.status).toBe(200);
      expect(page.body.data.memberCount).toBe(25);
    });

    it('pages newest first with an opaque cursor, and searches code, title and the parties named', async () => {
      await post('/api/cases', 'canbo', founding({ title: 'Thành lập CĐCS Trường Tiểu học Lê Lợi' }));
      await post('/api/cases', 'canbo', founding({ title: 'Thành lập CĐCS Bệnh viện Đa khoa' }));
      const first = await get<Page<{ code: string }>>('/api/cases?limit=2', 'canbo');
      expect(first.body.items.map((c) => c.code)).toEqual([`TL-${year}-0003`, `TL-${year}-0002`]);
      const second = await get<Page<{ code: string }>>(`/api/cases?limit=2&cursor=${first.body.nextCursor}`, 'canbo');
      expect(second.body).toEqual({ items: [expect.objectContaining({ code: `TL-${year}-0001` })], nextCursor: null });
      expect((await get<Page<{ code: string }>>('/api/cases?q=lê%20lợi', 'canbo')).body.items.map((c) => c.code)).toEqual([`TL-${year}-0002`]);
      expect((await get<Page<unknown>>(`/api/cases?q=TL-${year}-0003&status=open&procedureCode=thanh-lap-cdcs`, 'canbo')).body.items).toHaveLength(1);
      const byParty = async (q: string) => (await get<Page<{ code: string }>>(`/api/cases?q=${encodeURIComponent(q)}`, 'canbo')).body.items.map((c) => c.code);
      const applicant = (founding().data as { applicants: { fullName: string }[] }).applicants[0].fullName;
      expect(await byParty(applicant)).toHaveLength(3); // every case names this applicant
      expect(await byParty('không ai có tên này')).toEqual([]);
      expect(fieldRules((await get<ErrorBody>('/api/cases?cursor=abc&limit=500', 'canbo')).body)).toEqual(['limit:max']);
      expect(fieldRules((await get<ErrorBody>('/api/cases?cursor=abc', 'canbo')).body)).toEqual(['cursor:cursor']);
    });
  });

  describe('acting, before any workflow answers', () => {
    it('refuses bad input with 400 and an unknown task with 404', async () => {
      expect(fieldRules((await post(`/api/tasks/${randomUUID()}/actions`, 'canbo', { action: 'reject' })).body)).toEqual(['comment:required']);
      expect(fieldRules((await post(`/api/tasks/${randomUUID()}/actions`, 'canbo', { action: 'return', data: { missing: [] } })).body)).toEqual(['data.missing:required']);
      expect(fieldRules((await post(`/api/tasks/${randomUUID()}/actions`, 'canbo', { action: 'bless' })).body)).toEqual(['action:isIn']);
      expect(fieldRules((await post(`/api/tasks/${randomUUID()}/actions`, 'canbo', { action: 'delegate', data: { toUserId: 'x' } })).body)).toEqual(['data.toUserId:isUuid']);
      expect((await post(`/api/tasks/${randomUUID()}/actions`, 'canbo', { action: 'approve' })).status).toBe(404);
      expect(fieldRules((await get<ErrorBody>('/api/tasks?state=late', 'canbo')).body)).toEqual(['state:isIn']);
      expect((await get<Page<unknown>>('/api/tasks', 'cdcs')).body).toEqual({ items: [], nextCursor: null });
    });
  });

  // These need the thanhLapCdcs workflow (workflows/) and the read-model activities (activities/src/cases/).
  describe('the founding flow: officer → leader → văn thư → RECOGNISED', () => {
    let caseId: string;

    beforeAll(async () => {
      caseId = (await get<Page<{ id: string; code: string }>>('/api/cases', 'canbo')).body.items.find((c) => c.code === `TL-${year}-0001`)!.id;
    });

    it("puts the dossier check in the officer's inbox, not in the leader's", async () => {
      const task = await inboxTask('canbo', caseId, 'kiem-tra-ho-so');
      expect(task).toMatchObject({ caseCode: `TL-${year}-0001`, kind: 'action', deadlineState: 'on_time' });
      expect(task.allowedActions).toEqual(expect.arrayContaining(['approve', 'return', 'reject']));
      const page = await get<CaseBody & { clock: Record<string, unknown> }>(`/api/cases/${caseId}`, 'canbo');
      expect(page.body.clock).toMatchObject({ stepKey: 'kiem-tra-ho-so', taskId: task.id, paused: false, deadlineState: 'on_time', budget: { amount: 5, unit: 'working_days' } });
      expect(page.body.steps).toEqual([expect.objectContaining({ key: 'kiem-tra-ho-so', status: 'open', deadlineState: 'on_time', dueAt: page.body.clock.dueAt })]);
      expect((await inbox('chutich')).items.filter((t) => t.caseId === caseId)).toEqual([]);
      const forbidden = await post(`/api/tasks/${task.id}/actions`, 'chutich', { action: 'approve' });
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.message).toContain('Cán bộ chuyên môn');
      const notAnOfficer = await post(`/api/tasks/${task.id}/actions`, 'canbo', { action: 'delegate', data: { toUserId: (await stack.request<{ id: string }>('GET', '/api/me', { token: token.chutich })).body.id } });
      expect(notAnOfficer.status).toBe(422);
      expect(notAnOfficer.body.error).toBe('DELEGATE_TARGET_INVALID');
    });

    it('records the officer’s approval once, however often it is retried', async () => {
      const task = await inboxTask('canbo', caseId, 'kiem-tra-ho-so');
      const refused = await post(`/api/tasks/${task.id}/actions`, 'canbo', { action: 'issue' });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toBe('ACTION_NOT_ALLOWED');
      const key = randomUUID();
      const res = await post<{ case: CaseBody }>(`/api/tasks/${task.id}/actions`, 'canbo', { action: 'approve', comment: 'Hồ sơ đầy đủ' }, key);
      expect(res.status).toBe(200);
      expect(res.body.case.steps.find((s) => s.taskId === task.id)).toMatchObject({ status: 'done', outcome: 'approve' });
      expect((await post(`/api/tasks/${task.id}/actions`, 'canbo', { action: 'approve', comment: 'Hồ sơ đầy đủ' }, key)).status).toBe(200);
      const late = await post(`/api/tasks/${task.id}/actions`, 'canbo', { action: 'approve' });
      expect(late.status).toBe(409);
      expect(late.body.error).toBe('STEP_CLOSED');
    });

    it('lets the leader decide, then the văn thư issue the numbered decision', async () => {
      const decision = await inboxTask('chutich', caseId, 'xet-duyet');
      expect((await post(`/api/tasks/${decision.id}/actions`, 'chutich', { action: 'approve' })).status).toBe(200);
      const issue = await inboxTask('vanthu', caseId, 'ban-hanh-quyet-dinh');
      expect((await post(`/api/tasks/${issue.id}/actions`, 'vanthu', { action: 'issue' })).status).toBe(200);
    });

    it('ends RECOGNISED with decision 01/QĐ-CĐVC and the whole story in the timeline', async () => {
      const done = await eventually(async () => {
        const res = await get<CaseBody>(`/api/cases/${caseId}`, 'canbo');
        return res.body.status === 'RECOGNISED' ? res.body : undefined;
      }, 'the case to be RECOGNISED');
      // the receipt notice sent when the dossier was found complete, then the decision
      expect(done.documents).toEqual([expect.objectContaining({ number: '01/TB-CĐVC' }), expect.objectContaining({ number: '01/QĐ-CĐVC' })]);
      expect(done.steps.map((s) => `${s.key}:${s.outcome}`)).toEqual(['kiem-tra-ho-so:approve', 'xet-duyet:approve', 'ban-hanh-quyet-dinh:issue']);
      const kinds = done.timeline.map((e) => e.kind);
      expect(kinds[0]).toBe('case_received');
      expect(kinds.at(-1)).toBe('case_closed');
      expect(done.timeline.filter((e) => e.kind === 'action').map((e) => e.who?.fullName)).toEqual(['Lê Minh Tuấn', 'Nguyễn Văn Hùng', 'Võ Thị Hoa']);
      expect((await inbox('vanthu')).items.filter((t) => t.caseId === caseId)).toEqual([]);
    });
  });

  // Also needs the workflow and activities: overdue steps, escalation entries and stand-ins come from projected tasks.
  describe('the inbox: overdue first, filters, pages, escalations and stand-ins', () => {
    const today = vietnamDate(new Date());
    let late: CaseBody;
    beforeAll(async () => {
      late = (await post<CaseBody>('/api/cases', 'canbo', founding({ title: 'Hồ sơ nhận từ tháng trước', receivedAt: addDays(today, -30) }))).body;
      await inboxTask('canbo', late.id, 'kiem-tra-ho-so');
    });

    it('puts an overdue step first and filters by deadline state', async () => {
      const all = await inbox('canbo');
      expect(all.items.map((t) => t.caseId)[0]).toBe(late.id);
      expect(all.items[0]).toMatchObject({ deadlineState: 'overdue', workingDaysLeft: expect.any(Number) });
      expect((all.items[0] as InboxItem & { workingDaysLeft: number }).workingDaysLeft).toBeLessThan(0);
      expect((await inbox('canbo', '?state=overdue')).items.map((t) => t.caseId)).toEqual([late.id]);
      const onTime = await inbox('canbo', '?state=on_time&procedureCode=thanh-lap-cdcs');
      expect(onTime.items).toHaveLength(all.items.length - 1);
      expect(onTime.items.map((t) => t.deadlineState)).toEqual(onTime.items.map(() => 'on_time'));
    });

    it('pages the inbox by cursor in the same order', async () => {
      const all = (await inbox('canbo', '?limit=200')).items.map((t) => t.id);
      const paged: string[] = [];
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page: Page<InboxItem> = await inbox('canbo', `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        paged.push(...page.items.map((t) => t.id));
        cursor = page.nextCursor;
      }
      expect(all.length).toBeGreaterThanOrEqual(3);
      expect(paged).toEqual(all);
    });

    it('shows the leaders an escalation entry that nobody acts on', async () => {
      const entry = await inboxTask('phochutich', late.id, 'kiem-tra-ho-so', 'escalation');
      expect(entry.allowedActions).toEqual([]);
      const res = await post(`/api/tasks/${entry.id}/actions`, 'phochutich', { action: 'approve' });
      expect(res.status).toBe(422);
      expect(res.body.error).toBe('ESCALATION_NOT_ACTIONABLE');
    });

    it("gives a stand-in the leader's steps in the leader's unit while the stand-in lasts", async () => {
      const second = (await get<Page<{ id: string; code: string }>>('/api/cases', 'canbo')).body.items.find((c) => c.code === `TL-${year}-0002`)!;
      const check = await inboxTask('canbo', second.id, 'kiem-tra-ho-so');
      expect((await post(`/api/tasks/${check.id}/actions`, 'canbo', { action: 'approve' })).status).toBe(200);
      const decision = await inboxTask('chutich', second.id, 'xet-duyet');
      expect((await inbox('ubkt')).items.map((t) => t.id)).not.toContain(decision.id);
      const notYet = await post(`/api/tasks/${decision.id}/actions`, 'ubkt', { action: 'reject', comment: 'Không đủ điều kiện' });
      expect(notYet.status).toBe(403);
      expect(notYet.body.message).toContain('Lãnh đạo');

      const users = (await get<{ items: { id: string; username: string }[] }>('/api/users', 'admin')).body.items;
      const id = (username: string) => users.find((u) => u.username === username)!.id;
      const db = new Client({ connectionString: stack.databaseUrl });
      await db.connect();
      await db.query(
        `INSERT INTO stand_ins (principal_user_id, substitute_user_id, org_unit_id, valid_from, valid_to, scope, reference)
         VALUES ($1, $2, $3, $4, $5, 'all', '01/GUQ-CĐVC')`,
        [id('chutich'), id('ubkt'), cdvcId, addDays(today, -1), addDays(today, 1)],
      );
      await db.end();

      expect((await inbox('ubkt')).items.map((t) => t.id)).toContain(decision.id);
      const res = await post<{ case: CaseBody }>(`/api/tasks/${decision.id}/actions`, 'ubkt', { action: 'reject', comment: 'Không đủ điều kiện' });
      expect(res.status).toBe(200);
      const closed = await eventually(async () => {
        const page = await get<CaseBody>(`/api/cases/${second.id}`, 'ubkt');
        return page.body.status === 'REJECTED' ? page.body : undefined;
      }, 'the case to be REJECTED');
      expect(closed.timeline.find((e) => e.kind === 'action' && e.who?.fullName === 'Phạm Thị Lan')).toBeDefined();
    });
  });
});

describe('opening a case while Temporal does not answer', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ temporalAddress: `127.0.0.1:${await freePort()}` });
  });
  afterAll(() => stack?.stop());

  it('keeps the case and answers 503; a retry with the same key does not record it twice', async () => {
    const token = await stack.login('canbo');
    const units = await stack.request<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', { token });
    const body = {
      procedureCode: 'thanh-lap-cdcs',
      orgUnitId: units.body.items.find((u) => u.code === 'CĐVC')!.id,
      title: 'Thành lập CĐCS Công ty Cà phê Gia Lai',
      data: { unitName: 'Công ty Cà phê Gia Lai', memberCount: 12, applicants: [{ fullName: 'Hồ Văn Tâm' }] },
    };
    const headers = { 'idempotency-key': randomUUID() };
    const first = await stack.request<ErrorBody>('POST', '/api/cases', { token, body, headers });
    expect(first.status).toBe(503);
    expect(first.body.error).toBe('TEMPORAL_UNAVAILABLE');
    expect((await stack.request<ErrorBody>('POST', '/api/cases', { token, body, headers })).status).toBe(503);
    const list = await stack.request<Page<{ code: string; status: string }>>('GET', '/api/cases', { token });
    expect(list.body.items).toEqual([expect.objectContaining({ code: `TL-${year}-0001`, status: 'open' })]);
  }, 40_000);
});
