import type { ActRequest, CaseStart, IssuedDecision } from '@congdoan/contracts';
import {
  ANONYMOUS_GROUND,
  DENUNCIATION_PERIODS,
  type DenunciationData,
  type LegalClock,
  TC_REFUSAL_GROUNDS,
  TC_TERMINATION_GROUNDS,
  TO_CAO as P,
  clockDueDate,
  initialProcessingPeriod,
  newClock,
  stepOf,
} from '@congdoan/domain';
import { type CaseRuntime, openCase } from '../engine/case-runtime';
import { type CaseOutcome, closeCase } from '../engine/close-case';
import { issueDocument } from '../engine/documents';
import { humanStep } from '../engine/human-step';
import { findingRefusal, groundRefusal } from '../engine/legal-grounds';
import type { StepDecision } from '../engine/open-step';

/**
 * Giải quyết tố cáo (domain §7; Luật Tố cáo 2018, NĐ 31/2019/NĐ-CP). Initial processing in 7 working days (10 when
 * several places) ends in a QĐ thụ lý signed by the leader, a refusal, or a forwarding; the resolution then has 30
 * days from acceptance, extended by QĐ gia hạn (once if complex, twice if particularly complex), stopped by a QĐ tạm
 * đình chỉ and restarted by a QĐ tiếp tục; it ends in a kết luận, sent within 5 working days, acted on and published
 * within 7. Anonymous letters are information reports: no notice goes to anyone.
 */
export async function toCao(start: CaseStart): Promise<CaseOutcome> {
  const c = await openCase(start);
  const data = start.data as unknown as DenunciationData;
  if (data.anonymous) return informationReport(c);

  // Initial processing and the decision to accept share one period from receipt (Art. 24(1), 29).
  const initial = initialProcessingPeriod(data.places);
  const intake = newClock(start.receivedAt, initial.amount, initial.unit);
  // The UBKT member who received the letter checks it: the identity they hold goes no further than needed.
  const banDau = await humanStep(c, stepOf(P, 'xu-ly-ban-dau'), {
    from: start.receivedAt,
    clock: intake,
    assignee: start.createdBy,
    refusal: (r) => (r.action === 'reject' ? groundRefusal(r, TC_REFUSAL_GROUNDS, 'Không thụ lý') : undefined),
  });
  if (banDau.action === 'withdraw') return closeCase(c, 'WITHDRAWN', banDau);
  if (banDau.action === 'reject' && banDau.data?.ground === ANONYMOUS_GROUND) return closeCase(c, 'INFO_REPORT', banDau);
  if (banDau.action === 'reject') return notAccepted(c, banDau);
  if (banDau.action === 'forward') {
    // Not ours to resolve: forwarded, and the denouncer told, within 5 working days of receipt (Art. 24(2)).
    const forwardBy = clockDueDate(c.calendar, newClock(start.receivedAt, 5, 'working_days'));
    await issueDocument(c, banDau, { kind: 'tb-chuyen-don-to-cao', typeCode: 'TB', details: { forwardTo: banDau.data?.forwardTo, dueOn: forwardBy } });
    return closeCase(c, 'FORWARDED', banDau);
  }

  const thuLy = await humanStep(c, stepOf(P, 'thu-ly'), {
    from: start.receivedAt,
    clock: intake,
    refusal: (r) => (r.action === 'reject' ? groundRefusal(r, TC_REFUSAL_GROUNDS, 'Không thụ lý') : undefined),
    beforeClose: async (d) => {
      if (d.action !== 'approve') return;
      const due = clockDueDate(c.calendar, newClock(d.date, DENUNCIATION_PERIODS.resolutionDays, 'calendar_days'));
      await issueDocument(c, d, { kind: 'qd-thu-ly-to-cao', typeCode: 'QĐ', details: { acceptedOn: d.date, resolutionDays: DENUNCIATION_PERIODS.resolutionDays, dueOn: due } });
    },
  });
  // A false name found only now (Art. 25) is still no tố cáo: an information report, no notice to anyone.
  if (thuLy.action === 'reject' && thuLy.data?.ground === ANONYMOUS_GROUND) return closeCase(c, 'INFO_REPORT', thuLy);
  if (thuLy.action === 'reject') return notAccepted(c, thuLy);
  // The denouncer is told of the acceptance, the accused of the content only (Art. 29(3)), the same day.
  await issueDocument(c, thuLy, { kind: 'tb-thu-ly-to-cao', typeCode: 'TB', details: { acceptedOn: thuLy.date } });
  await issueDocument(c, thuLy, { kind: 'tb-noi-dung-to-cao', typeCode: 'TB', details: { acceptedOn: thuLy.date } });

  const clock = newClock(thuLy.date, DENUNCIATION_PERIODS.resolutionDays, 'calendar_days');
  const resolving = { from: thuLy.date, clock, onClockChange: (d: StepDecision, after: LegalClock) => clockDecision(c, d, after) };
  // What the decisions taken inside a step's Update issued: a termination ends the case, a conclusion moves it on.
  const issued: { ended?: IssuedDecision; conclusion?: IssuedDecision } = {};
  const terminatedBy = () => issued.ended;
  const termination = async (d: StepDecision) => {
    if ((d.action === 'withdraw' && !d.data?.coercionSuspected) || d.action === 'terminate') {
      const ground = d.action === 'withdraw' ? 'rut-toan-bo-to-cao' : d.data?.ground;
      issued.ended = await issueDocument(c, d, { kind: 'qd-dinh-chi-giai-quyet-to-cao', typeCode: 'QĐ', details: { ground } });
    }
  };
  const terminationRefusal = (r: ActRequest) => (r.action === 'terminate' ? groundRefusal(r, TC_TERMINATION_GROUNDS, 'Đình chỉ giải quyết') : undefined);

  let verification: StepDecision | undefined;
  while (!issued.conclusion) {
    const xacMinh = await humanStep(c, stepOf(P, 'xac-minh'), { ...resolving, refusal: terminationRefusal, beforeClose: termination });
    if (terminatedBy()) return closeCase(c, 'TERMINATED', xacMinh, terminatedBy()?.numberText);
    if (xacMinh.action === 'withdraw') continue; // withdrawn under coercion (Art. 33(2)): the resolution goes on
    verification = xacMinh;

    for (;;) {
      const ketLuan = await humanStep(c, stepOf(P, 'ket-luan'), {
        ...resolving,
        refusal: (r) => (r.action === 'approve' ? findingRefusal(r) : terminationRefusal(r)),
        beforeClose: async (d) => {
          await termination(d);
          if (d.action !== 'approve') return;
          issued.conclusion = await issueDocument(c, d, {
            kind: 'kl-noi-dung-to-cao',
            typeCode: 'KL',
            details: { finding: d.data?.finding, resolution: d.comment, measures: d.data?.measures, verification: verification?.comment },
          });
        },
      });
      if (terminatedBy()) return closeCase(c, 'TERMINATED', ketLuan, terminatedBy()?.numberText);
      if (ketLuan.action === 'withdraw') continue; // coerced withdrawal: the conclusion is still due
      break; // concluded, or returned for more verification
    }
  }

  // After the conclusion: sent (5 working days, Art. 35), acted on and published (7 working days, Art. 36, 40).
  const concluded = issued.conclusion;
  await humanStep(c, stepOf(P, 'gui-ket-luan'), {
    from: concluded.issuedOn,
    beforeClose: async (d) => {
      await issueDocument(c, d, { kind: 'tb-ket-qua-giai-quyet-to-cao', typeCode: 'TB' });
    },
  });
  await humanStep(c, stepOf(P, 'xu-ly-sau-ket-luan'), { from: concluded.issuedOn });
  const congKhai = await humanStep(c, stepOf(P, 'cong-khai'), {
    from: concluded.issuedOn,
    beforeClose: async (d) => {
      await issueDocument(c, d, { kind: 'tb-cong-khai-ket-luan-to-cao', typeCode: 'TB', details: { method: d.data?.method } });
    },
  });
  return closeCase(c, 'RESOLVED', congKhai, concluded.numberText);
}

