import type { DocumentDetails, IssuedDecision } from '@congdoan/contracts';
import { caseActivities } from './activities';
import type { CaseRuntime } from './case-runtime';
import type { StepDecision } from './open-step';

export interface DocumentOptions {
  /** a document kind of `@congdoan/documents` */
  kind: string;
  typeCode: 'QĐ' | 'TB' | 'KL';
  /** unique per case; a document that can recur (each extension) needs its own */
  key?: string;
  details?: DocumentDetails;
}

/**
 * A decision, notice or conclusion of the resolving union, numbered in the issuer's series for its type on the day
 * of the decision that issues it and signed by whoever took that decision.
 */
export function issueDocument(c: CaseRuntime, decision: StepDecision, doc: DocumentOptions): Promise<IssuedDecision> {
  return caseActivities.issueDecision({
    caseId: c.start.caseId,
    kind: doc.kind,
    key: doc.key,
    typeCode: doc.typeCode,
    issuerUnitId: c.start.orgUnitId,
    issuedOn: decision.date,
    secret: false,
    signer: decision.by,
    issuedBy: decision.by,
    reasons: decision.comment,
    details: doc.details,
  });
}
