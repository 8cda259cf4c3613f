import { Client } from 'pg';
import { addDays, vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { type ErrorBody, eventually, fieldRules } from '../support/http-checks';

interface Person {
  userId: string;
  fullName: string;
  role: string;
  title: string | null;
}
interface Task {
  id: string;
  caseId: string;
  stepKey: string;
  kind: string;
}
interface CaseBody {
  id: string;
  steps: { key: string; status: string; assignee: { userId: string | null } }[];
  timeline: { kind: string; what: string }[];
}

describe('GET /api/org-units/:id/people: who a step can be delegated to (PostgreSQL, Temporal, worker)', () => {
  let stack: TestStack;
  const token: Record<string, string> = {};
  const unit: Record<string, string> = {};
  const userId: Record<string, string> = {};
  const today = vietnamDate(new Date());

  const request = <T>(method: string, path: string, who: string, body?: unknown) => stack.request<T>(method, path, { token: token[who], body });
  const people = (who: string, unitCode: string, query = '') => request<{ items: Person[] }>('GET', `/api/org-units/${unit[unitCode]}/people${query}`, who);
  const names = (res: { body: { items: Person[] } }) => res.body.items.map((p) => `${p.role}:${p.fullName}`);

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    for (const who of ['admin', 'lanhdao', 'chutich', 'phochutich', 'canbo', 'cdcs']) token[who] = await stack.login(who);
    for (const u of (await request<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', 'admin')).body.items) unit[u.code] = u.id;
    for (const u of (await request<{ items: { id: string; username: string }[] }>('GET', '/api/users', 'admin')).body.items) userId[u.username] = u.id;
  });
  afterAll(() => stack?.stop());

  it('lists the unit’s active role holders with their titles, by role then name, to its own staff', async () => {
    const res = await people('canbo', 'CĐVC');
    expect(res.status).toBe(200);
    expect(names(res)).toEqual([
      'clerk:Võ Thị Hoa',
      'leader:Nguyễn Văn Hùng',
      'leader:Trần Thị Mai',
      'officer:Lê Minh Tuấn',
      'ubkt:Hoàng Văn Minh',
      'ubkt:Phạm Thị Lan',
    ]);
    expect(res.body.items).toContainEqual({ userId: userId.phochutich, fullName: 'Trần Thị Mai', role: 'leader', title: 'Phó Chủ tịch' });
  });

  it('narrows to one role with ?role=, and names a bad role or id as a 400', async () => {
    expect(names(await people('chutich', 'CĐVC', '?role=leader'))).toEqual(['leader:Nguyễn Văn Hùng', 'leader:Trần Thị Mai']);
    expect((await people('chutich', 'CĐVC', '?role=ubkt')).body.items.map((p) => p.userId)).toEqual([userId.ubkt2, userId.ubkt]);

    const badRole = await request<ErrorBody>('GET', `/api/org-units/${unit['CĐVC']}/people?role=boss`, 'chutich');
    expect([badRole.status, fieldRules(badRole.body)]).toEqual([400, ['role:isIn']]);
    const badId = await request<ErrorBody>('GET', '/api/org-units/cdvc/people', 'chutich');
    expect([badId.status, fieldRules(badId.body)]).toEqual([400, ['id:isUUID']]);
  });

  it('shows a unit to those above it, and nothing of a unit above or beside the caller (404, as for an unknown one)', async () => {
    expect(names(await people('lanhdao', 'CĐCS'))).toEqual(['cdcs-chair:Đặng Quốc Bảo']);
    expect((await people('admin', 'CĐVC')).body.items).toHaveLength(6);
    expect(names(await people('cdcs', 'CĐCS'))).toEqual(['cdcs-chair:Đặng Quốc Bảo']);

    const above = await request<ErrorBody>('GET', `/api/org-units/${unit['CĐVC']}/people`, 'cdcs');
    expect([above.status, above.body.error]).toEqual([404, 'NOT_FOUND']);
    expect(above.body.message).toContain('đơn vị');
    const unknown = await request<ErrorBody>('GET', '/api/org-units/00000000-0000-4000-8000-000000000000/people', 'admin');
    expect(unknown.status).toBe(404);
    // A role nobody holds is an empty list for those who may see the unit, not a 404.
    expect(await people('canbo', 'CĐVC', '?role=cdcs-chair')).toEqual(expect.objectContaining({ status: 200, body: { items: [] } }));
    const unauthenticated = await stack.request('GET', `/api/org-units/${unit['CĐVC']}/people`);
    expect(unauthenticated.status).toBe(401);
  });

  it('leaves out roles not yet begun and users who were deactivated', async () => {
    const create = async (username: string, fullName: string) => {
      const res = await request<{ id: string }>('POST', '/api/users', 'admin', { username, fullName, password: 'mat-khau-dai-1' });
      expect(res.status).toBe(201);
      return res.body.id;
    };
    const later = await create('canbomoi', 'Nguyễn Văn Mới');
    expect((await request('POST', `/api/users/${later}/roles`, 'admin', { orgUnitId: unit['CĐVC'], role: 'officer', validFrom: addDays(today, 3) })).status).toBe(201);
    const gone = await create('canbocu', 'Trần Văn Cũ');
    expect((await request('POST', `/api/users/${gone}/roles`, 'admin', { orgUnitId: unit['CĐVC'], role: 'officer', title: 'Chuyên viên' })).status).toBe(201);
    expect(names(await people('canbo', 'CĐVC', '?role=officer'))).toEqual(['officer:Lê Minh Tuấn', 'officer:Trần Văn Cũ']);

    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      await db.query('UPDATE users SET active = false WHERE id = $1', [gone]);
    } finally {
      await db.end();
    }
    expect(names(await people('canbo', 'CĐVC', '?role=officer'))).toEqual(['officer:Lê Minh Tuấn']);
  });

  it('offers exactly the people a step can be delegated to: the chosen leader gets the decision step', async () => {
    const opened = await request<CaseBody>('POST', '/api/cases', 'canbo', {
      procedureCode: 'thanh-lap-cdcs',
      orgUnitId: unit['CĐVC'],
      title: 'Thành lập CĐCS Công ty Cà phê Ia Grai',
      data: { unitName: 'Công ty Cà phê Ia Grai', memberCount: 18, applicants: [{ fullName: 'Rơ Mah Hlim' }] },
    });
    expect(opened.status).toBe(201);
    const taskOf = (who: string, stepKey: string) =>
      eventually(
        async () => (await request<{ items: Task[] }>('GET', '/api/tasks', who)).body.items.find((t) => t.caseId === opened.body.id && t.stepKey === stepKey && t.kind === 'action'),
        `${stepKey} in ${who}'s inbox`,
      );
    expect((await request('POST', `/api/tasks/${(await taskOf('canbo', 'kiem-tra-ho-so')).id}/actions`, 'canbo', { action: 'approve' })).status).toBe(200);

    const decision = await taskOf('chutich', 'xet-duyet');
    const picked = (await people('chutich', 'CĐVC', '?role=leader')).body.items.find((p) => p.userId !== userId.chutich)!;
    expect(picked.fullName).toBe('Trần Thị Mai');
    const delegated = await request<{ case: CaseBody }>('POST', `/api/tasks/${decision.id}/actions`, 'chutich', {
      action: 'delegate',
      comment: 'Đồng chí Phó Chủ tịch phụ trách tổ chức xem xét',
      data: { toUserId: picked.userId },
    });
    expect(delegated.status).toBe(200);
    const step = delegated.body.case.steps.find((s) => s.key === 'xet-duyet' && s.status === 'open');
    expect(step?.assignee.userId).toBe(picked.userId);
    expect(delegated.body.case.timeline.map((e) => e.what)).toContain('Giao bước "Xét duyệt, quyết định công nhận" cho Trần Thị Mai');
  });
});
