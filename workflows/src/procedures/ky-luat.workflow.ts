import type { ActRequest, CaseStart, IssuedDecision, Person } from '@congdoan/contracts';
import { REFUSALS } from '@congdoan/contracts';
import {
  DEFERRAL_GROUNDS,
  DISCIPLINE_PERIODS,
  DISCIPLINE_RULES,
  type DisciplineData,
  type DisciplineForm,
  KY_LUAT as P,
  MEETING_RULES,
  type MeetingRecord,
  ballotProblems,
  ceilingProblems,
  deferralGround,
  formProblems,
  formsFor,
  meetingProblems,
  newClock,
  resolveDisciplineBallot,
  stepOf,
} from '@congdoan/domain';
import { openCase, type CaseRuntime } from '../engine/case-runtime';
import { type CaseOutcome, closeCase } from '../engine/close-case';
import { issueDocument } from '../engine/documents';
import { humanStep } from '../engine/human-step';
import { meetingRefusal, recordBallotResult } from '../engine/meetings';
import type { StepDecision } from '../engine/open-step';

/**
 * Kỷ luật (domain §5; QĐ 5130/QĐ-TLĐ Art. 13). The UBKT examines the kiểm điểm record and advises; the BTV votes by
 * secret ballot, each form short of a majority adding its votes to the next lighter one (a switch, on by default);
 * still short, the upper union decides. The văn thư numbers the QĐ kỷ luật, and the body that manages the person is
 * told in writing within 15 days. Deferral (pregnancy, illness, detention…: Art. 6(1)) holds the case DEFERRED.
 * After a Party or administrative discipline, the union decides within 30 working days and never more heavily.
 */
export async function kyLuat(start: CaseStart): Promise<CaseOutcome> {
  const c = await openCase(start);
  const data = start.data as unknown as DisciplineData;
  const allowed = formsFor(data.subject.kind);
  const prior = data.priorDiscipline;
  // After another discipline, one 30-working-day period runs through the advice and the ballot (Art. 3(10)).
  const clock = prior ? newClock(prior.decidedOn, DISCIPLINE_PERIODS.afterOtherDisciplineWorkingDays, 'working_days') : undefined;
  const deferral = { refusal: deferralRefusal, onClockChange: (change: StepDecision) => deferralStatus(c, change) };

  const thamMuu = await humanStep(c, stepOf(P, 'tham-muu-ubkt'), { from: start.receivedAt, clock, ...deferral });
  if (thamMuu.action === 'reject') return closeCase(c, 'NO_DISCIPLINE', thamMuu);

  const bieuQuyet = await humanStep(c, stepOf(P, 'bieu-quyet'), {
    from: thamMuu.date,
    clock,
    ...deferral,
    refusal: (request) => deferralRefusal(request) ?? meetingRefusal((m) => [...meetingProblems(m, { secretRequired: true, exclusiveChoice: true }), ...ballotProblems(ballotOf(m), allowed, prior?.form)])(request),
  });
  const meeting = bieuQuyet.data?.meeting as MeetingRecord;
  const basis = MEETING_RULES.majorityBasis === 'present' ? meeting.present : meeting.members;
  const cumulative = start.settings?.cumulativeDisciplineVotes ?? DISCIPLINE_RULES.cumulativeVotes;
  const ballot = resolveDisciplineBallot({ votes: ballotOf(meeting), basis, allowedForms: allowed, cumulative });
  await recordBallotResult(c, bieuQuyet, { outcome: ballot.outcome, form: ballot.outcome === 'form' ? ballot.form : undefined, tally: ballot.tally, cumulative });

  // Decided here, or by the upper union when the ballot gave no form a majority.
  let form: DisciplineForm;
  let signer: Person = bieuQuyet.by;
  let decidedOn = bieuQuyet.date;
  let issuerUnitId = start.orgUnitId;
  if (ballot.outcome === 'form') form = ballot.form;
  else {
    issuerUnitId = start.parentOrgUnitId ?? start.orgUnitId;
    const capTren = await humanStep(c, stepOf(P, 'cap-tren-xem-xet'), {
      from: bieuQuyet.date,
      orgUnitId: issuerUnitId,
      refusal: (request) => upperDecisionRefusal(request, allowed, data),
    });
    if (capTren.action === 'reject') return closeCase(c, 'NO_DISCIPLINE', capTren);
    form = capTren.data?.form as DisciplineForm;
    signer = capTren.by;
    decidedOn = capTren.date;
  }

  let decision: IssuedDecision | undefined;
  const banHanh = await humanStep(c, stepOf(P, 'ban-hanh-quyet-dinh'), {
    from: decidedOn,
    orgUnitId: issuerUnitId,
    beforeClose: async (d) => {
      decision = await issueDocument(c, d, { kind: 'qd-ky-luat', typeCode: 'QĐ', signer, issuerUnitId, details: { form, meeting } });
    },
  });
  const issued = decision as IssuedDecision;

  // QĐ 5130 Art. 3(12): the Party, government or professional body that manages the person, within 15 days.
  if (data.managingBody) {
    const thongBao = await humanStep(c, stepOf(P, 'thong-bao-co-quan-quan-ly'), {
      from: issued.issuedOn,
      orgUnitId: issuerUnitId,
      beforeClose: async (d) => {
        await issueDocument(c, d, { kind: 'tb-ky-luat-co-quan-quan-ly', typeCode: 'TB', signer, issuerUnitId, details: { form } });
      },
    });
    return closeCase(c, 'DISCIPLINED', thongBao, issued.numberText);
  }
  return closeCase(c, 'DISCIPLINED', banHanh, issued.numberText);
}

/** The ballot's counts per form (each secret ballot names one form, or none). */
function ballotOf(meeting: MeetingRecord): Partial<Record<DisciplineForm, number>> {
  return Object.fromEntries(meeting.votes.map((v) => [v.option, v.for]));
}

/** A deferral names its Art. 6(1) ground. */
function deferralRefusal(request: ActRequest): { code: typeof REFUSALS.GROUND_REQUIRED; message: string } | undefined {
  if (request.action !== 'suspend' || deferralGround(request.data?.ground)) return undefined;
  const codes = DEFERRAL_GROUNDS.map((g) => g.code).join(', ');
  return {
    code: REFUSALS.GROUND_REQUIRED,
    message: `Hoãn xem xét kỷ luật phải nêu một trường hợp tại Điều 6 khoản 1 Quy định 5130/QĐ-TLĐ (data.ground: ${codes}) / a deferral needs its Art. 6(1) ground`,
  };
}

/** The case reads DEFERRED while its clock is suspended, and open again once resumed. */
async function deferralStatus(c: CaseRuntime, change: StepDecision): Promise<undefined> {
  const status = change.action === 'suspend' ? 'DEFERRED' : 'open';
  c.status = status;
  await c.apply({ caseUpdate: { status } });
  return undefined;
}

function upperDecisionRefusal(request: ActRequest, allowed: readonly DisciplineForm[], data: DisciplineData) {
  if (request.action !== 'approve') return undefined;
  const form = request.data?.form;
  if (!form) return { code: REFUSALS.FORM_REQUIRED, message: `Phải chọn hình thức kỷ luật (data.form: ${allowed.join(', ')}) / choose the form` };
  const problems = [...formProblems(data.subject.kind, form, 'data.form'), ...(data.priorDiscipline ? ceilingProblems(form, data.priorDiscipline, 'data.form') : [])];
  if (problems.length === 0) return undefined;
  return { code: REFUSALS.MEETING_INVALID, message: `${problems.map((p) => p.message).join('; ')} / ${problems.map((p) => p.messageEn).join('; ')}` };
}
