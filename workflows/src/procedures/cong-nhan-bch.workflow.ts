import type { CaseStart } from '@congdoan/contracts';
import { COMMITTEE_PERIODS, CONG_NHAN_BCH as P, type CommitteeRecognitionData, INTERIM_POSITIONS, clockDueDate, newClock } from '@congdoan/domain';
import { caseActivities } from '../engine/activities';
import { openCase } from '../engine/case-runtime';
import { type CaseOutcome, closeCase } from '../engine/close-case';
import { committeeDossier, lowerUnitOf, rosterOf } from './committee-dossier';

/**
 * Công nhận BCH, BTV, chủ tịch, PCT, UBKT after a congress (domain §3; HD 38/HD-TLĐ Mục 10.4(đ)). The lower union
 * submits within 10 working days of its first BCH meeting: later is flagged, not refused. Its elected chair, vice
 * chairs and UBKT chair act from the announced result (the interim rule); the decision recognises the whole committee
 * from its date, and the previous committee's term ends the day before.
 */
export async function congNhanBch(start: CaseStart): Promise<CaseOutcome> {
  const c = await openCase(start);
  const data = start.data as unknown as CommitteeRecognitionData;
  const unitId = lowerUnitOf(start);
  const hasBtv = data.members.some((m) => m.position === 'uy-vien-btv');
  const roster = rosterOf(data.members, hasBtv);
  const interim = roster.filter((m) => INTERIM_POSITIONS.includes(m.position));
  await caseActivities.changeRoster({ caseId: start.caseId, orgUnitId: unitId, change: 'interim', validFrom: data.firstMeetingDate, replacesCommittee: true, members: interim });

  const submitBy = clockDueDate(c.calendar, newClock(data.firstMeetingDate, COMMITTEE_PERIODS.submissionWorkingDays, 'working_days')) as string;
  if (start.receivedAt > submitBy) {
    await c.apply({
      events: [{ eventKey: 'submission:late', kind: 'submission_late', data: { firstMeetingDate: data.firstMeetingDate, dueDate: submitBy, receivedAt: start.receivedAt } }],
    });
  }

  const result = await committeeDossier(c, P, unitId, 'qd-cong-nhan-bch');
  if (!result.decided) {
    await caseActivities.changeRoster({ caseId: start.caseId, orgUnitId: unitId, change: 'revoke', validFrom: c.today(), replacesCommittee: false, members: interim });
    return result.outcome;
  }
  await caseActivities.changeRoster({
    caseId: start.caseId,
    orgUnitId: unitId,
    change: 'recognise',
    validFrom: result.issued.issuedOn,
    replacesCommittee: true,
    members: roster,
    decisionNumber: result.issued.numberText,
  });
  return closeCase(c, 'RECOGNISED', result.issue, result.issued.numberText);
}
