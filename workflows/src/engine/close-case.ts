import { getExternalWorkflowHandle, patched } from '@temporalio/workflow';
import { caseWorkflowId, holdMayBeOverSignal } from '@congdoan/contracts';
import { caseActivities } from './activities';
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
  AWARDED: 'đã được khen thưởng',
  DISCIPLINED: 'đã được quyết định kỷ luật',
  NO_DISCIPLINE: 'kết thúc, không kỷ luật',
  ISSUED: 'đã ban hành',
};

/** Procedures whose open cases hold a nominee's commendation (NĐ 152/2025 Art. 4): closing one may release it. */
const HOLDING_PROCEDURES = ['ky-luat', 'khieu-nai', 'to-cao'];

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
  // Cases recorded before holds existed replay without telling anyone.
  if (HOLDING_PROCEDURES.includes(c.start.procedureCode) && patched('release-holds-on-close')) await releaseHolds(c);
  await c.emailsSettled();
  return { status, decidedBy: last.by.fullName, documentNumber };
}

/** Tells the cases held by this one (a commendation waiting on a discipline case) that it closed. */
async function releaseHolds(c: CaseRuntime): Promise<void> {
  const held = await caseActivities.casesHeldBy({ caseId: c.start.caseId });
  // A held case that has ended meanwhile cannot be signalled: nothing is left to release there.
  await Promise.all(held.map((id) => getExternalWorkflowHandle(caseWorkflowId(id)).signal(holdMayBeOverSignal, c.start.caseId).catch(() => undefined)));
}
