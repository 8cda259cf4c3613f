import { patched } from '@temporalio/workflow';
import type { IssuedDecision } from '@congdoan/contracts';
import { caseActivities } from './activities';
import type { CaseRuntime } from './case-runtime';
import type { StepDecision } from './open-step';

export interface NoticeOptions {
  /** a document kind of `@congdoan/documents` (a thông báo) */
  kind: string;
  /** unique per case; a notice that can recur (each request for supplementation) needs its own */
  key?: string;
}

/**
 * The thông báo a step's decision sends (receipt, request for supplementation, refusal): numbered in the issuer's TB
 * series on the day of the decision and signed by whoever decided. Cases recorded before notices existed replay
 * without them.
 */
export async function sendNotice(c: CaseRuntime, decision: StepDecision, notice: NoticeOptions): Promise<IssuedDecision | undefined> {
  if (!patched('dossier-notices')) return undefined;
  return caseActivities.issueDecision({
    caseId: c.start.caseId,
    kind: notice.kind,
    key: notice.key,
    typeCode: 'TB',
    issuerUnitId: c.start.orgUnitId,
    issuedOn: decision.date,
    secret: false,
    signer: decision.by,
    issuedBy: decision.by,
    missingItems: decision.action === 'return' ? decision.data?.missing : undefined,
    reasons: decision.comment,
  });
}
