import { type TestStack, startTestStack } from '../support/api-harness';
import { type ErrorBody, fieldRules, eventually } from '../support/http-checks';

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  caseId: string | null;
  caseCode: string | null;
  taskId: string | null;
  createdAt: string;
  read: boolean;
}
interface NotificationPage {
  items: Notification[];
  nextCursor: string | null;
  unreadCount: number;
}
interface CaseBody {
  id: string;
  code: string;
}

describe('in-app notifications over HTTP (PostgreSQL, Temporal dev server, in-process worker)', () => {
  let stack: TestStack;
  const token: Record<string, string> = {};
  let cdvcId: string;
  let canbo2Id: string;

  const get = <T>(path: string, who: string) => stack.request<T>('GET', path, { token: token[who] });
  const post = <T = ErrorBody>(path: string, who: string, body?: unknown) => stack.request<T>('POST', path, { token: token[who], body });
  const list = async (who: string, query = '?limit=200') => {
    const res = await get<NotificationPage>(`/api/notifications${query}`, who);
    expect(res.status).toBe(200);
    return res.body;
  };
  const startFounding = async (title: string) => {
    const res = await post<CaseBody>('/api/cases', 'canbo', {
      procedureCode: 'thanh-lap-cdcs',
      orgUnitId: cdvcId,
      title,
      data: { unitName: title, memberCount: 12, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }] },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const noticeOf = (who: string, caseId: string, title: RegExp) =>
    eventually(async () => (await list(who)).items.find((n) => n.caseId === caseId && title.test(n.title)), `${title} for ${who}`);

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    for (const who of ['admin', 'canbo', 'ubkt']) token[who] = await stack.login(who);
    cdvcId = (await get<{ items: { id: string; code: string }[] }>('/api/org-units', 'admin')).body.items.find((u) => u.code === 'CĐVC')!.id;
    // A second officer of the CĐVC, through the admin API.
    const created = await post<{ id: string }>('/api/users', 'admin', { username: 'canbo2', fullName: 'Phạm Thị Lan', password: 'matkhau-2026' });
    expect(created.status).toBe(201);
    canbo2Id = created.body.id;
    expect((await post(`/api/users/${canbo2Id}/roles`, 'admin', { orgUnitId: cdvcId, role: 'officer', title: 'Chuyên viên Ban Tổ chức' })).status).toBe(201);
    token.canbo2 = await stack.login('canbo2', 'matkhau-2026');
  });
  afterAll(() => stack?.stop());

  it('needs a token, is documented, and starts empty', async () => {
    expect((await stack.request('GET', '/api/notifications')).status).toBe(401);
    expect((await stack.request('POST', '/api/notifications/read-all')).status).toBe(401);
    const docs = await stack.request<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>('GET', '/api/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/notifications', '/api/notifications/read-all', '/api/notifications/{id}/read']));
    expect(docs.body.components.schemas).toHaveProperty('NotificationPageDto');
    expect(await list('canbo')).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
  });

  describe('a founding dossier arrives', () => {
    let founding: CaseBody;
    let notice: Notification;

    beforeAll(async () => {
      founding = await startFounding('Thành lập CĐCS Công ty TNHH May Gia Lai');
      notice = await noticeOf('canbo', founding.id, /^Việc mới: /);
    });

    it('tells the officers of the CĐVC of the dossier check, not the UBKT member', async () => {
      const inbox = await get<{ items: { id: string; caseId: string; stepKey: string }[] }>('/api/tasks', 'canbo');
      const task = inbox.body.items.find((t) => t.caseId === founding.id && t.stepKey === 'kiem-tra-ho-so')!;
      expect(notice).toMatchObject({ id: expect.stringMatching(/^[1-9]\d*$/), kind: 'task', caseId: founding.id, caseCode: founding.code, taskId: task.id, read: false });
      expect(notice.body).toContain(founding.code);
      expect(Date.parse(notice.createdAt)).not.toBeNaN();
      const forCanbo = await list('canbo');
      expect(forCanbo.unreadCount).toBe(forCanbo.items.filter((n) => !n.read).length);
      expect((await list('canbo2')).items).toContainEqual(notice);
      expect(await list('ubkt')).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
    });

    it('marks it read for canbo alone, idempotently; the other officer still sees it unread', async () => {
      const [before, before2] = [await list('canbo'), await list('canbo2')];
      expect((await post(`/api/notifications/${notice.id}/read`, 'canbo')).status).toBe(204);
      expect((await post(`/api/notifications/${notice.id}/read`, 'canbo')).status).toBe(204);
      const after = await list('canbo');
      expect(after.unreadCount).toBe(before.unreadCount - 1);
      expect(after.items.find((n) => n.id === notice.id)?.read).toBe(true);
      expect((await list('canbo', '?unread=true')).items.map((n) => n.id)).not.toContain(notice.id);
      const after2 = await list('canbo2');
      expect(after2.unreadCount).toBe(before2.unreadCount);
      expect(after2.items.find((n) => n.id === notice.id)?.read).toBe(false);
    });

    it('answers 404 for a notification that does not reach the caller, 400 for a malformed id', async () => {
      const foreign = await post(`/api/notifications/${notice.id}/read`, 'ubkt');
      expect(foreign.status).toBe(404);
      expect(foreign.body.error).toBe('NOT_FOUND');
      expect(foreign.body.message).toContain('Không tìm thấy thông báo');
      expect((await post('/api/notifications/9223372036854775807/read', 'canbo')).status).toBe(404);
      for (const bad of ['abc', '0', '-1', '9223372036854775808']) {
        const res = await post(`/api/notifications/${bad}/read`, 'canbo');
        expect(res.status).toBe(400);
        expect(fieldRules(res.body)).toEqual(['id:isNotificationId']);
      }
    });

    it('reaches a named user alone: the officer a step is delegated to', async () => {
      const delegated = await post(`/api/tasks/${notice.taskId}/actions`, 'canbo', { action: 'delegate', data: { toUserId: canbo2Id } });
      expect(delegated.status).toBe(200);
      const handed = await noticeOf('canbo2', founding.id, /^Được giao: /);
      expect(handed).toMatchObject({ kind: 'task', taskId: notice.taskId, read: false });
      expect((await list('canbo')).items.map((n) => n.id)).not.toContain(handed.id);
      expect((await post(`/api/notifications/${handed.id}/read`, 'canbo')).status).toBe(404);
      expect((await post(`/api/notifications/${handed.id}/read`, 'canbo2')).status).toBe(204);
      expect((await list('canbo2')).items.find((n) => n.id === handed.id)?.read).toBe(true);
    });
  });

  it('pages newest first with an opaque cursor; a bad cursor or limit is a 400', async () => {
    for (const title of ['Thành lập CĐCS Trường Tiểu học Lê Lợi', 'Thành lập CĐCS Bệnh viện Đa khoa']) {
      const c = await startFounding(title);
      await noticeOf('canbo', c.id, /^Việc mới: /);
    }
    const all = await list('canbo');
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    const ids = all.items.map((n) => BigInt(n.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(ids);

    const paged: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: NotificationPage = await list('canbo', `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(1);
      expect(page.unreadCount).toBe(all.unreadCount);
      paged.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor;
    }
    expect(paged).toEqual(all.items.map((n) => n.id));

    const unread = await list('canbo', '?unread=true&limit=1');
    expect(unread.items.every((n) => !n.read)).toBe(true);
    expect(unread.nextCursor === null).toBe(unread.unreadCount <= 1);

    expect(fieldRules((await get<ErrorBody>('/api/notifications?cursor=abc', 'canbo')).body)).toEqual(['cursor:cursor']);
    const foreignCursor = Buffer.from('2026-11-22T06:08:16.157123Z|0b9a3a8e-3c1e-4d8e-9f7a-1c2d3e4f5a6b').toString('base64url');
    const refused = await get<ErrorBody>(`/api/notifications?cursor=${foreignCursor}`, 'canbo');
    expect(refused.status).toBe(400);
    expect(fieldRules(refused.body)).toEqual(['cursor:cursor']);
    expect(fieldRules((await get<ErrorBody>('/api/notifications?limit=201', 'canbo')).body)).toEqual(['limit:max']);
    expect(fieldRules((await get<ErrorBody>('/api/notifications?unread=yes', 'canbo')).body)).toEqual(['unread:isBoolean']);
  });

  it('marks everything the caller sees as read with read-all, for the caller only', async () => {
    const before2 = await list('canbo2');
    expect((await list('canbo')).unreadCount).toBeGreaterThan(0);
    expect((await post('/api/notifications/read-all', 'canbo')).status).toBe(204);
    const after = await list('canbo');
    expect(after.unreadCount).toBe(0);
    expect(after.items.every((n) => n.read)).toBe(true);
    expect(await list('canbo', '?unread=true')).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
    expect((await post('/api/notifications/read-all', 'canbo')).status).toBe(204);
    const after2 = await list('canbo2');
    expect(after2.unreadCount).toBe(before2.unreadCount);
    expect(after2.unreadCount).toBeGreaterThan(0);
  });
});
