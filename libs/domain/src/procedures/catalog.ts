import type { ProcedureDefinition } from './procedure-definition';
import { KHIEU_NAI } from './khieu-nai.definition';
import { THANH_LAP_CDCS } from './thanh-lap-cdcs.definition';
import { TO_CAO } from './to-cao.definition';

/** The procedures this engine runs; each has one workflow of the same code. */
export const PROCEDURES: readonly ProcedureDefinition[] = [THANH_LAP_CDCS, KHIEU_NAI, TO_CAO];

export function findProcedure(code: string): ProcedureDefinition | undefined {
  return PROCEDURES.find((p) => p.code === code);
}
