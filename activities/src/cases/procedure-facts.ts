import type { DocumentDetails, IssueDecisionRequest } from '@congdoan/contracts';
import type { CommendationFacts, CommitteeAdditionFacts, CommitteeFacts, DisciplineFacts, DocumentFacts, IssuanceFacts } from '@congdoan/documents';
import {
  AWARD_TYPE_LABELS,
  type CommendationData,
  type CommitteeAdditionData,
  type CommitteeMember,
  type CommitteeRecognitionData,
  DISCIPLINE_FORM_LABELS,
  type DisciplineData,
  ISSUABLE_TYPES,
  type IssuanceData,
  type MeetingRecord,
  nomineeName,
} from '@congdoan/domain';
import type { CaseDocumentRef } from './complaint-facts';

/**
 * The lower union's name and the term are not in the committee procedures' data types: the workflow puts them into
 * `data` at intake (`unitName`, `term`), and a dossier may carry its tờ trình (`submission`).
 */
interface Intake {
  unitName?: string;
  term?: string;
  submission?: { numberText?: string; issuedOn?: string };
}

/** The fact blocks (and the addressee of the generic notices) of one procedure's documents. */
type ProcedureFacts = Pick<DocumentFacts, 'committee' | 'committeeAddition' | 'commendation' | 'discipline' | 'issuance' | 'submitterName'>;

const latest = (docs: readonly CaseDocumentRef[], kind: string) => docs.filter((d) => d.kind === kind).at(-1);
/** the same name however it was typed: one Unicode form, single spaces, any case */
const sameName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

function submissionOf(data: Intake): { submission?: { numberText: string; issuedOn?: string } } {
  const numberText = data.submission?.numberText?.trim();
  if (!numberText) return {};
  return { submission: { numberText, ...(data.submission?.issuedOn ? { issuedOn: data.submission.issuedOn } : {}) } };
}

const members = (list: readonly CommitteeMember[]) => list.map((m) => ({ fullName: m.fullName, position: m.position }));
const unitOf = (data: Intake): string => data.unitName?.trim() ?? '';
const termOf = (data: Intake): { term?: string } => (data.term?.trim() ? { term: data.term.trim() } : {});

/** Công nhận BCH (domain §3). */
export function committeeFacts(data: CommitteeRecognitionData & Intake): CommitteeFacts {
  return {
    unitName: unitOf(data),
    ...termOf(data),
    congressDate: data.congressDate,
    firstMeetingDate: data.firstMeetingDate,
    members: members(data.members ?? []),
    ...submissionOf(data),
  };
}

/** Bổ sung ủy viên (domain §3). */
export function committeeAdditionFacts(data: CommitteeAdditionData & Intake): CommitteeAdditionFacts {
  return {
    unitName: unitOf(data),
    body: data.body,
    origin: data.origin,
    electedOn: data.electedOn,
    ...termOf(data),
    members: members(data.members ?? []),
    ...submissionOf(data),
  };
}

/** A meeting as a document cites it: when, how many members, how many present. Never the votes (secret ballot). */
const meetingCounts = (m: MeetingRecord) => ({ heldOn: m.heldOn, members: m.members, present: m.present });

/**
 * Khen thưởng (domain §4). The QĐ khen thưởng lists ONLY the nominees the council passed (`details.awarded`, by name):
 * without that list it lists nobody, and the template refuses it. The notices on the dossier name every nominee.
 */
export function commendationFacts(data: CommendationData & Intake, request: IssueDecisionRequest): CommendationFacts {
  const d: DocumentDetails = request.details ?? {};
  const awarded = new Set((d.awarded ?? []).map(sameName));
  const nominees =
    request.kind === 'qd-khen-thuong' ? data.nominees.filter((n) => awarded.has(sameName(nomineeName(n)))) : data.nominees;
  return {
    awardType: data.awardType,
    awardLabel: AWARD_TYPE_LABELS[data.awardType] ?? data.awardType,
    achievements: data.achievements,
    ...(data.period ? { period: data.period } : {}),
    ...(data.proposingUnit ? { proposingUnit: data.proposingUnit } : {}),
    ...submissionOf(data),
    nominees: nominees.map((n) => ({
      name: nomineeName(n),
      ...(n.position ? { position: n.position } : {}),
      ...(!n.fullName && n.unitName ? { collective: true } : {}),
    })),
    ...(d.meeting ? { council: meetingCounts(d.meeting) } : {}),
  };
}

