/** Paragraph builders and the phrases the founding-procedure templates share. */
import { shortVietnameseDate } from '../date-line';
import type { DocumentFacts, FoundingSubject } from '../document-facts';
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

export const submitterOf = (facts: DocumentFacts): string =>
  facts.submitterName?.trim() || `Ban vận động thành lập CĐCS ${subjectOf(facts).unitName}`;

export const dossierName = (facts: DocumentFacts): string =>
  `hồ sơ đề nghị công nhận đoàn viên, công đoàn cơ sở và Ban Chấp hành ${cdcsName(facts)}`;

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
