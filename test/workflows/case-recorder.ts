import type { CaseActivities, EmailActivities, EmailNotificationsRequest, IssueDecisionRequest, RecogniseUnitRequest, Transition } from '@congdoan/contracts';
import { OFFICIAL_YEAR_CALENDARS } from '@congdoan/domain';

/**
 * The case activities as a recorder, for workflow tests: every transition the workflow asks to write is kept, in
 * order, so a test can say what the read model would show (the real writer is tested on PostgreSQL separately).
 */
export class CaseRecorder implements CaseActivities, EmailActivities {
  readonly transitions: Transition[] = [];
  readonly decisions: IssueDecisionRequest[] = [];
  readonly units: RecogniseUnitRequest[] = [];
  readonly emails: EmailNotificationsRequest[] = [];

  async loadCalendar() {
    return OFFICIAL_YEAR_CALENDARS.map((y) => ({ ...y }));
  }

  async applyTransition(transition: Transition): Promise<void> {
    this.transitions.push(transition);
  }

  async issueDecision(request: IssueDecisionRequest) {
    this.decisions.push(request);
    const number = this.decisions.filter((d) => d.typeCode === request.typeCode).length;
    return { documentId: `doc-${this.decisions.length}`, number, numberText: `${String(number).padStart(2, '0')}/${request.typeCode}-CĐVC`, issuedOn: request.issuedOn };
  }

  async emailNotifications(request: EmailNotificationsRequest) {
    this.emails.push(request);
    return { sent: request.dedupeKeys.length, alreadySent: 0, skipped: 0 };
  }

  async recogniseUnit(request: RecogniseUnitRequest) {
    this.units.push(request);
    return { orgUnitId: 'unit-new' };
  }

  activities(): CaseActivities & EmailActivities {
    return {
      emailNotifications: (r) => this.emailNotifications(r),
      loadCalendar: () => this.loadCalendar(),
      applyTransition: (t) => this.applyTransition(t),
      issueDecision: (r) => this.issueDecision(r),
      recogniseUnit: (r) => this.recogniseUnit(r),
    };
  }

  events(kind?: string) {
    return this.transitions.flatMap((t) => (t.events ?? []).map((e) => ({ ...e, at: t.at }))).filter((e) => !kind || e.kind === kind);
  }

  openedTasks() {
    return this.transitions.flatMap((t) => (t.openTasks ?? []).map((task) => ({ ...task, at: t.at })));
  }

  closedTasks() {
    return this.transitions.flatMap((t) => t.closeTasks ?? []);
  }
}
