import type { DocumentDetails, IssueDecisionRequest } from '@congdoan/contracts';
import type { ComplaintFacts, DenunciationFacts } from '@congdoan/documents';
import {
  COMPLAINT_PERIODS,
  type ComplaintData,
  type DenunciationData,
  type LegalGround,
  type ProtectedIdentity,
  knRefusalGround,
  tcComplexityCriterion,
  tcRefusalGround,
  tcSuspensionGround,
  tcTerminationGround,
} from '@congdoan/domain';

/** A document already issued in the case, as later documents cite it. */
export interface CaseDocumentRef {
  kind: string;
  numberText: string;
  issuedOn: string;
  issuerName: string;
}

const ground = (g: LegalGround | undefined) => (g ? { code: g.code, label: g.label, cite: g.cite } : undefined);
const latest = (docs: readonly CaseDocumentRef[], kind: string) => docs.filter((d) => d.kind === kind).at(-1);
const cite = (d: CaseDocumentRef | undefined) => (d ? { numberText: d.numberText, issuedOn: d.issuedOn } : undefined);

/** What a complaint document says: the case's data, and the decision's own facts from the workflow. */
export function complaintFacts(data: ComplaintData, request: IssueDecisionRequest, upperUnitName: string | null, docs: readonly CaseDocumentRef[]): ComplaintFacts {
  const d: DocumentDetails = request.details ?? {};
  const firstDecision = data.firstCase?.decisionNumber
    ? { numberText: data.firstCase.decisionNumber, issuedOn: data.firstCase.decisionIssuedOn ?? '', issuerName: data.decisionComplainedOf.issuerName ?? '' }
    : undefined;
  const acceptance = latest(docs, 'tb-thu-ly-khieu-nai');
  const refusal = ground(knRefusalGround(d.ground));
  return {
    instance: data.instance,
    complainant: { fullName: data.complainant.fullName, address: data.complainant.address },
    content: data.content,
    decisionComplainedOf: {
      summary: data.decisionComplainedOf.summary,
      ...(data.decisionComplainedOf.number ? { number: data.decisionComplainedOf.number } : {}),
      ...(data.decisionComplainedOf.issuedOn ? { issuedOn: data.decisionComplainedOf.issuedOn } : {}),
      ...(data.decisionComplainedOf.issuerName ? { issuerName: data.decisionComplainedOf.issuerName } : {}),
    },
    ...(data.complainedAgainst ? { complainedAgainst: { fullName: data.complainedAgainst.fullName } } : {}),
    acceptedOn: d.acceptedOn ?? acceptance?.issuedOn,
    resolutionDays: d.resolutionDays,
    resolutionDueOn: d.dueOn,
    ...(refusal ? { refusal: { ...refusal, reasons: request.reasons } } : {}),
    finding: d.finding,
    verification: d.verification,
    resolution: d.resolution,
    upperUnitName: upperUnitName ?? undefined,
    secondInstanceWindowDays: COMPLAINT_PERIODS.secondInstanceWindowDays[data.remoteArea ? 'remote' : 'normal'],
    ...(firstDecision ? { firstDecision } : {}),
    withdrawalReasons: request.kind === 'qd-dinh-chi-giai-quyet-khieu-nai' ? request.reasons : undefined,
  };
}

/**
 * What a denunciation document says. The denouncer's identity is put in only for the notices addressed to them
 * (`forDenouncer`); every other kind is composed without it.
 */
export function denunciationFacts(
  data: DenunciationData,
  receivedOn: string,
  request: IssueDecisionRequest,
  docs: readonly CaseDocumentRef[],
  denouncer: ProtectedIdentity | undefined,
): DenunciationFacts {
  const d: DocumentDetails = request.details ?? {};
  const reasons = request.reasons ?? '';
  const refusal = ground(tcRefusalGround(d.ground));
  const suspensionGround = ground(tcSuspensionGround(d.ground));
  const terminationGround = ground(tcTerminationGround(d.ground));
  const suspension = latest(docs, 'qd-tam-dinh-chi-giai-quyet-to-cao');
  const kind = request.kind;
  return {
    ...(denouncer ? { denouncer: { fullName: denouncer.fullName, address: denouncer.address ?? '' } } : {}),
    accused: { fullName: data.accused.fullName, ...(data.accused.position ? { position: data.accused.position } : {}) },
    content: data.content,
    receivedOn,
    acceptance: cite(latest(docs, 'qd-thu-ly-to-cao')),
    resolutionDueOn: d.dueOn,
    ...(kind === 'qd-gia-han-giai-quyet-to-cao'
      ? {
          extension: {
            ordinal: d.ordinal === 2 ? 2 : 1,
            amount: d.amount ?? 0,
            criteria: (d.criteria ?? []).map((c) => ground(tcComplexityCriterion(c))).filter((c): c is NonNullable<typeof c> => c !== undefined),
            reasons,
            newDueOn: d.dueOn ?? '',
          },
        }
      : {}),
    ...(kind === 'qd-tam-dinh-chi-giai-quyet-to-cao' && suspensionGround ? { suspension: { ground: suspensionGround, reasons } } : {}),
    ...(kind === 'qd-tiep-tuc-giai-quyet-to-cao'
      ? { resumption: { suspensionNumberText: suspension?.numberText, suspensionIssuedOn: suspension?.issuedOn, newDueOn: d.dueOn ?? '', reasons } }
      : {}),
    ...(kind === 'qd-dinh-chi-giai-quyet-to-cao' && terminationGround ? { termination: { ground: terminationGround, reasons } } : {}),
    ...(refusal ? { refusal: { ...refusal, reasons } } : {}),
    ...(d.forwardTo ? { forwardedTo: d.forwardTo } : {}),
    verification: d.verification,
    ...(d.finding ? { conclusion: { finding: d.finding, text: d.resolution ?? reasons, ...(d.measures ? { measures: d.measures } : {}) } } : {}),
    conclusionDocument: cite(latest(docs, 'kl-noi-dung-to-cao')),
    ...(d.method ? { publication: { method: d.method } } : {}),
  };
}
