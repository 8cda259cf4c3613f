import { Injectable } from '@nestjs/common';
import { NotFound, vietnamDate } from '@congdoan/domain';
import { CasesRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DEFAULT_PAGE, type ListCasesQueryDto } from './cases.dto';
import { type CaseSummaryView, type CaseView, toCaseSummary, toCaseView } from './case-view';
import { CaseWorkflows } from './case-workflows.service';
import { DeadlineCalendar } from './deadline-calendar.service';
import { type Page, caseCursor } from './page-cursor';

@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly workflows: CaseWorkflows,
    private readonly calendar: DeadlineCalendar,
  ) {}

  /** Cases of the user's units and the units below them, newest first (the read model; never Temporal visibility). */
  async list(user: AuthenticatedUser, query: ListCasesQueryDto): Promise<Page<CaseSummaryView>> {
    const { items, hasMore } = await this.cases.listVisible(user.id, vietnamDate(new Date()), {
      procedureCode: query.procedureCode,
      status: query.status,
      q: query.q || undefined,
      limit: query.limit ?? DEFAULT_PAGE,
      after: query.cursor ? caseCursor.decode(query.cursor) : undefined,
    });
    const last = items.at(-1);
    return { items: items.map(toCaseSummary), nextCursor: hasMore && last ? caseCursor.encode(last) : null };
  }

  /** The case page; an id the user may not see is as unknown as one that does not exist. */
  async get(caseId: string, user: AuthenticatedUser): Promise<CaseView> {
    const today = vietnamDate(new Date());
    const [row, calendar] = await Promise.all([this.cases.detail(caseId, { userId: user.id, today }), this.calendar.load()]);
    if (!row) throw new NotFound('hồ sơ', 'Case', caseId);
    // The live clock (pauses, extensions) is the workflow's; a case page still shows when it cannot answer.
    const state = row.closedAt ? undefined : await this.workflows.state(caseId);
    return toCaseView(row, calendar, today, state);
  }

  /** The case as a write returns it: the read model only (no workflow query on the hot path), no visibility check. */
  async viewAfterWrite(caseId: string): Promise<CaseView> {
    const [row, calendar] = await Promise.all([this.cases.detail(caseId), this.calendar.load()]);
    if (!row) throw new NotFound('hồ sơ', 'Case', caseId);
    return toCaseView(row, calendar, vietnamDate(new Date()));
  }
}
