/** Phrases the complaint (khiếu nại, domain §6) and denunciation (tố cáo, domain §7) templates share. */
import { shortVietnameseDate } from '../date-line';
import type { ComplaintFacts, DenunciationFacts, DocumentFacts, LegalGround } from '../document-facts';
import type { BodyParagraph } from '../document-model';
import { upperVi } from '../uppercase';
import { article, centeredBold, dashItems, freeTextParagraphs, italicParagraph, paragraph } from './wording';

/** What a template not addressed to the denouncer may read of a denunciation: everything but the denouncer. */
type AccusedSide = Omit<DenunciationFacts, 'denouncer'>;
type Denouncer = NonNullable<DenunciationFacts['denouncer']>;
type Finding = NonNullable<ComplaintFacts['finding']>;

export const date = shortVietnameseDate;
/** Sex is not recorded, so both forms of address: 'ông (bà) Lê Văn Tám'; 'Ông (bà) …' opening a line. */
export const person = (fullName: string): string => `ông (bà) ${fullName.trim()}`;
export const Person = (fullName: string): string => `Ông (bà) ${fullName.trim()}`;
/** Free text inside a sentence: its lines joined with '; ', without the final full stop. */
export const inline = (text: string): string =>
  text.split(/\r?\n/).map((line) => line.trim().replace(/[.;]$/, '')).filter(Boolean).join('; ');
/** 'Nội dung tố cáo: …' on one line, or the lead and a dashed line per item when the text has several lines. */
export function leadAndItems(lead: string, text: string): BodyParagraph[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return lines.length > 1 ? [paragraph(lead), ...dashItems(lines)] : [paragraph(`${lead} ${inline(text)}.`)];
}
export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
export const groundText = (ground: LegalGround): string => `${inline(ground.label)} (${ground.cite.trim()})`;
export const FINDING_WORDS: Record<Finding, string> = { dung: 'đúng', sai: 'sai', 'dung-mot-phan': 'đúng một phần' };
export const instanceWords = (instance: 1 | 2): string => (instance === 1 ? 'lần đầu' : 'lần hai');
export const decisionRef = (d: { numberText: string; issuedOn: string }): string => `Quyết định số ${d.numberText} ngày ${date(d.issuedOn)}`;
/** 'Ngày 10/03/2026, Ban Thường vụ … đã ban hành Quyết định số 20/QĐ-CĐVC' (the date said once) */
export const issuedSentence = (facts: DocumentFacts, d: { numberText: string; issuedOn: string }, type = 'Quyết định'): string =>
  `Ngày ${date(d.issuedOn)}, ${standingCommittee(facts)} đã ban hành ${type} số ${d.numberText.trim()}`;
export const ubkt = (facts: DocumentFacts): string => `Ủy ban Kiểm tra ${facts.issuer.name}`;
export const standingCommittee = (facts: DocumentFacts): string => `Ban Thường vụ ${facts.issuer.name}`;
/** 'Liên đoàn Lao động tỉnh Gia Lai' → 'LĐLĐ tỉnh Gia Lai', as nơi nhận lines abbreviate it */
export const shortUnion = (name: string): string => name.trim().replace('Liên đoàn Lao động', 'LĐLĐ');
export const reportTo = (facts: DocumentFacts): string[] =>
  facts.issuer.parentName ? [`- Thường trực ${shortUnion(facts.issuer.parentName)} (để b/c);`] : [];

/** A value the kind cannot be worded without: missing, it is bad input (a RangeError naming the kind), not a retry. */
export function required<T>(value: T | undefined | null, facts: DocumentFacts, field: string): T {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
    throw new RangeError(`${facts.kind} needs ${field}`);
  }
  return value;
}

export function complaintOf(facts: DocumentFacts, instance?: 1 | 2): ComplaintFacts {
  const complaint = required(facts.complaint, facts, 'the complaint facts (complaint)');
  if (instance && complaint.instance !== instance) throw new RangeError(`${facts.kind} is for a complaint of instance ${instance}`);
  return complaint;
}

