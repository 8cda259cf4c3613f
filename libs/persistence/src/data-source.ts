import { DataSource } from 'typeorm';
import { CalendarYearEntity } from './entities/calendar-year.entity';
import { OrgUnitEntity } from './entities/org-unit.entity';
import { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { UserEntity } from './entities/user.entity';
import { CreateOrgUnitsUsersRoles1763800000000 } from './migrations/1763800000000-CreateOrgUnitsUsersRoles';
import { CreateCalendarYears1763900000000 } from './migrations/1763900000000-CreateCalendarYears';
import { CreateCaseReadModel1764000000000 } from './migrations/1764000000000-CreateCaseReadModel';
import { CreateAttachments1764300000000 } from './migrations/1764300000000-CreateAttachments';
import { CreateCommitteeMembers1764200000000 } from './migrations/1764200000000-CreateCommitteeMembers';
import { CreateNotificationReads1764100000000 } from './migrations/1764100000000-CreateNotificationReads';
import { DocumentContentAndEmail1764400000000 } from './migrations/1764400000000-DocumentContentAndEmail';
import { ComplaintsAndIdentityProtection1764500000000 } from './migrations/1764500000000-ComplaintsAndIdentityProtection';
import { CommitteesHoldsAndSubjects1764600000000 } from './migrations/1764600000000-CommitteesHoldsAndSubjects';
import { DocumentRegisterAndCorrections1764700000000 } from './migrations/1764700000000-DocumentRegisterAndCorrections';

export const ENTITIES = [OrgUnitEntity, UserEntity, RoleAssignmentEntity, CalendarYearEntity];
/** Listed explicitly (not globbed) so the compiled app and the tests run the same, reviewed list in order. */
export const MIGRATIONS = [CreateOrgUnitsUsersRoles1763800000000, CreateCalendarYears1763900000000, CreateCaseReadModel1764000000000, CreateNotificationReads1764100000000, CreateCommitteeMembers1764200000000, CreateAttachments1764300000000, DocumentContentAndEmail1764400000000, ComplaintsAndIdentityProtection1764500000000, CommitteesHoldsAndSubjects1764600000000, DocumentRegisterAndCorrections1764700000000];

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: options.applicationName ?? 'congdoan',
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 },
  });
}
