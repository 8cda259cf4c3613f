import { type TestStack, startTestStack } from '../support/api-harness';

describe('logging in and who am I (real PostgreSQL, HTTP)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('logs the officer in and returns a token with the unit and role', async () => {
    const res = await stack.request<{ accessToken: string; user: { username: string; units: { code: string; roles: { role: string }[] }[] } }>(
      'POST',
      '/api/auth/login',
      { body: { username: 'canbo', password: 'demo123' } },
    );
    expect(res.status).toBe(200);
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    expect(res.body.user.username).toBe('canbo');
    expect(res.body.user.units).toEqual([expect.objectContaining({ code: 'CĐVC', roles: [{ role: 'officer', title: 'Chuyên viên Ban Tổ chức' }] })]);
  });

  it('accepts the username in any case and with stray spaces', async () => {
    const res = await stack.request('POST', '/api/auth/login', { body: { username: '  CanBo ', password: 'demo123' } });
    expect(res.status).toBe(200);
  });

  it('names each missing field, in Vietnamese and English', async () => {
    const res = await stack.request<{ error: string; message: string; details: { field: string; rule: string; messageEn: string }[] }>(
      'POST',
      '/api/auth/login',
      { body: {} },
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d) => [d.field, d.rule])).toEqual([
      ['username', 'required'],
      ['password', 'required'],
    ]);
    expect(res.body.message).toContain("Trường 'username' là bắt buộc");
    expect(res.body.details[1].messageEn).toBe('password is required');
  });

  it('refuses fields that are not in the form', async () => {
    const res = await stack.request<{ details: { field: string; rule: string }[] }>('POST', '/api/auth/login', {
      body: { username: 'canbo', password: 'demo123', isAdmin: true },
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'isAdmin', rule: 'whitelistValidation' })]);
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    const wrong = await stack.request<{ message: string }>('POST', '/api/auth/login', { body: { username: 'canbo', password: 'nope' } });
    const unknown = await stack.request<{ message: string }>('POST', '/api/auth/login', { body: { username: 'nobody', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(unknown.body).toEqual({ ...wrong.body, requestId: expect.any(String) });
  });

  it('answers malformed JSON with 400 and an oversized body with 413, never 500', async () => {
    const malformed = await stack.request<{ error: string; details: { field: string }[] }>('POST', '/api/auth/login', { rawBody: '{"username":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.details[0].field).toBe('body');
    const huge = await stack.request<{ error: string }>('POST', '/api/auth/login', { body: { username: 'x'.repeat(200_000), password: 'x' } });
    expect(huge.status).toBe(413);
    expect(huge.body.error).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses every protected route without a valid token', async () => {
    const none = await stack.request<{ error: string }>('GET', '/api/me');
    const bad = await stack.request<{ error: string }>('GET', '/api/me', { token: 'not.a.token' });
    const forged = await stack.request('GET', '/api/org-units', {
      token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXRoYXQtZG9lcy1ub3QtbWF0Y2g',
    });
    expect([none.status, bad.status, forged.status]).toEqual([401, 401, 401]);
    expect(none.body.error).toBe('UNAUTHENTICATED');
  });

  it('shows the leader their unit and role, and the union hierarchy', async () => {
    const token = await stack.login('chutich');
    const me = await stack.request<{ fullName: string; units: { name: string; roles: { role: string; title: string }[] }[] }>('GET', '/api/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.fullName).toBe('Nguyễn Văn Hùng');
    expect(me.body.units[0]).toMatchObject({ name: 'Công đoàn Viên chức tỉnh Gia Lai', roles: [{ role: 'leader', title: 'Chủ tịch' }] });

    const units = await stack.request<{ items: { id: string; code: string; level: string; parentId: string | null }[] }>('GET', '/api/org-units', { token });
    const byCode = Object.fromEntries(units.body.items.map((u) => [u.code, u]));
    expect(Object.keys(byCode).sort()).toEqual(['CĐCS', 'CĐVC', 'LĐLĐ']);
    expect(byCode['LĐLĐ'].parentId).toBeNull();
    expect(byCode['CĐVC'].parentId).toBe(byCode['LĐLĐ'].id);
    expect(byCode['CĐCS']).toMatchObject({ parentId: byCode['CĐVC'].id, level: 'grassroots' });
  });

  it('lists no unit on a date before the organisation existed, and says what a bad date is', async () => {
    const token = await stack.login('canbo');
    const before = await stack.request<{ items: unknown[] }>('GET', '/api/org-units?at=2020-01-01', { token });
    expect(before.body.items).toEqual([]);
    const bad = await stack.request<{ details: { field: string }[] }>('GET', '/api/org-units?at=hôm-nay', { token });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('at');
  });

  it('answers an unknown route with 404 in the same error shape', async () => {
    const token = await stack.login('canbo');
    const res = await stack.request<{ statusCode: number; error: string }>('GET', '/api/khong-co', { token });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
  });
});
