import { Client as TemporalClient, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client as PgClient } from 'pg';
import { caseWorkflowId } from '@congdoan/contracts';
import { parseSecretKey } from '@congdoan/secrets';
import { dataConverterFor } from '@congdoan/temporal';
import { type TestStack, startTestStack } from '../support/api-harness';
import { type WorkerProcess, sourcesNewerThanWorkflowBundle, startWorkerProcess } from '../support/worker-process';
import { eventually } from '../support/http-checks';

/** Temporal hands a dead worker's task to a new one after about 10 s: waits here allow for it. */
const CRASH_WAIT_MS = 20_000;

interface CaseBody {
  id: string;
  code: string;
  status: string;
  steps: { taskId: string; key: string; status: string; outcome: string | null }[];
  documents: { number: string; kind: string }[];
}
interface ActBody {
  case: CaseBody;
  result: { taskId: string; stepKey: string; action: string };
}
interface InboxItem {
  id: string;
  caseId: string;
  stepKey: string;
  kind: string;
}

/**
 * The issue's crash test. The worker runs as its own OS process (apps/worker/src/main.ts, as deployed) and is
 * SIGKILLed between two steps: no shutdown, no drain. The case must go on on a new worker, with every human action
 * recorded exactly once, including one sent while no worker was running at all.
 */
