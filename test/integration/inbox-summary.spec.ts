import { addDays, vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { type ErrorBody, eventually, fieldRules } from '../support/http-checks';

type State = 'overdue' | 'due_soon' | 'on_time' | 'paused';
interface InboxItem {
  id: string;
  caseId: string;
  procedureCode: string;
  stepKey: string;
  kind: string;
  deadlineState: State;
}
interface Summary {
  total: number;
  byState: Record<State, number>;
  byProcedure: { procedureCode: string; count: number }[];
}

const STATES: State[] = ['overdue', 'due_soon', 'on_time', 'paused'];

describe('GET /api/tasks/summary: the inbox counted (PostgreSQL, Temporal dev server, in-process worker)', () => {
  let stack: TestStack;
  const token: Record<string, string> = {};
  let cdvcId: string;
  const today = vietnamDate(new Date());

  const get = <T>(path: string, who: string) => stack.request<T>('GET', path, { token: token[who] });
  const inbox = async (who: string, query = '') => (await get<{ items: InboxItem[] }>(`/api/tasks?limit=200${query}`, who)).body.items;
  const summary = async (who: string, query = '') => {
    const res = await get<Summary>(`/api/tasks/summary${query}`, who);
    expect(res.status).toBe(200);
    return res.body;
  };
  const openFounding = async (title: string, receivedAt: string) => {
    const res = await stack.request<{ id: string }>('POST', '/api/cases', {
      token: token.canbo,
      body: { procedureCode: 'thanh-lap-cdcs', orgUnitId: cdvcId, title, receivedAt, data: { unitName: title, memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }] } },
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const inboxEntry = (who: string, caseId: string, kind = 'action') =>
    eventually(async () => (await inbox(who)).find((t) => t.caseId === caseId && t.kind === kind), `${kind} of ${caseId} in ${who}'s inbox`);
  /** What the inbox itself shows: its rows counted by state and by procedure. */
  const countedFromInbox = (items: InboxItem[]) => ({
    total: items.length,
    byState: Object.fromEntries(STATES.map((s) => [s, items.filter((t) => t.deadlineState === s).length])),
    byProcedure: [...new Set(items.map((t) => t.procedureCode))].sort().map((procedureCode) => ({ procedureCode, count: items.filter((t) => t.procedureCode === procedureCode).length })),
  });

  let overdueCase: string;
  let dueSoonCase: string;
  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    for (const who of ['admin', 'canbo', 'phochutich', 'cdcs']) token[who] = await stack.login(who);
    cdvcId = (await get<{ items: { id: string; code: string }[] }>('/api/org-units', 'admin')).body.items.find((u) => u.code === 'CĐVC')!.id;

    // The dossier check has 5 working days: received months ago it is overdue at once; received on the latest day whose
    // 5 working days end today or later, it is due soon; received today, on time.
    overdueCase = await openFounding('Hồ sơ nhận từ ba tháng trước', addDays(today, -90));
    let soonStart = today;
    for (let back = 1; back <= 14; back++) {
      const start = addDays(today, -back);
      const due = (await get<{ due: string }>(`/api/calendar/deadline?start=${start}&amount=5&unit=working_days`, 'canbo')).body.due;
      if (due < today) break;
      soonStart = start;
    }
    dueSoonCase = await openFounding('Hồ sơ sắp đến hạn kiểm tra', soonStart);
    const onTimeCase = await openFounding('Hồ sơ nhận hôm nay', today);
    for (const id of [overdueCase, dueSoonCase, onTimeCase]) await inboxEntry('canbo', id);
  });
  afterAll(() => stack?.stop());

  it('refuses a caller without a token', async () => {
    const res = await stack.request<ErrorBody>('GET', '/api/tasks/summary');
    expect(res.status).toBe(401);
    expect(res.body.message).toBeTruthy();
  });

  it('counts exactly what the inbox shows, by state and by procedure, the overdue case included', async () => {
    const items = await inbox('canbo');
    const counts = await summary('canbo');
    expect(counts).toEqual(countedFromInbox(items));
    expect(items.find((t) => t.caseId === overdueCase)?.deadlineState).toBe('overdue');
    expect(items.find((t) => t.caseId === dueSoonCase)?.deadlineState).toBe('due_soon');
    expect(counts.byState.overdue).toBeGreaterThanOrEqual(1);
    expect(counts.byState.due_soon).toBeGreaterThanOrEqual(1);
    expect(counts.byState.on_time).toBeGreaterThanOrEqual(1);
    expect(counts.byProcedure).toEqual([{ procedureCode: 'thanh-lap-cdcs', count: items.length }]);
  });

  it("agrees with the inbox's own state filter, state by state", async () => {
    const counts = await summary('canbo');
    for (const state of STATES) expect([state, (await inbox('canbo', `&state=${state}`)).length]).toEqual([state, counts.byState[state]]);
  });

  it('counts the escalation entry a leader sees of the overdue case', async () => {
    await inboxEntry('phochutich', overdueCase, 'escalation');
    const items = await inbox('phochutich');
    expect(await summary('phochutich')).toEqual(countedFromInbox(items));
    expect((await summary('phochutich')).byState.overdue).toBeGreaterThanOrEqual(1);
  });

  // The catalog holds one procedure so far: narrowing to it keeps everything.
  it('narrows to a procedure; nothing for a user with no steps here', async () => {
    expect(await summary('canbo', '?procedureCode=thanh-lap-cdcs')).toEqual(await summary('canbo'));
    expect(await summary('cdcs')).toEqual({ total: 0, byState: { overdue: 0, due_soon: 0, on_time: 0, paused: 0 }, byProcedure: [] });
  });

  it('names an unknown procedure as a bad field', async () => {
    const res = await get<ErrorBody>('/api/tasks/summary?procedureCode=khong-co', 'canbo');
    expect(res.status).toBe(400);
    expect(fieldRules(res.body)).toEqual(['procedureCode:isIn']);
  });
});
