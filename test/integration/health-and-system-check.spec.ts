import { freePort } from '@congdoan/devstack';
import { type TestStack, startTestStack } from '../support/api-harness';

describe('health, the system check and the API docs (real Temporal dev server + worker)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
  });
  afterAll(() => stack.stop());

  it('reports healthy when PostgreSQL and Temporal both answer, without a token', async () => {
    const res = await stack.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', temporal: 'up' } });
  });

  it('runs the round trip API → Temporal → worker → PostgreSQL for an admin', async () => {
    const token = await stack.login('admin');
    const res = await stack.request<{ requestedBy: string; workerIdentity: string; databaseVersion: string; databaseTime: string }>('POST', '/api/system/checks', { token });
    expect(res.status).toBe(200);
    expect(res.body.requestedBy).toBe('admin');
    expect(res.body.workerIdentity).toBe(`congdoan-procedures@${process.pid}`);
    expect(res.body.databaseVersion).toMatch(/^\d+\.\d+/);
    expect(Math.abs(Date.parse(res.body.databaseTime) - Date.now())).toBeLessThan(60_000);
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const json = await stack.request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/me', '/api/org-units', '/api/health']));
    const ui = await stack.request<string>('GET', '/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});

describe('health when Temporal does not answer', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ temporalAddress: `127.0.0.1:${await freePort()}` });
  });
  afterAll(() => stack.stop());

  it('answers 503 and says which part is down', async () => {
    const res = await stack.request('GET', '/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable', checks: { database: 'up', temporal: 'down' } });
  });

  it('still logs users in (the API does not need Temporal for that)', async () => {
    await expect(stack.login('canbo')).resolves.toEqual(expect.any(String));
  });

  it('turns a system check into a clear 503 rather than a 500', async () => {
    const token = await stack.login('admin');
    const res = await stack.request<{ error: string }>('POST', '/api/system/checks', { token });
    expect(res.status).toBe(503);
    expect(res.body.error).toBe('SYSTEM_CHECK_FAILED');
  }, 30_000);
});
