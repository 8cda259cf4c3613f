import type { CaseStart } from '@congdoan/contracts';
import { BO_SUNG_UY_VIEN as P, type CommitteeAdditionData, stepOf } from '@congdoan/domain';
import { caseActivities } from '../engine/activities';
import { openCase } from '../engine/case-runtime';
import { type CaseOutcome, closeCase } from '../engine/close-case';
import { humanStep } from '../engine/human-step';
import { sendNotice } from '../engine/notices';
import { committeeDossier, lowerUnitOf } from './committee-dossier';

/**
 * Bổ sung ủy viên BCH/BTV/UBKT during a term (domain §3). Additions beyond 2/3 (CĐCS) or 1/2 (higher levels) of the
 * congress-decided number need the upper union's consent (Điều lệ Art. 11(4)): the API refuses them unless the
 * dossier asks for it (`consentNeeded`), and then the upper union's leader consents before the dossier is examined.
 * The decision adds the members to the roster from its date; nobody's term ends.
 */
export async function boSungUyVien(start: CaseStart): Promise<CaseOutcome> {
  const c = await openCase(start);
  const data = start.data as unknown as CommitteeAdditionData & { consentNeeded?: boolean };
  const unitId = lowerUnitOf(start);

  if (data.consentNeeded) {
    const consent = await humanStep(c, stepOf(P, 'chap-thuan-vuot-ty-le'), { from: start.receivedAt });
    if (consent.action === 'reject') {
      await sendNotice(c, consent, { kind: 'tb-tu-choi-ho-so' });
      return closeCase(c, 'REJECTED', consent);
    }
  }

  const result = await committeeDossier(c, P, unitId, 'qd-bo-sung-uy-vien');
  if (!result.decided) return result.outcome;
  await caseActivities.changeRoster({
    caseId: start.caseId,
    orgUnitId: unitId,
    change: 'recognise',
    validFrom: result.issued.issuedOn,
    replacesCommittee: false,
    members: data.members.map((m) => ({ fullName: m.fullName.trim(), position: m.position, bodies: [data.body], ...(m.userId ? { userId: m.userId } : {}) })),
    decisionNumber: result.issued.numberText,
  });
  return closeCase(c, 'RECOGNISED', result.issue, result.issued.numberText);
}