/**
 * Kỷ luật (domain §5): the form the ballot resolved (else the one proposed), the ballot by its counts, and for the
 * notice to the managing body the QĐ kỷ luật already issued in the case.
 */
export function disciplineFacts(data: DisciplineData & Intake, request: IssueDecisionRequest, docs: readonly CaseDocumentRef[]): DisciplineFacts {
  const d: DocumentDetails = request.details ?? {};
  const form = d.form ?? data.proposedForm;
  const { subject } = data;
  const decision = latest(docs, 'qd-ky-luat');
  return {
    subject: {
      fullName: subject.fullName,
      kind: subject.kind,
      ...(subject.position ? { position: subject.position } : {}),
      ...(subject.unitName ? { unitName: subject.unitName } : {}),
    },
    violation: data.violation,
    form,
    formLabel: DISCIPLINE_FORM_LABELS[form] ?? form,
    ...(d.meeting ? { ballot: { body: d.meeting.body, ...meetingCounts(d.meeting) } } : {}),
    ...submissionOf(data),
    ...(data.managingBody ? { managingBody: data.managingBody } : {}),
    ...(decision ? { decision: { numberText: decision.numberText, issuedOn: decision.issuedOn } } : {}),
  };
}

/** Ban hành văn bản (domain §8): the approved draft; a công văn đính chính cites the document it corrects. */
export function issuanceFacts(data: IssuanceData, request: IssueDecisionRequest): IssuanceFacts {
  const d: DocumentDetails = request.details ?? {};
  return {
    documentType: data.documentType,
    typeName: ISSUABLE_TYPES[data.documentType] ?? data.documentType,
    summary: data.summary,
    ...(data.content ? { content: data.content } : {}),
    recipients: data.recipients ?? [],
    ...(data.urgent ? { urgent: true } : {}),
    ...(d.corrects ? { corrects: d.corrects } : {}),
  };
}

/**
 * The fact block of the case's procedure, and who the generic notices (tb-tiep-nhan-ho-so, tb-bo-sung-ho-so,
 * tb-tu-choi-ho-so) are addressed to. Other procedures: nothing.
 */
export function procedureFacts(
  procedureCode: string,
  data: Record<string, unknown>,
  request: IssueDecisionRequest,
  docs: readonly CaseDocumentRef[],
): ProcedureFacts {
  switch (procedureCode) {
    case 'cong-nhan-bch': {
      const committee = committeeFacts(data as unknown as CommitteeRecognitionData & Intake);
      return { committee, ...(committee.unitName ? { submitterName: `Ban Chấp hành ${committee.unitName}` } : {}) };
    }
    case 'bo-sung-uy-vien': {
      const committeeAddition = committeeAdditionFacts(data as unknown as CommitteeAdditionData & Intake);
      return { committeeAddition, ...(committeeAddition.unitName ? { submitterName: `Ban Chấp hành ${committeeAddition.unitName}` } : {}) };
    }
    case 'khen-thuong': {
      const commendation = commendationFacts(data as unknown as CommendationData & Intake, request);
      return { commendation, submitterName: commendation.proposingUnit?.trim() || 'Đơn vị đề nghị khen thưởng' };
    }
    case 'ky-luat':
      return { discipline: disciplineFacts(data as unknown as DisciplineData & Intake, request, docs) };
    case 'ban-hanh-van-ban':
      return { issuance: issuanceFacts(data as unknown as IssuanceData, request) };
    default:
      return {};
  }
}

/** How the signer signs, when the decision says (NĐ 30 Art. 13): otherwise their title decides. */
export function signingOf(details: DocumentDetails | undefined): Pick<DocumentFacts['signer'], 'mode' | 'principalTitle'> {
  return {
    ...(details?.signingMode ? { mode: details.signingMode } : {}),
    ...(details?.principalTitle?.trim() ? { principalTitle: details.principalTitle.trim() } : {}),
  };
}
