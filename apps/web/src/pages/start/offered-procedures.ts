import type { CatalogProcedure, Me, Role } from '../../api/types';

/** The role that opens a case of the procedure: the lower union's chair for its own dossiers, else the first step's holder. */
export function openerRole(procedure: Pick<CatalogProcedure, 'code' | 'steps' | 'submittedBy'>): Role {
  if (procedure.submittedBy === 'cdcs-chair') return 'cdcs-chair';
  return procedure.steps[0]?.role ?? 'officer';
}

/** The units where the user holds a role. */
export const unitsWhere = (me: Me, role: Role) => me.units.filter((u) => u.roles.some((r) => r.role === role));

/** Whether the user may open a case of the procedure (they hold its opener's role somewhere). */
export const offeredTo = (me: Me | undefined, procedure: CatalogProcedure): boolean => !!me && unitsWhere(me, openerRole(procedure)).length > 0;