/** The denunciation without its denouncer, at run time as in the type: the templates that must never name them read this. */
export function denunciationOf(facts: DocumentFacts): AccusedSide {
  const { denouncer: _withheld, ...rest } = required(facts.denunciation, facts, 'the denunciation facts (denunciation)');
  return rest;
}

/** For the notices addressed to the denouncer only. */
export function denouncerOf(facts: DocumentFacts): { denunciation: DenunciationFacts; denouncer: Denouncer } {
  const denunciation = required(facts.denunciation, facts, 'the denunciation facts (denunciation)');
  return { denunciation, denouncer: required(denunciation.denouncer, facts, 'denunciation.denouncer') };
}

export const accusedText = ({ accused }: AccusedSide): string =>
  `${person(accused.fullName)}${accused.position?.trim() ? `, ${accused.position.trim()}` : ''}`;

/** 'Quyết định thi hành kỷ luật … (số 03/QĐ-CĐVC ngày 05/01/2026 của …)' */
export function complainedDecision({ decisionComplainedOf: d }: ComplaintFacts): string {
  const details = [d.number && `số ${d.number.trim()}`, d.issuedOn && `ngày ${date(d.issuedOn)}`, d.issuerName && `của ${d.issuerName.trim()}`];
  const known = details.filter(Boolean).join(' ');
  return known ? `${inline(d.summary)} (${known})` : inline(d.summary);
}

export const COMPLAINT_LAWS = ['Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;'];
export const DENUNCIATION_LAWS = [
  'Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;',
  'Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo;',
];
/** QĐ 333/QĐ-TLĐ [S in domain §0; its title is paraphrased, and Quy định 05/QĐ-TLĐ of 2024 may supersede it] */
const UNION_RULES =
  'Căn cứ Quy định về giải quyết khiếu nại, tố cáo trong tổ chức công đoàn ban hành kèm theo Quyết định số 333/QĐ-TLĐ ' +
  'ngày 28/02/2020 của Tổng Liên đoàn Lao động Việt Nam;';
const workingRules = (facts: DocumentFacts): string => `Căn cứ Quy chế làm việc của ${standingCommittee(facts)};`;

/** What a decision opens with, below the authority line (all but the laws optional). */
interface Opening {
  /** the laws and decrees, highest first; the union's KN-TC regulation and the BTV's working rules follow them */
  laws: string[];
  /** 'Căn cứ Quyết định số …' of this case, after the rules */
  decisions?: string[];
  /** 'Xét …' lines; the UBKT's proposal closes them */
  considering?: string[];
  /** a decision on a complaint words its findings before 'QUYẾT ĐỊNH:' */
  findings?: BodyParagraph[];
}

/** A Ban Thường vụ decision up to its 'QUYẾT ĐỊNH:': the authority line, the căn cứ, the 'Xét …' and any findings. */
export function decisionOpening(facts: DocumentFacts, { laws, decisions = [], considering = [], findings = [] }: Opening): BodyParagraph[] {
  const bases = [...laws, UNION_RULES, workingRules(facts), ...decisions];
  return [
    centeredBold(upperVi(standingCommittee(facts))),
    ...[...bases, ...considering, `Xét đề nghị của ${ubkt(facts)}.`].map(italicParagraph),
    ...findings,
    centeredBold('QUYẾT ĐỊNH:'),
  ];
}

export const sectionHeading = (text: string): BodyParagraph => ({ align: 'justify', runs: [{ text, bold: true }] });

/** 'Điều n.' and free text of several lines: the first line after the article's number, the others as paragraphs. */
export function articleText(n: number, text: string): BodyParagraph[] {
  const [first, ...rest] = freeTextParagraphs(text);
  return first ? [article(n, first.runs[0].text), ...rest] : [article(n, '')];
}

