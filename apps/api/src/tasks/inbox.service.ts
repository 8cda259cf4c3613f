import { Injectable } from '@nestjs/common';
import { type DeadlineState, type WorkingCalendar, addDays, deadlineState, shiftWorkingDays, vietnamDate, workingDaysLeft } from '@congdoan/domain';
import { type InboxFilter, type InboxRow, TasksRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DEFAULT_PAGE } from '../cases/cases.dto';
import { DeadlineCalendar } from '../cases/deadline-calendar.service';
import { type Page, taskCursor } from '../cases/page-cursor';
import type { ListTasksQueryDto } from './tasks.dto';

/** Working days before the due date when a step counts as due soon (as the workflow's deadlineState). */
const DUE_SOON_WITHIN = 2;

/** An inbox row as the API shows it: the stored row, with its deadline seen from today. */
export type InboxItemView = Omit<InboxRow, 'dueDate'> & {
  dueAt: string | null;
  deadlineState: DeadlineState;
  workingDaysLeft: number | null;
};

/** A deadline state as a range of due dates, so the filter runs in SQL on the indexed column (no state column). */
export function dueRange(state: DeadlineState, calendar: WorkingCalendar, today: string): InboxFilter['due'] {
  const soon = shiftWorkingDays(calendar, today, DUE_SOON_WITHIN);
  switch (state) {
    case 'overdue':
      return { dated: true, to: addDays(today, -1), undated: false };
    case 'due_soon':
      return { dated: true, from: today, to: soon, undated: false };
    case 'on_time':
      return { dated: true, from: addDays(soon, 1), undated: false };
    case 'paused':
      return { dated: false, undated: true };
  }
}

@Injectable()
export class InboxService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly calendar: DeadlineCalendar,
  ) {}

  /** Open steps the user may act on (own, by role, or standing in), overdue first. */
  async list(user: AuthenticatedUser, query: ListTasksQueryDto): Promise<Page<InboxItemView>> {
    const today = vietnamDate(new Date());
    const calendar = await this.calendar.load();
    const { items, hasMore } = await this.tasks.inbox(user.id, today, {
      procedureCode: query.procedureCode,
      due: query.state ? dueRange(query.state, calendar, today) : undefined,
      limit: query.limit ?? DEFAULT_PAGE,
      after: query.cursor ? taskCursor.decode(query.cursor) : undefined,
    });
    const last = items.at(-1);
    return {
      items: items.map(({ dueDate, ...t }) => ({
        ...t,
        dueAt: dueDate,
        deadlineState: deadlineState(calendar, dueDate ?? undefined, today, DUE_SOON_WITHIN),
        workingDaysLeft: dueDate ? workingDaysLeft(calendar, today, dueDate) : null,
        // An escalation entry informs a leader; nobody acts on it (the step itself is acted on).
        allowedActions: t.kind === 'escalation' ? [] : t.allowedActions,
      })),
      nextCursor: hasMore && last ? taskCursor.encode(last) : null,
    };
  }
}
