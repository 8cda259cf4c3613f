import type { CaseStart, IssuedDecision, Person } from '@congdoan/contracts';
import { type CommitteeMember, type ProcedureDefinition, bodiesOf, stepOf } from '@congdoan/domain';
import type { CaseRuntime } from '../engine/case-runtime';
import { type CaseOutcome, closeCase } from '../engine/close-case';
import { issueDocument } from '../engine/documents';
import { checkDossier } from '../engine/dossier-check';
import { humanStep } from '../engine/human-step';
import { sendNotice } from '../engine/notices';
import type { StepDecision } from '../engine/open-step';

/** A committee dossier decided: the decision issued, who signed it and the văn thư's step that issued it. */
export type CommitteeDecision = { decided: true; issued: IssuedDecision; signer: Person; issue: StepDecision } | { decided: false; outcome: CaseOutcome };

/**
 * The dossier path a lower union's committee takes at the upper union (domain §3), shared by the recognition after a
 * congress and an addition during the term: the officer checks; a return goes to the lower union's chair, whose
 * resubmission starts the periods afresh; the leader decides within 10 working days of a complete dossier; the văn
 * thư numbers the decision.
 */
export async function committeeDossier(c: CaseRuntime, P: ProcedureDefinition, lowerUnitId: string, decisionKind: string): Promise<CommitteeDecision> {
  const checked = await checkDossier(c, P, { supplementUnitId: lowerUnitId });
  if ('outcome' in checked) return { decided: false, outcome: checked.outcome };
  const { check: hoSo, completeFrom: dossierFrom } = checked;
  if (hoSo.action === 'reject') return refused(c, hoSo);
  await sendNotice(c, hoSo, { kind: 'tb-tiep-nhan-ho-so' });

  const xetDuyet = await humanStep(c, stepOf(P, 'xet-duyet'), { from: dossierFrom });
  if (xetDuyet.action === 'reject') return refused(c, xetDuyet);

  let issued: IssuedDecision | undefined;
  const issue = await humanStep(c, stepOf(P, 'ban-hanh-quyet-dinh'), {
    from: xetDuyet.date,
    beforeClose: async (d) => {
      issued = await issueDocument(c, d, { kind: decisionKind, typeCode: 'QĐ', signer: xetDuyet.by });
    },
  });
  return { decided: true, issued: issued as IssuedDecision, signer: xetDuyet.by, issue };
}

async function refused(c: CaseRuntime, decision: StepDecision): Promise<CommitteeDecision> {
  await sendNotice(c, decision, { kind: 'tb-tu-choi-ho-so' });
  return { decided: false, outcome: await closeCase(c, 'REJECTED', decision) };
}

/** Each elected person on the roster, with the bodies their position sits on. */
export function rosterOf(members: CommitteeMember[], hasBtv: boolean) {
  return members.map((m) => ({
    fullName: m.fullName.trim(),
    position: m.position,
    bodies: bodiesOf(m.position, hasBtv),
    ...(m.userId ? { userId: m.userId } : {}),
  }));
}

/** The lower union the dossier is about (the API checked it sits directly under the deciding union). */
export const lowerUnitOf = (start: CaseStart): string => String(start.data.cdcsId);
