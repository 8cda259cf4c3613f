import type { CaseRuntime } from './case-runtime';
import type { StepDecision } from './open-step';

export interface CaseOutcome {
  status: string;
  decidedBy: string;
  documentNumber?: string;
}

const OUTCOME_LABELS: Record<string, string> = {
  RECOGNISED: 'đã được công nhận',
  REJECTED: 'không được chấp thuận',
  WITHDRAWN: 'đã được rút',
  NOT_ACCEPTED: 'không được thụ lý',
  RESOLVED: 'đã được giải quyết',
  TERMINATED: 'đã bị đình chỉ giải quyết',
  FORWARDED: 'đã được chuyển đến cơ quan có thẩm quyền',
  INFO_REPORT: 'được xử lý như thông tin phản ánh',
};

/** Ends the case in a terminal status, with a timeline entry and a notice to whoever opened it. */
export async function closeCase(c: CaseRuntime, status: string, last: StepDecision, documentNumber?: string): Promise<CaseOutcome> {
  c.status = status;
  const label = OUTCOME_LABELS[status] ?? status;
  await c.apply({
    caseUpdate: { status, closed: true, legalDueDate: null },
    events: [{ eventKey: 'case:closed', kind: 'case_closed', actor: last.by, comment: last.comment, data: { status, documentNumber } }],
    notifications: [
      {
        dedupeKey: `${c.start.caseId}:closed`,
        kind: 'outcome',
        userId: c.start.createdBy.userId,
        title: `Hồ sơ ${c.start.caseCode} ${label}`,
        // A denunciation resolves in a kết luận (KL), everything else in a quyết định.
        body: documentNumber ? `${documentNumber.includes('/KL-') ? 'Kết luận' : 'Quyết định'} số ${documentNumber}.` : last.comment ?? '',
      },
    ],
  });
  c.projected++;
  await c.emailsSettled();
  return { status, decidedBy: last.by.fullName, documentNumber };
}
