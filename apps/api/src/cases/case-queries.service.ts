import { Injectable } from '@nestjs/common';
import { Forbidden, NotFound, vietnamDate } from '@congdoan/domain';
import { CaseProtectionRepository, CasesRepository, type IdentityReadRow } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { toHoldViews } from '../commendation/holds-view';
import { IdentityShield } from '../complaints/identity-shield.service';
import { CaseLinks } from '../discipline/case-links';
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
    private readonly shield: IdentityShield,
    private readonly protection: CaseProtectionRepository,
    private readonly links: CaseLinks,
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
    const [state, holds, links] = await Promise.all([
      row.closedAt ? undefined : this.workflows.state(caseId),
      row.procedureCode === 'khen-thuong' ? this.cases.holdsOf(caseId) : undefined,
      this.links.of(row, user.id, today),
    ]);
    const view: CaseView = { ...toCaseView(row, calendar, today, state), ...(holds ? { holds: toHoldViews(holds) } : {}), ...(links ? { links } : {}) };
    if (!IdentityShield.applies(row.procedureCode, row.data)) return view;
    // A denunciation: the assigned people and the deciding leader see who denounced (and the read is recorded).
    const { record, view: identity } = await this.shield.forCaseView(caseId, user.id, today);
    if (!record) return withProtectedFilesHidden({ ...view, identity });
    return { ...view, identity, title: record.title, data: { ...view.data, denouncer: record.denouncer, content: record.content } };
  }

  /** The audit trail of a denunciation's identity, for those who may read the identity (403 for others). */
  async identityReads(caseId: string, user: AuthenticatedUser): Promise<{ items: IdentityReadRow[] }> {
    const today = vietnamDate(new Date());
    const row = await this.cases.detail(caseId, { userId: user.id, today });
    if (!row) throw new NotFound('hồ sơ', 'Case', caseId);
    if (!(await this.shield.mayReadIdentity(caseId, user.id))) {
      throw new Forbidden('Chỉ người được xem danh tính người tố cáo mới xem được nhật ký này', 'Only those who may read the identity may read its audit trail');
    }
    return { items: await this.protection.reads(caseId) };
  }

  /** The case as a write returns it: the read model only (no workflow query on the hot path), no visibility check. */
  async viewAfterWrite(caseId: string): Promise<CaseView> {
    const [row, calendar] = await Promise.all([this.cases.detail(caseId), this.calendar.load()]);
    if (!row) throw new NotFound('hồ sơ', 'Case', caseId);
    const view = toCaseView(row, calendar, vietnamDate(new Date()));
    // Written for whoever acted, without a read of the identity: its protected files stay hidden here.
    return IdentityShield.applies(row.procedureCode, row.data) ? withProtectedFilesHidden({ ...view, identity: { protected: true, visibleToYou: false } }) : view;
  }
}

function withProtectedFilesHidden(view: CaseView): CaseView {
  return { ...view, attachments: view.attachments.map((a) => IdentityShield.hideAttachment(view.procedureCode, a)) };
}
