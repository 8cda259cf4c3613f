/** Paragraph builders and the phrases the founding-procedure templates share (and the notices other procedures reuse). */
import { COMMITTEE_BODY_LABELS, bodiesOf } from '@congdoan/domain';
import { shortVietnameseDate } from '../date-line';
import type { CommendationFacts, CommitteeAdditionFacts, CommitteeFacts, DocumentFacts, FoundingSubject } from '../document-facts';
import type { BodyParagraph } from '../document-model';

export const paragraph = (text: string): BodyParagraph => ({ align: 'justify', runs: [{ text }] });
export const italicParagraph = (text: string): BodyParagraph => ({ align: 'justify', runs: [{ text, italic: true }] });
export const centeredBold = (text: string): BodyParagraph => ({ align: 'center', runs: [{ text, bold: true }] });
export const article = (n: number, text: string): BodyParagraph => ({ align: 'justify', runs: [{ text: `Điều ${n}. `, bold: true }, { text }] });
/** a bulleted line as administrative texts write it: a dash, and ';' except after the last item */
export const dashItems = (items: readonly string[]): BodyParagraph[] =>
  items.map((item, i) => paragraph(`- ${item.trim().replace(/[;.]$/, '')}${i === items.length - 1 ? '.' : ';'}`));

/** Counts in administrative texts take a leading zero below 10 ('05 đồng chí'). */
export const countText = (n: number): string => String(n).padStart(2, '0');

/** The founding case's data, which the founding kinds cannot be worded without (a RangeError, as bad input). */
export function subjectOf(facts: DocumentFacts): FoundingSubject {
  if (!facts.subject) throw new RangeError(`${facts.kind} needs the founding case's data (subject)`);
  return facts.subject;
}

export const cdcsName = (facts: DocumentFacts): string => `Công đoàn cơ sở ${subjectOf(facts).unitName}`;

/** ' nhiệm kỳ 2025 - 2030', or nothing when the term is not recorded */
export const termText = (term: string | undefined): string => (term?.trim() ? ` nhiệm kỳ ${term.trim()}` : '');

/** A BTV exists where the BCH elected Ủy viên Ban Thường vụ (only a BCH of 9 or more has one, domain §3). */
export const hasStandingCommittee = (members: CommitteeFacts['members']): boolean => members.some((m) => m.position === 'uy-vien-btv');

/** The members of one body, in the order of the data: a chair sits on the BCH and, where there is one, on the BTV. */
export function membersOf<M extends CommitteeFacts['members'][number]>(members: readonly M[], body: 'BCH' | 'BTV' | 'UBKT', hasBtv: boolean): M[] {
  return members.filter((m) => bodiesOf(m.position, hasBtv).includes(body));
}

/** 'công nhận Ban Chấp hành, Ban Thường vụ, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra {unit} nhiệm kỳ …': only what was elected */
export function committeeRecognition(c: CommitteeFacts): string {
  const hasBtv = hasStandingCommittee(c.members);
  const has = (position: string) => c.members.some((m) => m.position === position);
  const parts = [
    'Ban Chấp hành',
    ...(hasBtv ? ['Ban Thường vụ'] : []),
    ...(has('chu-tich') ? ['Chủ tịch'] : []),
    ...(has('pho-chu-tich') ? ['Phó Chủ tịch'] : []),
    ...(membersOf(c.members, 'UBKT', hasBtv).length ? ['Ủy ban Kiểm tra'] : []),
  ];
  return `công nhận ${parts.join(', ')} ${c.unitName.trim()}${termText(c.term)}`;
}

/** 'công nhận bổ sung ủy viên Ban Chấp hành {unit} nhiệm kỳ …', 'chỉ định bổ sung …' for an appointment */
export const committeeAddition = (a: CommitteeAdditionFacts): string =>
  `${a.origin === 'appointed' ? 'chỉ định' : 'công nhận'} bổ sung ủy viên ${COMMITTEE_BODY_LABELS[a.body]} ${a.unitName.trim()}${termText(a.term)}`;

/** A danh hiệu is conferred (công nhận), a Giấy khen, Bằng khen or Cờ given (tặng): 'công nhận danh hiệu Lao động tiên tiến'. */
export function awardPhrase(c: CommendationFacts): string {
  const label = c.awardLabel.trim();
  return /^danh hiệu /i.test(label) ? `công nhận danh hiệu ${label.replace(/^danh hiệu /i, '')}` : `tặng ${label}`;
}

/**
 * What a dossier asks for, by the procedure whose facts are present: the notices of the founding procedure
 * (tb-tiep-nhan-ho-so, tb-bo-sung-ho-so, tb-tu-choi-ho-so) serve the other dossier procedures too. `short` names it
 * in the trích yếu, `full` in the text; null when no procedure's facts are given (the notices then say 'hồ sơ').
 */
export function dossierRequest(facts: DocumentFacts): { short: string; full: string; matter: string } | null {
  if (facts.subject) {
    return {
      short: `công nhận ${cdcsName(facts)}`,
      full: `công nhận đoàn viên, công đoàn cơ sở và Ban Chấp hành ${cdcsName(facts)}`,
      matter: 'việc công nhận đoàn viên, công đoàn cơ sở và Ban Chấp hành công đoàn cơ sở',
    };
  }
  const full = facts.committee
    ? committeeRecognition(facts.committee)
    : facts.committeeAddition
      ? committeeAddition(facts.committeeAddition)
      : facts.commendation
        ? awardPhrase(facts.commendation)
        : null;
  if (!full) return null;
  const short = facts.committee ? `công nhận Ban Chấp hành ${facts.committee.unitName.trim()}${termText(facts.committee.term)}` : full;
  return { short, full, matter: `việc ${full}` };
}

/** Who submitted the dossier: as given, else the submitter the procedure's facts imply. */
export function submitterOf(facts: DocumentFacts): string {
  const given = facts.submitterName?.trim();
  if (given) return given;
  if (facts.committee) return `Ban Chấp hành ${facts.committee.unitName.trim()}`;
  if (facts.committeeAddition) return `Ban Chấp hành ${facts.committeeAddition.unitName.trim()}`;
  if (facts.commendation) return facts.commendation.proposingUnit?.trim() || 'Đơn vị đề nghị khen thưởng';
  return `Ban vận động thành lập CĐCS ${subjectOf(facts).unitName}`;
}

export const dossierName = (facts: DocumentFacts): string => {
  const request = dossierRequest(facts);
  return request ? `hồ sơ đề nghị ${request.full}` : 'hồ sơ đề nghị';
};

/** The opening of every notice: which dossier, from whom, received when. */
export const receivedParagraph = (facts: DocumentFacts): BodyParagraph =>
  paragraph(
    `Ngày ${shortVietnameseDate(facts.receivedAt)}, ${facts.issuer.name} nhận được ${dossierName(facts)} ` +
      `(mã hồ sơ ${facts.caseCode}) của ${submitterOf(facts)}.`,
  );

export const closingParagraph = (facts: DocumentFacts, purpose: 'biết' | 'biết, thực hiện'): BodyParagraph =>
  paragraph(`${facts.issuer.name} thông báo để ${submitterOf(facts)} ${purpose}./.`);

export const noticeRecipients = (facts: DocumentFacts): string[] => [`- ${submitterOf(facts)};`, '- Lưu: VT, ToC.'];

/** Free text from an officer, one paragraph per line, each ending with a full stop; `lead` opens the first. */
export const freeTextParagraphs = (text: string, lead = ''): BodyParagraph[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => paragraph(`${i === 0 ? lead : ''}${line}${/[.;:!?]$/.test(line) ? '' : '.'}`));
