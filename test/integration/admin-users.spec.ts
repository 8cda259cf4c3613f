import { type TestStack, startTestStack } from '../support/api-harness';

describe('administering users and roles', () => {
  let stack: TestStack;
  let admin: string;
  beforeAll(async () => {
    stack = await startTestStack();
    admin = await stack.login('admin');
  });
  afterAll(() => stack.stop());

  it('forbids a non-admin from listing or creating users', async () => {
    const token = await stack.login('chutich');
    const list = await stack.request<{ error: string; message: string }>('GET', '/api/users', { token });
    expect(list.status).toBe(403);
    expect(list.body.message).toContain('Quản trị hệ thống');
    const create = await stack.request('POST', '/api/users', { token, body: { username: 'x1234', fullName: 'X', password: '12345678' } });
    expect(create.status).toBe(403);
  });

  it('creates a user, gives them a role, and they can log in and see it', async () => {
    const created = await stack.request<{ id: string; username: string }>('POST', '/api/users', {
      token: admin,
      body: { username: 'NguyenVanA', fullName: 'Nguyễn Văn A', password: 'mat-khau-manh', email: 'a@congdoan.vn' },
    });
    expect(created.status).toBe(201);
    expect(created.body.username).toBe('nguyenvana');

    const units = await stack.request<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', { token: admin });
    const cdvc = units.body.items.find((u) => u.code === 'CĐVC')!;
    const role = await stack.request('POST', `/api/users/${created.body.id}/roles`, {
      token: admin,
      body: { orgUnitId: cdvc.id, role: 'ubkt', title: 'Phó Chủ nhiệm UBKT', validFrom: '2026-01-01' },
    });
    expect(role.status).toBe(201);

    const token = await stack.login('nguyenvana', 'mat-khau-manh');
    const me = await stack.request<{ units: { code: string; roles: { role: string }[] }[] }>('GET', '/api/me', { token });
    expect(me.body.units).toEqual([expect.objectContaining({ code: 'CĐVC', roles: [{ role: 'ubkt', title: 'Phó Chủ nhiệm UBKT' }] })]);
    // The admin's list shows the role with its unit.
    const listed = await stack.request<{ items: { username: string; roles: unknown[] }[] }>('GET', '/api/users', { token: admin });
    expect(listed.body.items.find((u) => u.username === 'nguyenvana')?.roles).toEqual([
      { role: 'ubkt', title: 'Phó Chủ nhiệm UBKT', orgUnitId: cdvc.id, orgUnitCode: 'CĐVC', orgUnitName: 'Công đoàn Viên chức tỉnh Gia Lai', validFrom: '2026-01-01', validTo: null },
    ]);
  });

  it('refuses a taken username with 409 and keeps the first account', async () => {
    const res = await stack.request<{ error: string }>('POST', '/api/users', { token: admin, body: { username: 'canbo', fullName: 'Khác', password: '12345678' } });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('USERNAME_TAKEN');
    await expect(stack.login('canbo')).resolves.toEqual(expect.any(String));
  });

  it('names the broken rules of a bad user form and stores nothing', async () => {
    const res = await stack.request<{ details: { field: string; rule: string; message: string }[] }>('POST', '/api/users', {
      token: admin,
      body: { username: 'a b', fullName: '', password: 'short', email: 'not-an-email' },
    });
    expect(res.status).toBe(400);
    const rules = res.body.details.map((d) => `${d.field}:${d.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['username:matches', 'fullName:isNotEmpty', 'password:minLength', 'email:isEmail']));
    expect(res.body.details.find((d) => d.field === 'password')?.message).toBe("Trường 'password' phải có ít nhất 8 ký tự");
    const users = await stack.request<{ items: { username: string }[] }>('GET', '/api/users', { token: admin });
    expect(users.body.items.map((u) => u.username)).not.toContain('a b');
  });

  it('says which id is malformed or unknown when giving a role', async () => {
    const malformed = await stack.request<{ details: { field: string }[] }>('POST', '/api/users/123/roles', { token: admin, body: { orgUnitId: '00000000-0000-4000-8000-000000000000', role: 'leader' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.details[0].field).toBe('id');

    const users = await stack.request<{ items: { id: string; username: string }[] }>('GET', '/api/users', { token: admin });
    const canbo = users.body.items.find((u) => u.username === 'canbo')!;
    const unknownUnit = await stack.request<{ message: string }>('POST', `/api/users/${canbo.id}/roles`, {
      token: admin,
      body: { orgUnitId: '00000000-0000-4000-8000-000000000000', role: 'leader' },
    });
    expect(unknownUnit.status).toBe(404);
    expect(unknownUnit.body.message).toContain('đơn vị');
    const badRole = await stack.request<{ details: { field: string; rule: string }[] }>('POST', `/api/users/${canbo.id}/roles`, {
      token: admin,
      body: { orgUnitId: '00000000-0000-4000-8000-000000000000', role: 'king' },
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.details).toEqual([expect.objectContaining({ field: 'role', rule: 'isIn' })]);
  });
});
