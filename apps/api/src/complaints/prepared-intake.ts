import type { OrgUnitEntity } from '@congdoan/persistence';
import type { IntakeProtection } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** A case ready to record: its data as stored, its title, and what is recorded with it. */
export interface PreparedIntake {
  title: string;
  data: Record<string, unknown>;
  /** a complaint's or denunciation's parties, assignments and sealed identity; a discipline case's subject */
  protection?: IntakeProtection;
  /** the lower union the case is about (a committee dossier): its chair sees the case at the upper union */
  subjectUnitId?: string;
}

/** What a procedure's own intake rules work on: the request, who files it, where, and when. */
export interface IntakeRequest {
  title: string;
  data: Record<string, unknown>;
  user: AuthenticatedUser;
  unit: OrgUnitEntity;
  receivedAt: string;
  today: string;
}

/** A procedure's intake rules beyond its data's shape (links, defaults, domain rules refused with 422). */
export interface IntakePreparer {
  prepare(request: IntakeRequest): Promise<PreparedIntake>;
}
