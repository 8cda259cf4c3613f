import { type ActRequest, type CaseStart, type IssuedDecision, REFUSALS } from '@congdoan/contracts';
import {
  COMPLAINT_PERIODS,
  type ComplaintData,
  DEFAULT_ACCEPTANCE_UNIT,
  KHIEU_NAI as P,
  KN_REFUSAL_GROUNDS,
  acceptancePeriod,
  clockDueDate,
  filingWindowEnd,
  legalEffectFrom,
  newClock,
  resolutionPeriod,
  secondInstanceWindowEnd,
  stepOf,
  vietnameseDate,
} from '@congdoan/domain';
import { type CaseRuntime, openCase } from '../engine/case-runtime';
import { type CaseOutcome, closeCase } from '../engine/close-case';
import { issueDocument } from '../engine/documents';
import { humanStep } from '../engine/human-step';
import { type ProcedureRefusal, findingRefusal, groundRefusal } from '../engine/legal-grounds';

/**
 * Giải quyết khiếu nại (domain §6; Luật Khiếu nại 2011, QĐ 333/QĐ-TLĐ), first or second instance. The UBKT accepts
 * (thụ lý) within 10 days of receipt, verifies, and the leader signs the QĐ giải quyết within 30 days of acceptance
 * (45 when complex; longer in remote areas and at second instance); the decision is sent within 3 working days
 * (second instance: 7 days). A withdrawal after acceptance ends in a QĐ đình chỉ.
 */
export async function khieuNai(start: CaseStart): Promise<CaseOutcome> {
  const c = await openCase(start);
  const data = start.data as unknown as ComplaintData;
  const { instance, remoteArea } = data;

  const thuLy = await humanStep(c, stepOf(P, 'thu-ly'), {
    from: start.receivedAt,
    period: acceptancePeriod(start.settings?.complaintAcceptanceUnit ?? DEFAULT_ACCEPTANCE_UNIT),
    refusal: (r) => {
      if (r.action === 'reject') return groundRefusal(r, KN_REFUSAL_GROUNDS, 'Không thụ lý');
      if (r.action === 'approve' && instance === 1) return filingWindowRefusal(c, data, start.receivedAt, r);
      return undefined;
    },
  });
  if (thuLy.action === 'withdraw') return closeCase(c, 'WITHDRAWN', thuLy);
  if (thuLy.action === 'reject') {
    await issueDocument(c, thuLy, { kind: 'tb-khong-thu-ly-khieu-nai', typeCode: 'TB', details: { ground: thuLy.data?.ground } });
    return closeCase(c, 'NOT_ACCEPTED', thuLy);
  }

  // The resolution period runs from the acceptance, through verification and the decision (Art. 28, 37).
  const period = resolutionPeriod(instance, thuLy.data?.complex ?? data.complex, remoteArea);
  const clock = newClock(thuLy.date, period.amount, period.unit);
  await issueDocument(c, thuLy, {
    kind: 'tb-thu-ly-khieu-nai',
    typeCode: 'TB',
    details: { acceptedOn: thuLy.date, resolutionDays: period.amount, dueOn: clockDueDate(c.calendar, clock) },
  });

  let decision: IssuedDecision | undefined;
  for (;;) {
    const xacMinh = await humanStep(c, stepOf(P, 'xac-minh'), {
      from: thuLy.date,
      clock,
      beforeClose: async (d) => {
        if (d.action === 'withdraw') decision = await issueDocument(c, d, { kind: 'qd-dinh-chi-giai-quyet-khieu-nai', typeCode: 'QĐ' });
      },
    });
    if (xacMinh.action === 'withdraw') return closeCase(c, 'TERMINATED', xacMinh, decision?.numberText);

    const quyetDinh = await humanStep(c, stepOf(P, 'quyet-dinh'), {
      from: thuLy.date,
      clock,
      refusal: (r) => (r.action === 'approve' ? findingRefusal(r) : undefined),
      beforeClose: async (d) => {
        if (d.action === 'withdraw') decision = await issueDocument(c, d, { kind: 'qd-dinh-chi-giai-quyet-khieu-nai', typeCode: 'QĐ' });
        if (d.action !== 'approve') return;
        decision = await issueDocument(c, d, {
          kind: instance === 1 ? 'qd-giai-quyet-khieu-nai-lan-dau' : 'qd-giai-quyet-khieu-nai-lan-hai',
          typeCode: 'QĐ',
          details: { finding: d.data?.finding, resolution: d.comment, verification: xacMinh.comment, acceptedOn: thuLy.date },
        });
      },
    });
    if (quyetDinh.action === 'return') continue; // more verification, on the same clock
    if (quyetDinh.action === 'withdraw') return closeCase(c, 'TERMINATED', quyetDinh, decision?.numberText);
    break;
  }

  // Sent within 3 working days (Art. 32) or, at second instance, 7 days (Art. 41), counted from its signing.
  const issued = decision as IssuedDecision;
  const guiQuyetDinh = await humanStep(c, stepOf(P, 'gui-quyet-dinh'), { from: issued.issuedOn, period: COMPLAINT_PERIODS.sendDecision[instance] });
  await c.apply({
    events: [
      {
        eventKey: 'decision:sent',
        kind: 'decision_sent',
        stepKey: 'gui-quyet-dinh',
        actor: guiQuyetDinh.by,
        data: {
          decisionNumber: issued.numberText,
          sentOn: guiQuyetDinh.date,
          legalEffectFrom: legalEffectFrom(c.calendar, issued.issuedOn, instance, remoteArea),
          // Art. 33: a second complaint within 30 days (45 remote) of receiving the decision; sending is our record of it.
          ...(instance === 1 ? { secondInstanceUntil: secondInstanceWindowEnd(c.calendar, guiQuyetDinh.date, remoteArea) } : {}),
        },
      },
    ],
  });
  return closeCase(c, 'RESOLVED', guiQuyetDinh, issued.numberText);
}

/** A first complaint filed after its 90 days (plus the days lost to obstacles) cannot be accepted (Art. 9, 11(6)). */
function filingWindowRefusal(c: CaseRuntime, data: ComplaintData, receivedAt: string, r: ActRequest): ProcedureRefusal {
  const obstacleDays = r.data?.obstacleDays ?? data.obstacleDays;
  const end = filingWindowEnd(c.calendar, data.learnedOn, obstacleDays);
  if (receivedAt <= end) return undefined;
  return {
    code: REFUSALS.FILING_WINDOW_CLOSED,
    message:
      `Thời hiệu khiếu nại (90 ngày kể từ ngày ${vietnameseDate(data.learnedOn, true)}${obstacleDays ? `, cộng ${obstacleDays} ngày trở ngại khách quan` : ''}) ` +
      `đã hết ngày ${vietnameseDate(end, true)}, trước ngày nhận đơn ${vietnameseDate(receivedAt, true)} (Luật Khiếu nại 2011 Điều 9): ` +
      `chỉ có thể không thụ lý (căn cứ het-thoi-hieu), hoặc ghi nhận số ngày trở ngại khách quan (data.obstacleDays) / ` +
      `the 90-day filing window closed on ${end}, before the letter arrived on ${receivedAt}`,
  };
}
