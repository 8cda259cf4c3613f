import { patched } from '@temporalio/workflow';
import type { CaseStart, IssuedDecision } from '@congdoan/contracts';
import { THANH_LAP_CDCS as P, stepOf } from '@congdoan/domain';
import { caseActivities } from '../engine/activities';
import { openCase } from '../engine/case-runtime';
import { type CaseOutcome, closeCase } from '../engine/close-case';
import { checkDossier } from '../engine/dossier-check';
import { humanStep } from '../engine/human-step';
import { sendNotice } from '../engine/notices';

interface FoundingData {
  unitName: string;
  memberCount: number;
  applicants: { fullName: string }[];
  bch?: { fullName: string; position?: string }[];
}

/**
 * Thành lập CĐCS, công nhận đoàn viên, CĐCS và BCH (domain §2). The upper union's officer checks the dossier; the
 * leader decides within 10 working days of a complete dossier; the văn thư numbers and issues the QĐ công nhận;
 * the new CĐCS then exists under the deciding union from the decision's date.
 */
export async function thanhLapCdcs(start: CaseStart): Promise<CaseOutcome> {
  const c = await openCase(start);
  const data = start.data as unknown as FoundingData;

  // The dossier check; a return for supplementation waits for the resubmitted dossier, whose period starts afresh.
  const checked = await checkDossier(c, P);
  if ('outcome' in checked) return checked.outcome;
  const { check: hoSo, completeFrom: dossierFrom } = checked;
  if (hoSo.action === 'withdraw') return closeCase(c, 'WITHDRAWN', hoSo);
  if (hoSo.action === 'reject') {
    await sendNotice(c, hoSo, { kind: 'tb-tu-choi-ho-so' });
    return closeCase(c, 'REJECTED', hoSo);
  }
  await sendNotice(c, hoSo, { kind: 'tb-tiep-nhan-ho-so' });

  // The decision: 10 working days from a complete dossier (HD 38 Mục 10.4(đ)), i.e. from the day its last paper
  // arrived (receipt, or the resubmission), not from the day the officer got round to checking it: a slow check
  // eats into the leader's period. Cases recorded before this counted from the check.
  const completeFrom = patched('decision-period-from-complete-dossier') ? dossierFrom : hoSo.date;
  const xetDuyet = await humanStep(c, stepOf(P, 'xet-duyet'), { from: completeFrom });
  if (xetDuyet.action === 'reject') {
    await sendNotice(c, xetDuyet, { kind: 'tb-tu-choi-ho-so' });
    return closeCase(c, 'REJECTED', xetDuyet);
  }

  // The văn thư numbers the decision inside the action, so the answer to "issue" carries the number.
  let decision: IssuedDecision | undefined;
  const banHanh = await humanStep(c, stepOf(P, 'ban-hanh-quyet-dinh'), {
    from: xetDuyet.date,
    beforeClose: async (issue) => {
      decision = await caseActivities.issueDecision({
        caseId: start.caseId,
        kind: 'qd-cong-nhan-cdcs',
        typeCode: 'QĐ',
        issuerUnitId: start.orgUnitId,
        issuedOn: issue.date,
        secret: false,
        signer: xetDuyet.by,
        issuedBy: issue.by,
      });
    },
  });
  const issued = decision as IssuedDecision;
  await caseActivities.recogniseUnit({
    caseId: start.caseId,
    parentUnitId: start.orgUnitId,
    name: `Công đoàn cơ sở ${data.unitName}`,
    validFrom: issued.issuedOn,
    bch: data.bch ?? [],
  });
  return closeCase(c, 'RECOGNISED', banHanh, issued.numberText);
}
