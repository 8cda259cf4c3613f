import type { ProcedureDefinition } from '@congdoan/domain';
import { stepOf } from '@congdoan/domain';
import type { CaseRuntime } from './case-runtime';
import { type CaseOutcome, closeCase } from './close-case';
import { humanStep } from './human-step';
import { sendNotice } from './notices';
import type { StepDecision } from './open-step';

/** The officer's last word on the dossier and the day it became complete, or the case ended while it was returned. */
export type DossierChecked = { check: StepDecision; completeFrom: string } | { outcome: CaseOutcome };

/**
 * The dossier check (`kiem-tra-ho-so`) with its returns: each return sends a numbered request for supplementation and
 * waits for the resubmission (`bo-sung-ho-so`, held in `supplementUnitId` when the filer is a lower union), whose day
 * starts the periods afresh (domain §9: no "pause and continue"). Ends on any other action, for the procedure to read.
 */
export async function checkDossier(c: CaseRuntime, P: ProcedureDefinition, options: { supplementUnitId?: string } = {}): Promise<DossierChecked> {
  let completeFrom = c.start.receivedAt;
  let check = await humanStep(c, stepOf(P, 'kiem-tra-ho-so'), { from: completeFrom });
  for (let round = 1; check.action === 'return'; round++) {
    await sendNotice(c, check, { kind: 'tb-bo-sung-ho-so', key: `tb-bo-sung-ho-so:${round}` });
    const boSung = await humanStep(c, stepOf(P, 'bo-sung-ho-so'), { from: check.date, ...(options.supplementUnitId ? { orgUnitId: options.supplementUnitId } : {}) });
    if (boSung.action === 'withdraw') return { outcome: await closeCase(c, 'WITHDRAWN', boSung) };
    completeFrom = boSung.date;
    check = await humanStep(c, stepOf(P, 'kiem-tra-ho-so'), { from: completeFrom });
  }
  return { check, completeFrom };
}
