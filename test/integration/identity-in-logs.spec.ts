import { freePort } from '@congdoan/devstack';
import { type ApiProcess, startApiProcess } from '../support/api-process';
import { type TestStack, startTestStack } from '../support/api-harness';
import { eventually } from '../support/http-checks';
import { type WorkerProcess, sourcesNewerThanWorkflowBundle, startWorkerProcess } from '../support/worker-process';

const DENOUNCER = { fullName: 'Lương Thị Khánh Huyền', address: '17 Trần Hưng Đạo, Kon Tum', phone: '0987 654 321' };
const LEAKS = ['Khánh Huyền', 'Khanh Huyen', 'Trần Hưng Đạo', '0987 654', '0987654321', '654 321'];

/**
 * The API and the worker as production runs them (their own processes) at the most talkative log level, through a
 * denunciation's life, including refusals and a file named after the denouncer: nothing they print names them.
 */
describe('a denouncer never appears in the logs of the API or the worker, even at trace level (separate processes)', () => {
  let stack: TestStack;
  let api: ApiProcess;
  let worker: WorkerProcess;

  beforeAll(async () => {
    const stale = sourcesNewerThanWorkflowBundle();
    if (stale.length > 0) console.warn(`dist/workflow-bundle.js is older than ${stale.join(', ')}: run \`npm run build\` first`);
    stack = await startTestStack(); // the database and configuration; its in-process API is not used below
    worker = startWorkerProcess(stack.env, { logLevel: 'trace', outputLimit: 50_000_000 });
    await worker.polling;
    api = await startApiProcess(stack.env, await freePort());
  }, 180_000);
  afterAll(async () => {
    await api?.kill();
    await worker?.kill();
    await stack?.stop();
  });

  it('prints nothing that names the denouncer', async () => {
    const call = async <T>(method: string, path: string, token: string | null, body?: unknown) => {
      const res = await fetch(`${api.baseUrl}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: res.status, body: (await res.json()) as T };
    };
    const login = async (username: string) => (await call<{ accessToken: string }>('POST', '/api/auth/login', null, { username, password: 'demo123' })).body.accessToken;
    const ubkt = await login('ubkt');
    const chutich = await login('chutich');
    const units = (await call<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', ubkt)).body.items;
    const cdvc = units.find((u) => u.code === 'CĐVC')!.id;

    // A refused intake first (the name is in the body of a bad request), then the real one.
    const bad = await call('POST', '/api/cases', ubkt, { procedureCode: 'to-cao', orgUnitId: cdvc, title: `Tố cáo của ${DENOUNCER.fullName}`, data: { denouncer: DENOUNCER } });
    expect(bad.status).toBe(400);
    const created = await call<{ id: string }>('POST', '/api/cases', ubkt, {
      procedureCode: 'to-cao',
      orgUnitId: cdvc,
      title: `Tố cáo của ${DENOUNCER.fullName}`,
      data: { denouncer: DENOUNCER, accused: { fullName: 'Võ Văn Kiệt' }, content: `Tôi, ${DENOUNCER.fullName}, ${DENOUNCER.phone}, tố cáo sai phạm.` },
    });
    expect(created.status).toBe(201);
    const caseId = created.body.id;

    const form = new FormData();
    form.append('dossierItem', 'don-to-cao');
    form.append('file', new Blob([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]), `${DENOUNCER.fullName}.pdf`);
    expect((await fetch(`${api.baseUrl}/api/cases/${caseId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${ubkt}` }, body: form })).status).toBe(201);

    const task = await eventually(async () => {
      const inbox = await call<{ items: { id: string; caseId: string; stepKey: string }[] }>('GET', '/api/tasks', ubkt);
      return inbox.body.items.find((t) => t.caseId === caseId && t.stepKey === 'xu-ly-ban-dau');
    }, 'the initial processing step');
    // Refused by the workflow (no ground), then accepted with a comment that names the denouncer.
    expect((await call('POST', `/api/tasks/${task.id}/actions`, ubkt, { action: 'reject', comment: `Bà ${DENOUNCER.fullName} không ký đơn` })).status).toBe(422);
    expect((await call('POST', `/api/tasks/${task.id}/actions`, ubkt, { action: 'approve', comment: `Đã gặp bà ${DENOUNCER.fullName}` })).status).toBe(200);
    const thuLy = await eventually(async () => {
      const inbox = await call<{ items: { id: string; caseId: string; stepKey: string }[] }>('GET', '/api/tasks', chutich);
      return inbox.body.items.find((t) => t.caseId === caseId && t.stepKey === 'thu-ly');
    }, 'the acceptance step');
    expect((await call('POST', `/api/tasks/${thuLy.id}/actions`, chutich, { action: 'approve' })).status).toBe(200);
    await eventually(async () => ((await call<{ documents: unknown[] }>('GET', `/api/cases/${caseId}`, chutich)).body.documents.length >= 3 ? true : undefined), 'the notices');

    const printed = `${api.output()}\n${worker.output()}`;
    expect(printed.length).toBeGreaterThan(1000); // it did log, at trace level
    expect(printed).toContain(caseId);
    expect(LEAKS.filter((s) => printed.includes(s))).toEqual([]);
  });
});
