// The admin API's views as these pages read them (apps/api/src/users, apps/api/src/stand-ins).
import type { Role } from '../../api/types';

/** GET /api/users item, with the roles in force today or later */
export interface UserItem {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
  roles: { role: Role; title: string | null; orgUnitId: string; orgUnitCode: string; orgUnitName: string; validFrom: string; validTo: string | null }[];
}

export interface NewUser {
  username: string;
  fullName: string;
  email?: string;
  password: string;
}

export interface RoleAssignment {
  orgUnitId: string;
  role: Role;
  title?: string;
  validFrom?: string;
}

/** GET /api/stand-ins item */
export interface StandIn {
  id: string;
  principalUserId: string;
  principalName: string;
  substituteUserId: string;
  substituteName: string;
  orgUnitId: string;
  orgUnitName: string;
  orgUnitCode: string;
  validFrom: string;
  validTo: string;
  scope: string;
  reference: string;
  createdBy: string | null;
  createdAt: string;
  /** in force today (Vietnam time) */
  inForce: boolean;
}

export interface NewStandIn {
  principalUserId: string;
  substituteUserId: string;
  orgUnitId: string;
  validFrom: string;
  validTo: string;
  scope: string;
  reference: string;
}

/** GET /api/org-units/:id/people item: who holds a role in the unit today */
export interface UnitPerson {
  userId: string;
  fullName: string;
  role: Role;
  title: string | null;
}
