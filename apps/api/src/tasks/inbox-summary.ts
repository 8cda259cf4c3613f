import type { DeadlineState, WorkingCalendar } from '@congdoan/domain';
import type { DueRange, TasksRepository } from '@congdoan/persistence';
import { DEADLINE_STATES } from './tasks.dto';
import { dueRange } from './inbox.service';
import type { InboxSummaryDto } from './inbox-summary.dto';

/**
 * The inbox's counts: each deadline state is the same range of due dates the inbox's `?state=` filter uses, so a count
 * is exactly the number of rows that filter pages through.
 */
export async function summarizeInbox(
  tasks: TasksRepository,
  calendar: WorkingCalendar,
  userId: string,
  today: string,
  procedureCode?: string,
): Promise<InboxSummaryDto> {
  const buckets = Object.fromEntries(DEADLINE_STATES.map((state) => [state, dueRange(state, calendar, today)])) as Record<DeadlineState, DueRange>;
  const rows = await tasks.inboxCounts(userId, today, buckets);
  const counted = procedureCode ? rows.filter((r) => r.procedureCode === procedureCode) : rows;
  const byState: Record<DeadlineState, number> = { overdue: 0, due_soon: 0, on_time: 0, paused: 0 };
  for (const row of counted) for (const state of DEADLINE_STATES) byState[state] += row.counts[state];
  return {
    total: counted.reduce((sum, r) => sum + r.total, 0),
    byState,
    byProcedure: rows.map((r) => ({ procedureCode: r.procedureCode, count: r.total })),
  };
}
