import type { ProcedureDefinition } from './procedure-definition';
import { THANH_LAP_CDCS } from './thanh-lap-cdcs.definition';

/** The procedures this engine runs; each has one workflow of the same code. */
export const PROCEDURES: readonly ProcedureDefinition[] = [THANH_LAP_CDCS];

export function findProcedure(code: string): ProcedureDefinition | undefined {
  return PROCEDURES.find((p) => p.code === code);
}