/** The last article of a decision on a denunciation: effect and who carries it out. */
export const denunciationExecution = (n: number, facts: DocumentFacts, d: AccusedSide): BodyParagraph =>
  article(
    n,
    `Quyết định có hiệu lực kể từ ngày ký. ${ubkt(facts)}, ${person(d.accused.fullName)} và các cơ quan, tổ chức, ` +
      'cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  );

/** Nơi nhận of a decision the parties are notified of (Luật Tố cáo Art. 30, 34(4)): the denouncer never by name. */
export const denunciationDecisionRecipients = (d: AccusedSide): string[] => [
  '- Như Điều 3;',
  '- Người tố cáo;',
  `- ${Person(d.accused.fullName)} (người bị tố cáo);`,
  '- Lưu: VT, UBKT.',
];

/** 'Căn cứ Quyết định số … về việc thụ lý tố cáo;' when the acceptance is known */
export const acceptanceBasis = (facts: DocumentFacts, d: AccusedSide): string[] =>
  d.acceptance ? [`Căn cứ ${decisionRef(d.acceptance)} của ${standingCommittee(facts)} về việc thụ lý tố cáo;`] : [];

/** The opening of a notice to the denouncer: what arrived, from whom, against whom, about what. */
export const denunciationReceived = (facts: DocumentFacts, d: DenunciationFacts, denouncer: Denouncer): BodyParagraph[] => [
  paragraph(
    `Ngày ${date(d.receivedOn)}, ${facts.issuer.name} nhận được đơn tố cáo của ${person(denouncer.fullName)}, ` +
      `địa chỉ: ${inline(denouncer.address)}, tố cáo ${accusedText(d)}.`,
  ),
  ...leadAndItems('Nội dung tố cáo:', d.content),
];

/** The opening of a notice to the complainant. */
export const complaintReceived = (facts: DocumentFacts, c: ComplaintFacts): BodyParagraph[] => [
  paragraph(
    `Ngày ${date(facts.receivedAt)}, ${facts.issuer.name} nhận được đơn khiếu nại ${instanceWords(c.instance)} của ` +
      `${person(c.complainant.fullName)}, địa chỉ: ${inline(c.complainant.address)}, khiếu nại ${complainedDecision(c)}.`,
  ),
  ...leadAndItems('Nội dung khiếu nại:', c.content),
];

/** Section 1 of a decision on a complaint: who complains about what. */
export const complaintContent = (c: ComplaintFacts): BodyParagraph[] => [
  paragraph(`${Person(c.complainant.fullName)} khiếu nại ${complainedDecision(c)}.`),
  ...leadAndItems('Nội dung khiếu nại:', c.content),
];

export const noticeClosing = (facts: DocumentFacts, addressee: string, purpose = 'biết'): BodyParagraph =>
  paragraph(`${facts.issuer.name} thông báo để ${addressee} ${purpose}./.`);

/** 'Xét đơn khiếu nại … nhận ngày …;' of a decision on a complaint (the date is the one the union received it). */
export const complaintLetter = (facts: DocumentFacts, c: ComplaintFacts): string =>
  `Xét đơn khiếu nại của ${person(c.complainant.fullName)}, địa chỉ: ${inline(c.complainant.address)}, nhận ngày ${date(facts.receivedAt)};`;

/** Nơi nhận of a decision on a complaint: the parties by name, then the upper union and the files. */
export const complaintDecisionRecipients = (c: ComplaintFacts, ...others: string[]): string[] => [
  `- ${Person(c.complainant.fullName)} (người khiếu nại);`,
  ...(c.complainedAgainst ? [`- ${Person(c.complainedAgainst.fullName)} (người bị khiếu nại);`] : []),
  ...others,
  '- Lưu: VT, UBKT.',
];

/** 'ông (bà) A, ông (bà) B': the complainant and the person complained against, who carry a decision out. */
export const complaintParties = (c: ComplaintFacts): string =>
  [c.complainant, ...(c.complainedAgainst ? [c.complainedAgainst] : [])].map((p) => person(p.fullName)).join(', ');
