/** Phrases the templates of the committee, commendation, discipline and issuance procedures (domain §3–§5, §8) share. */
import { COMMITTEE_POSITION_LABELS, COMMITTEE_POSITIONS, type CommitteePosition } from '@congdoan/domain';
import { shortVietnameseDate } from '../date-line';
import type { DocumentFacts, Submission } from '../document-facts';
import type { BodyParagraph } from '../document-model';
import { upperVi } from '../uppercase';
import { required, sectionHeading, shortUnion, standingCommittee } from './complaint-wording';
import { centeredBold, italicParagraph, paragraph } from './wording';

export const date = shortVietnameseDate;

/** 'Tờ trình số 12/TTr-CĐCS ngày 02/03/2026' */
export const submissionText = (s: Submission): string =>
  `Tờ trình số ${s.numberText.trim()}${s.issuedOn ? ` ngày ${date(s.issuedOn)}` : ''}`;

export const UNION_CHARTER = 'Căn cứ Điều lệ Công đoàn Việt Nam;';
/** HD 38/HD-TLĐ (2024), Mục 10: the recognition of committees (domain §3) */
export const CHARTER_GUIDANCE =
  'Căn cứ Mục 10 Hướng dẫn số 38/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam hướng dẫn thi hành Điều lệ Công đoàn Việt Nam;';
export const workingRules = (facts: DocumentFacts): string => `Căn cứ Quy chế làm việc của ${standingCommittee(facts)};`;

/** A Ban Thường vụ decision up to its 'QUYẾT ĐỊNH:': the authority line, then the căn cứ and 'Xét …' lines. */
export const decisionHead = (facts: DocumentFacts, lines: string[]): BodyParagraph[] => [
  centeredBold(upperVi(standingCommittee(facts))),
  ...lines.map(italicParagraph),
  centeredBold('QUYẾT ĐỊNH:'),
];

/** '- Như Điều n;', the upper union's standing office (để b/c), '- Lưu: VT, {unit}.' */
export const decisionRecipients = (facts: DocumentFacts, executionArticle: number, office: string, ...others: string[]): string[] => [
  `- Như Điều ${executionArticle};`,
  ...others,
  ...(facts.issuer.parentName ? [`- Thường trực ${shortUnion(facts.issuer.parentName)} (để b/c);`] : []),
  `- Lưu: VT, ${office}.`,
];

/** The position's label; an unknown code is bad input (a RangeError naming the kind). */
export function positionLabel(facts: DocumentFacts, position: string): string {
  const label = (COMMITTEE_POSITION_LABELS as Record<string, string>)[position];
  return required(label, facts, `a known committee position, not ${JSON.stringify(position)}`);
}

/** The order in which a list names positions: Chủ tịch, Phó Chủ tịch, Ủy viên BTV, Ủy viên BCH, then the UBKT's. */
export const byPosition = <M extends { position: CommitteePosition }>(members: readonly M[]): M[] =>
  [...members].sort((a, b) => COMMITTEE_POSITIONS.indexOf(a.position) - COMMITTEE_POSITIONS.indexOf(b.position));

/** 'A, B và C' */
export const namesText = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;

/** One paragraph per line of a drafted text, as written (no full stop added: headings and list items keep their form). */
export const draftParagraphs = (text: string): BodyParagraph[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    // a line in capitals ('I. MỤC ĐÍCH, YÊU CẦU') is a section heading, bold
    .map((line) => (line === upperVi(line) && /\p{L}/u.test(line) ? sectionHeading(line) : paragraph(line)));

/** The content's last paragraph closes with the end mark './.' (NĐ 30 Phụ lục I). */
export function withEndMark(paragraphs: BodyParagraph[]): BodyParagraph[] {
  const last = paragraphs.at(-1);
  if (!last) return paragraphs;
  const runs = [...last.runs];
  const end = runs[runs.length - 1];
  const text = end.text.replace(/\s+$/, '');
  runs[runs.length - 1] = { ...end, text: text.endsWith('./.') ? text : `${text.replace(/[.;:,]$/, '')}./.` };
  return [...paragraphs.slice(0, -1), { ...last, runs }];
}

/** A nơi nhận line as administrative texts write it: '- {name};' */
export const recipientLine = (name: string): string => `- ${name.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]$/, '')};`;
