import { addDays, vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { type ErrorBody } from '../support/http-checks';

interface StandIn {
  id: string;
  principalUserId: string;
  principalName: string;
  substituteUserId: string;
  substituteName: string;
  orgUnitId: string;
  orgUnitName: string;
  validFrom: string;
  validTo: string;
  scope: string;
  reference: string;
  inForce: boolean;
}

describe('stand-ins (ủy quyền) through the API', () => {
  let stack: TestStack;
  const tokens = new Map<string, string>();
  const ids = new Map<string, string>();
  let cdvc: string;
  let cdcsUnit: string;
  const today = vietnamDate(new Date());

  const token = async (username: string) => tokens.get(username) ?? tokens.set(username, await stack.login(username)).get(username)!;
  const call = async <T>(method: string, path: string, username: string, body?: unknown) => stack.request<T>(method, path, { token: await token(username), body });
  const listed = async (username: string, query = '') => (await call<{ items: StandIn[] }>('GET', `/api/stand-ins${query}`, username)).body.items.map((s) => s.id);
  const form = (principal: string, substitute: string, from = today, to = addDays(today, 7)) => ({
    principalUserId: ids.get(principal),
    substituteUserId: ids.get(substitute),
    orgUnitId: cdvc,
    validFrom: from,
    validTo: to,
    scope: 'Xử lý các bước của Chủ tịch trong thời gian đi công tác',
    reference: 'Giấy ủy quyền số 12/GUQ-CĐVC',
  });

  beforeAll(async () => {
    stack = await startTestStack();
    const users = await call<{ items: { id: string; username: string }[] }>('GET', '/api/users', 'admin');
    for (const u of users.body.items) ids.set(u.username, u.id);
    const units = (await call<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', 'admin')).body.items;
    cdvc = units.find((u) => u.code === 'CĐVC')!.id;
    cdcsUnit = units.find((u) => u.code === 'CĐCS')!.id;
  });
  afterAll(() => stack?.stop());

  let given: StandIn;

  it('lets chutich give phochutich a stand-in, with names, once', async () => {
    const res = await call<StandIn>('POST', '/api/stand-ins', 'chutich', form('chutich', 'phochutich'));
    expect(res.status).toBe(201);
    given = res.body;
    expect(given).toEqual(
      expect.objectContaining({
        principalName: 'Nguyễn Văn Hùng',
        substituteName: 'Trần Thị Mai',
        orgUnitName: 'Công đoàn Viên chức tỉnh Gia Lai',
        validFrom: today,
        validTo: addDays(today, 7),
        reference: 'Giấy ủy quyền số 12/GUQ-CĐVC',
        inForce: true,
      }),
    );
    // A retried request (the same body) gets the same stand-in, not a second one nor a conflict.
    const again = await call<StandIn>('POST', '/api/stand-ins', 'chutich', form('chutich', 'phochutich'));
    expect([again.status, again.body.id]).toEqual([201, given.id]);
  });

  it('names every broken field and rule, in Vietnamese and English, and stores nothing', async () => {
    const shape = await call<ErrorBody>('POST', '/api/stand-ins', 'admin', {
      ...form('chutich', 'phochutich'),
      principalUserId: 'chutich',
      validFrom: '2027-02-30',
      validTo: undefined,
      scope: '   ',
      reference: '',
    });
    expect(shape.status).toBe(400);
    expect(shape.body.details!.map((d) => `${d.field}:${d.rule}`)).toEqual(
      expect.arrayContaining(['principalUserId:isUuid', 'validFrom:isCalendarDate', 'validTo:required', 'scope:isNotEmpty', 'reference:isNotEmpty']),
    );

    const rules = async (body: object) => (await call<ErrorBody>('POST', '/api/stand-ins', 'admin', { ...form('chutich', 'phochutich'), ...body })).body.details!;
    const backwards = await rules({ validFrom: addDays(today, 5), validTo: addDays(today, 2) });
    expect(backwards).toEqual([expect.objectContaining({ field: 'validTo', rule: 'notBeforeValidFrom', message: "Trường 'validTo' không được trước ngày bắt đầu (validFrom)" })]);
    const past = await rules({ validFrom: addDays(today, -10), validTo: addDays(today, -1) });
    expect(past).toEqual([expect.objectContaining({ field: 'validTo', rule: 'notInPast' })]);
    const long = await rules({ validTo: addDays(today, 366) });
    expect(long).toEqual([expect.objectContaining({ field: 'validTo', rule: 'maxDuration', messageEn: 'validTo must make the stand-in at most 366 days long, both ends counted' })]);
    const self = await rules({ substituteUserId: ids.get('chutich') });
    expect(self.map((d) => `${d.field}:${d.rule}`)).toEqual(['substituteUserId:notPrincipal']);

    expect(await listed('admin')).toEqual([given.id]);
  });

  it('lets only the principal or an admin create one, from the unit’s own staff', async () => {
    const forbidden = await call<ErrorBody>('POST', '/api/stand-ins', 'cdcs', form('chutich', 'canbo', addDays(today, 30), addDays(today, 31)));
    expect([forbidden.status, forbidden.body.error]).toEqual([403, 'FORBIDDEN']);

    const unknownUnit = await call<ErrorBody>('POST', '/api/stand-ins', 'admin', { ...form('chutich', 'canbo'), orgUnitId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownUnit.status).toBe(404);
    expect(unknownUnit.body.message).toContain('đơn vị');
    const unknownUser = await call<ErrorBody>('POST', '/api/stand-ins', 'admin', { ...form('chutich', 'canbo'), substituteUserId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownUser.status).toBe(404);

    const outsider = await call<ErrorBody>('POST', '/api/stand-ins', 'chutich', form('chutich', 'cdcs', addDays(today, 30), addDays(today, 31)));
    expect([outsider.status, outsider.body.error]).toEqual([422, 'SUBSTITUTE_NOT_IN_UNIT']);
    const nothingToGive = await call<ErrorBody>('POST', '/api/stand-ins', 'chutich', { ...form('chutich', 'cdcs', addDays(today, 30), addDays(today, 31)), orgUnitId: cdcsUnit });
    expect([nothingToGive.status, nothingToGive.body.error]).toEqual([422, 'PRINCIPAL_NOT_IN_UNIT']);
  });

  it('refuses a second stand-in of the same principal over an overlapping period (409)', async () => {
    const res = await call<ErrorBody>('POST', '/api/stand-ins', 'chutich', form('chutich', 'ubkt', addDays(today, 7), addDays(today, 10)));
    expect([res.status, res.body.error]).toEqual([409, 'STAND_IN_OVERLAP']);
    expect(res.body.message).toContain('Trần Thị Mai');
  });

  it('refuses sub-delegation, in either order (422), and allows the substitute’s own leave afterwards', async () => {
    const onward = await call<ErrorBody>('POST', '/api/stand-ins', 'phochutich', form('phochutich', 'canbo', addDays(today, 2), addDays(today, 3)));
    expect([onward.status, onward.body.error]).toEqual([422, 'SUB_DELEGATION']);
    expect(onward.body.message).toContain('Không được ủy quyền lại');
    const toTheAbsent = await call<ErrorBody>('POST', '/api/stand-ins', 'vanthu', form('vanthu', 'chutich', addDays(today, 7), addDays(today, 9)));
    expect([toTheAbsent.status, toTheAbsent.body.error]).toEqual([422, 'SUBSTITUTE_AWAY']);

    const later = await call<StandIn>('POST', '/api/stand-ins', 'phochutich', form('phochutich', 'canbo', addDays(today, 8), addDays(today, 9)));
    expect(later.status).toBe(201);
  });

  it('shows a stand-in to its principal and substitute (admins: all), not to others; active=true keeps those in force', async () => {
    expect(await listed('chutich')).toEqual([given.id]);
    expect(await listed('phochutich')).toHaveLength(2);
    expect(await listed('phochutich', '?active=true')).toEqual([given.id]);
    expect(await listed('canbo')).not.toContain(given.id);
    expect(await listed('canbo', '?active=true')).toEqual([]);
    expect(await listed('admin')).toHaveLength(2);
    const first = await call<{ items: StandIn[]; nextCursor: string | null }>('GET', '/api/stand-ins?limit=1', 'admin');
    const second = await call<{ items: StandIn[]; nextCursor: string | null }>('GET', `/api/stand-ins?limit=1&cursor=${first.body.nextCursor}`, 'admin');
    expect([...first.body.items, ...second.body.items].map((s) => s.id)).toEqual(await listed('admin'));
    expect(second.body.nextCursor).toBeNull();

    const bad = await call<ErrorBody>('GET', '/api/stand-ins?active=yes', 'chutich');
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'active', rule: 'isBoolean' })]);
  });

  it('lets the principal end it early, and no one but an admin else; it leaves active=true', async () => {
    expect((await call<ErrorBody>('DELETE', `/api/stand-ins/${given.id}`, 'phochutich')).status).toBe(403);
    expect((await call<ErrorBody>('DELETE', `/api/stand-ins/${given.id}`, 'canbo')).status).toBe(404);
    const malformed = await call<ErrorBody>('DELETE', '/api/stand-ins/123', 'chutich');
    expect([malformed.status, malformed.body.details?.[0].field]).toEqual([400, 'id']);

    const ended = await call('DELETE', `/api/stand-ins/${given.id}`, 'chutich');
    expect(ended.status).toBe(204);
    expect(await listed('chutich', '?active=true')).toEqual([]);
    expect(await listed('phochutich', '?active=true')).toEqual([]);
    // It began today, so nothing of it is left to keep.
    expect((await call('DELETE', `/api/stand-ins/${given.id}`, 'chutich')).status).toBe(404);
  });

  it('ends one begun earlier yesterday, keeping its record; ending it again is a conflict', async () => {
    const begun = await call<StandIn>('POST', '/api/stand-ins', 'admin', form('chutich', 'ubkt', addDays(today, -3), addDays(today, 3)));
    expect(begun.status).toBe(201);
    expect(await listed('ubkt', '?active=true')).toEqual([begun.body.id]);

    expect((await call('DELETE', `/api/stand-ins/${begun.body.id}`, 'admin')).status).toBe(204);
    const kept = (await call<{ items: StandIn[] }>('GET', '/api/stand-ins', 'ubkt')).body.items.find((s) => s.id === begun.body.id);
    expect(kept).toEqual(expect.objectContaining({ validFrom: addDays(today, -3), validTo: addDays(today, -1), inForce: false }));
    expect(await listed('ubkt', '?active=true')).toEqual([]);
    const again = await call<ErrorBody>('DELETE', `/api/stand-ins/${begun.body.id}`, 'chutich');
    expect([again.status, again.body.error]).toEqual([409, 'STAND_IN_ENDED']);
  });

  it('lets only one of two simultaneous overlapping stand-ins through', async () => {
    const [a, b] = await Promise.all([
      call('POST', '/api/stand-ins', 'vanthu', form('vanthu', 'canbo', addDays(today, 20), addDays(today, 25))),
      call('POST', '/api/stand-ins', 'vanthu', form('vanthu', 'ubkt', addDays(today, 22), addDays(today, 28))),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
  });
});
