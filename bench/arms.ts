/**
 * The four arms of R1 and R2 and what they act on. Ours goes through the API as a user does; B0 through the bare
 * Temporal client. Each arm records what it created, so the act arms can be given targets prepared beforehand.
 */
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { ApiClient } from './api-client';
import { B0_TASK_QUEUE, b0Update, b0Workflow } from './baseline.workflows';
import type { Arm } from './measure';

const FIRST_STEP = 'kiem-tra-ho-so';

interface InboxItem {
  id: string;
  caseId: string;
  stepKey: string;
  kind: string;
}

/** A valid thanh-lap-cdcs dossier (api.md, minimum data; at least 5 members). */
function foundingCase(orgUnitId: string, n: number): Record<string, unknown> {
  return {
    procedureCode: 'thanh-lap-cdcs',
    orgUnitId,
    title: `Thành lập CĐCS Công ty TNHH Đo Tải ${n}`,
    data: { unitName: `Công ty TNHH Đo Tải ${n}`, memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }, { fullName: 'Trần Văn Nam' }] },
  };
}

/** Takes the next prepared target; running out is a bug in the bench's arithmetic. */
function next(queue: string[], what: string): string {
  const target = queue.shift();
  if (target === undefined) throw new Error(`no prepared ${what} left`);
  return target;
}

export class OursArms {
  /** ids of the cases opened, in order */
  readonly opened: string[] = [];
  /** first-step task ids ready to approve */
  readonly tasks: string[] = [];
  private count = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly orgUnitId: string,
  ) {}

  readonly open: Arm = {
    name: 'ours  POST /api/cases',
    op: async () => {
      const created = await this.api.expect<{ id: string }>(201, 'POST', '/api/cases', foundingCase(this.orgUnitId, ++this.count));
      this.opened.push(created.id);
    },
  };

  readonly act: Arm = {
    name: 'ours  POST /api/tasks/:id/actions',
    op: async () => {
      await this.api.expect(200, 'POST', `/api/tasks/${next(this.tasks, 'task')}/actions`, { action: 'approve' });
    },
  };

  /**
   * Waits until the first step of every opened case is in the inbox (the worker projects it after the start), then
   * queues those task ids in the order the cases were opened.
   */
  async prepareTasks(timeoutMs = 120_000): Promise<void> {
    const wanted = new Set(this.opened);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const byCase = new Map<string, string>();
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page: { items: InboxItem[]; nextCursor: string | null } = await this.api.expect(200, 'GET', `/api/tasks?limit=200${query}`);
        for (const t of page.items) if (t.kind === 'action' && t.stepKey === FIRST_STEP && wanted.has(t.caseId)) byCase.set(t.caseId, t.id);
        cursor = page.nextCursor;
      } while (cursor);
      if (byCase.size === wanted.size) {
        this.tasks.splice(0, this.tasks.length, ...this.opened.map((id) => byCase.get(id) as string));
        return;
      }
      if (Date.now() > deadline) throw new Error(`only ${byCase.size} of ${wanted.size} first steps reached the inbox within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export class BaselineArms {
  /** ids of the B0 workflows started and not yet acted on */
  readonly waiting: string[] = [];

  constructor(private readonly temporal: Client) {}

  readonly start: Arm = {
    name: 'B0    client.workflow.start',
    op: async () => {
      const workflowId = `b0-${randomUUID()}`;
      await this.temporal.workflow.start(b0Workflow, { taskQueue: B0_TASK_QUEUE, workflowId });
      this.waiting.push(workflowId);
    },
  };

  readonly act: Arm = {
    name: 'B0    handle.executeUpdate',
    op: async () => {
      await this.temporal.workflow.getHandle(next(this.waiting, 'B0 workflow')).executeUpdate(b0Update, { args: ['approve'] });
    },
  };
}