/** Not accepted: the denouncer is told why (Art. 29). */
async function notAccepted(c: CaseRuntime, d: StepDecision): Promise<CaseOutcome> {
  await issueDocument(c, d, { kind: 'tb-khong-thu-ly-to-cao', typeCode: 'TB', details: { ground: d.data?.ground } });
  return closeCase(c, 'NOT_ACCEPTED', d);
}

/** An anonymous or false-name letter (Art. 25): looked at, and checked under the unit's own powers if it is specific. */
async function informationReport(c: CaseRuntime): Promise<CaseOutcome> {
  const xuLy = await humanStep(c, stepOf(P, 'xu-ly-thong-tin'), { from: c.start.receivedAt });
  return closeCase(c, 'INFO_REPORT', xuLy);
}

const CLOCK_DECISION_KINDS = {
  extend: 'qd-gia-han-giai-quyet-to-cao',
  suspend: 'qd-tam-dinh-chi-giai-quyet-to-cao',
  resume: 'qd-tiep-tuc-giai-quyet-to-cao',
} as const;

/** The decision behind a change of the resolution clock; `after` is the ledger with the change, so it states the new last day. */
async function clockDecision(c: CaseRuntime, d: StepDecision, after: LegalClock): Promise<string | undefined> {
  const kind = CLOCK_DECISION_KINDS[d.action as keyof typeof CLOCK_DECISION_KINDS];
  if (!kind) return undefined;
  // The n-th extension, or the n-th suspension and its resumption.
  const ordinal = d.action === 'extend' ? after.extensions.length : after.pauses.length;
  const doc = await issueDocument(c, d, {
    kind,
    typeCode: 'QĐ',
    key: `${kind}:${ordinal}`,
    details: { ground: d.data?.ground, ordinal, amount: d.data?.amount, criteria: d.data?.criteria, dueOn: clockDueDate(c.calendar, after) },
  });
  return doc.numberText;
}