describe('a worker killed between two steps (SIGKILL, then a new worker process)', () => {
  let stack: TestStack;
  let temporal: Connection;
  let db: PgClient;
  const token: Record<string, string> = {};
  const workers: WorkerProcess[] = [];
  let cdvcId: string;

  const startWorker = (): WorkerProcess => {
    const worker = startWorkerProcess(stack.env);
    workers.push(worker);
    return worker;
  };
  const get = <T>(path: string, who: string) => stack.request<T>('GET', path, { token: token[who] });
  const act = (taskId: string, who: string, body: Record<string, unknown>, key?: string) =>
    stack.request<ActBody>('POST', `/api/tasks/${taskId}/actions`, { token: token[who], body, headers: key ? { 'idempotency-key': key } : {} });
  const inboxTask = (who: string, caseId: string, stepKey: string) =>
    eventually(async () => (await get<{ items: InboxItem[] }>('/api/tasks', who)).body.items.find((t) => t.caseId === caseId && t.stepKey === stepKey && t.kind === 'action'), `${stepKey} in ${who}'s inbox`, CRASH_WAIT_MS);
  const rows = async <T>(sql: string, params: unknown[]): Promise<T[]> => (await db.query(sql, params)).rows as T[];

  beforeAll(async () => {
    const stale = sourcesNewerThanWorkflowBundle();
    if (stale.length > 0) console.warn(`dist/workflow-bundle.js is older than ${stale.join(', ')}: the worker processes run the bundle; \`npm run build\` (or npm test) rebuilds it`);
    stack = await startTestStack(); // no in-process worker: the only workers are the processes below
    for (const who of ['canbo', 'chutich', 'vanthu']) token[who] = await stack.login(who);
    cdvcId = (await get<{ items: { id: string; code: string }[] }>('/api/org-units', 'canbo')).body.items.find((u) => u.code === 'CĐVC')!.id;
    temporal = await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS });
    db = new PgClient({ connectionString: stack.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill())); // also after a failed test: no worker outlives the file
    await db?.end();
    await temporal?.close();
    await stack?.stop();
  });

  it('finishes RECOGNISED with every action applied exactly once', async () => {
    // The stack's payload key: the workflow's result is encrypted in Temporal like every payload.
    const workflow = new TemporalClient({ connection: temporal, dataConverter: dataConverterFor(parseSecretKey(stack.env.PAYLOAD_ENCRYPTION_KEY)) });

    // Worker A takes the case through its first step.
    const workerA = startWorker();
    await workerA.polling;
    const opened = await stack.request<CaseBody>('POST', '/api/cases', {
      token: token.canbo,
      body: {
        procedureCode: 'thanh-lap-cdcs',
        orgUnitId: cdvcId,
        title: 'Thành lập CĐCS Công ty TNHH May Gia Lai',
        data: { unitName: 'Công ty TNHH May Gia Lai', memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }, { fullName: 'Trần Văn Nam' }] },
      },
    });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id;
    const handle = workflow.workflow.getHandle(caseWorkflowId(caseId));
    const check = await inboxTask('canbo', caseId, 'kiem-tra-ho-so');
    expect((await act(check.id, 'canbo', { action: 'approve', comment: 'Hồ sơ đầy đủ' })).status).toBe(200);

    // Between two steps: the leader's step is open and the workflow only waits for a human (no activity, no task).
    const decision = await inboxTask('chutich', caseId, 'xet-duyet');
    await eventually(async () => {
      const { raw } = await handle.describe();
      return !raw.pendingActivities?.length && !raw.pendingWorkflowTask ? true : undefined;
    }, 'the workflow to be idle', CRASH_WAIT_MS);
    expect(await workerA.kill()).toEqual({ code: null, signal: 'SIGKILL' });

    // The leader approves while no worker runs: the API's Update waits in Temporal for one.
    const key = randomUUID();
    const inFlight = act(decision.id, 'chutich', { action: 'approve' }, key);
    let answered = false;
    void inFlight.then(
      () => (answered = true),
      () => (answered = true),
    );
    await sleep(1_000);
    expect(answered).toBe(false);

    // Worker B picks the case up (replaying its history) and answers the waiting request. Temporal first offers the
    // task to dead worker A's sticky queue and moves it to the shared queue ~10 s later (the SDK's sticky
    // schedule-to-start timeout): the answer comes after ~10 s, inside the API's 30 s deadline for an action.
    const workerB = startWorker();
    await workerB.polling;
    const approved = await inFlight;
    expect(approved.status).toBe(200);
    expect(approved.body.result).toMatchObject({ taskId: decision.id, stepKey: 'xet-duyet', action: 'approve' });
    // A client that retries after the outage, with its key, gets the same answer and records nothing more.
    const retried = await act(decision.id, 'chutich', { action: 'approve' }, key);
    expect(retried.status).toBe(200);
    expect(retried.body.result).toEqual(approved.body.result);

    // The văn thư issues the decision on worker B; the workflow ends with it.
    const issue = await inboxTask('vanthu', caseId, 'ban-hanh-quyet-dinh');
    expect((await act(issue.id, 'vanthu', { action: 'issue' })).status).toBe(200);
    expect(await handle.result()).toMatchObject({ status: 'RECOGNISED', documentNumber: '01/QĐ-CĐVC' });

    // The read model: the whole story, each step and action once.
    const done = await eventually(async () => {
      const res = await get<CaseBody>(`/api/cases/${caseId}`, 'canbo');
      return res.body.status === 'RECOGNISED' ? res.body : undefined;
    }, 'the case to be RECOGNISED', CRASH_WAIT_MS);
    expect(done.documents.map((d) => d.number)).toEqual(['01/TB-CĐVC', '01/QĐ-CĐVC']); // receipt notice, decision
    expect(done.steps.map((s) => `${s.key}:${s.status}:${s.outcome}`)).toEqual(['kiem-tra-ho-so:done:approve', 'xet-duyet:done:approve', 'ban-hanh-quyet-dinh:done:issue']);

    const events = await rows<{ kind: string; step_key: string | null }>(`SELECT kind, step_key FROM timeline_events WHERE case_id = $1 ORDER BY at, id`, [caseId]);
    expect(events.map((e) => (e.step_key ? `${e.kind}:${e.step_key}` : e.kind))).toEqual([
      'case_received',
      'step_opened:kiem-tra-ho-so',
      'action:kiem-tra-ho-so',
      'step_opened:xet-duyet',
      'action:xet-duyet',
      'step_opened:ban-hanh-quyet-dinh',
      'action:ban-hanh-quyet-dinh',
      'case_closed',
    ]);
    const tasks = await rows<{ id: string; step_key: string; status: string; outcome: string }>(`SELECT id, step_key, status, outcome FROM tasks WHERE case_id = $1 ORDER BY created_at`, [caseId]);
    expect(tasks).toEqual([
      { id: check.id, step_key: 'kiem-tra-ho-so', status: 'done', outcome: 'approve' },
      { id: decision.id, step_key: 'xet-duyet', status: 'done', outcome: 'approve' },
      { id: issue.id, step_key: 'ban-hanh-quyet-dinh', status: 'done', outcome: 'issue' },
    ]);
    // One number drawn from each series (none burnt by a retried activity), one new CĐCS.
    expect(await rows(`SELECT number_text FROM documents WHERE issuer_unit_id = $1 ORDER BY number_text`, [cdvcId])).toEqual([{ number_text: '01/QĐ-CĐVC' }, { number_text: '01/TB-CĐVC' }]);
    expect(await rows(`SELECT type_code, last_number FROM document_counters WHERE issuer_unit_id = $1 ORDER BY type_code`, [cdvcId])).toEqual([
      { type_code: 'QĐ', last_number: 1 },
      { type_code: 'TB', last_number: 1 },
    ]);
    expect(await rows(`SELECT name FROM org_units WHERE source_case_id = $1 OR name = $2`, [caseId, 'Công đoàn cơ sở Công ty TNHH May Gia Lai'])).toEqual([
      { name: 'Công đoàn cơ sở Công ty TNHH May Gia Lai' },
    ]);
  }, 120_000);
});
