import type { DocumentDetails, IssuedDecision, Person } from '@congdoan/contracts';
import { caseActivities } from './activities';
import type { CaseRuntime } from './case-runtime';
import type { StepDecision } from './open-step';

export interface DocumentOptions {
  /** a document kind of `@congdoan/documents` */
  kind: string;
  /** the number's type code: `QĐ`, `TB`, `KL`, or a drafted document's own type (`KH`, `BC`, `CV`…) */
  typeCode: string;
  /** a secret document: numbered in its own series (NĐ 30/2020 Art. 15(1)) */
  secret?: boolean;
  /** unique per case; a document that can recur (each extension) needs its own */
  key?: string;
  details?: DocumentDetails;
  /** who signs, when not whoever took the decision that issues it (the văn thư issues what the leader signed) */
  signer?: Person;
  /** the issuing union, when not the case's (an upper union deciding a discipline referred to it) */
  issuerUnitId?: string;
  /** a correction (NĐ 30/2020 Art. 18(3)): the issued document this one replaces (content) or corrects (format) */
  replacesDocumentId?: string;
  correctsDocumentId?: string;
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
    issuerUnitId: doc.issuerUnitId ?? c.start.orgUnitId,
    issuedOn: decision.date,
    secret: doc.secret ?? false,
    signer: doc.signer ?? decision.by,
    issuedBy: decision.by,
    reasons: decision.comment,
    details: doc.details,
    ...(doc.replacesDocumentId ? { replacesDocumentId: doc.replacesDocumentId } : {}),
    ...(doc.correctsDocumentId ? { correctsDocumentId: doc.correctsDocumentId } : {}),
  });
}
