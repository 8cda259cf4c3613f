import type { CatalogProcedure, Me, Role } from '../../api/types';

/**
 * The procedures a lower union's chair files about their own union (the domain's `submittedBy: 'cdcs-chair'`): the
 * committee dossiers. Mirrored here for a catalog that does not say it.
 */
const FILED_BY_CDCS_CHAIR: readonly string[] = ['cong-nhan-bch', 'bo-sung-uy-vien'];

/** The role that opens a case of the procedure: the lower union's chair for its own dossiers, else the first step's holder. */
export function openerRole(procedure: Pick<CatalogProcedure, 'code' | 'steps' | 'submittedBy'>): Role {
  if (procedure.submittedBy === 'cdcs-chair' || FILED_BY_CDCS_CHAIR.includes(procedure.code)) return 'cdcs-chair';
  return procedure.steps[0]?.role ?? 'officer';
}

/** The units where the user holds a role. */
export const unitsWhere = (me: Me, role: Role) => me.units.filter((u) => u.roles.some((r) => r.role === role));

/** Whether the user may open a case of the procedure (they hold its opener's role somewhere). */
export const offeredTo = (me: Me | undefined, procedure: CatalogProcedure): boolean => !!me && unitsWhere(me, openerRole(procedure)).length > 0;
