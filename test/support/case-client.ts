import type { TestStack } from './api-harness';
import { type ErrorBody, eventually } from './http-checks';

/** A step in a user's inbox, as `GET /api/tasks` lists it. */
export interface InboxTask {
  id: string;
  caseId: string;
  stepKey: string;
  kind?: string;
}

/** The smallest file the API takes for a PDF: its magic bytes and a line of text. */
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\nbiên bản\n', 'latin1');

/**
 * The case API over HTTP, each call made as a demo user named by username. Create it in a `describe`, call `signIn` in
 * `beforeAll` once the stack is up; `CaseBody` is the spec's own view of a case.
 */
export function caseClient<CaseBody>() {
  let stack: TestStack | undefined;
  const token: Record<string, string> = {};
  const userId: Record<string, string> = {};
  /** org unit id by code */
  const unit: Record<string, string> = {};

  const started = (): TestStack => {
    if (!stack) throw new Error('caseClient: call signIn(stack, usernames) first');
    return stack;
  };
  const request = <T>(method: string, path: string, who: string, body?: unknown) => started().request<T>(method, path, { token: token[who], body });
  const get = <T>(who: string, path: string) => request<T>('GET', path, who);
  const open = (who: string, body: Record<string, unknown>) => request<CaseBody & ErrorBody>('POST', '/api/cases', who, body);
  const act = (who: string, taskId: string, body: Record<string, unknown>) => request<{ case: CaseBody } & ErrorBody>('POST', `/api/tasks/${taskId}/actions`, who, body);
  const inbox = async (who: string) => (await get<{ items: InboxTask[] }>(who, '/api/tasks?limit=200')).body.items;
  /** The step `stepKey` of the case in `who`'s inbox once the workflow has opened it (an escalation entry is no step to act on). */
  const openTask = (who: string, caseId: string, stepKey: string) =>
    eventually(async () => (await inbox(who)).find((t) => t.caseId === caseId && t.stepKey === stepKey && t.kind !== 'escalation'), `${who}'s ${stepKey}`);
  const caseOf = (who: string, caseId: string) => get<CaseBody & ErrorBody>(who, `/api/cases/${caseId}`);
  /** Attaches a small PDF to the case as the dossier item `dossierItem`; the API must take it (201). */
  const upload = async (who: string, caseId: string, dossierItem: string, fileName = `${dossierItem}.pdf`) => {
    const form = new FormData();
    form.append('dossierItem', dossierItem);
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), fileName);
    const res = await fetch(`${started().baseUrl}/api/cases/${caseId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token[who]}` }, body: form });
    expect(res.status).toBe(201);
  };
  /** Logs the users in on `on` and notes each one's token and id, and every org unit's id by its code. */
  const signIn = async (on: TestStack, usernames: string[]) => {
    stack = on;
    for (const who of usernames) {
      token[who] = await on.login(who);
      userId[who] = (await get<{ id: string }>(who, '/api/me')).body.id;
    }
    for (const u of (await get<{ items: { id: string; code: string }[] }>(usernames[0], '/api/org-units')).body.items) unit[u.code] = u.id;
  };

  return { token, userId, unit, signIn, request, get, open, act, inbox, openTask, caseOf, upload };
}
