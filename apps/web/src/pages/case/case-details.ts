import { viDate } from '../../components/dates';
import { AWARD_WORDS, DISCIPLINE_FORM_WORDS, DOCUMENT_TYPE_WORDS, PRIOR_BY_WORDS, SUBJECT_KIND_WORDS, wordOf } from '../../components/union-words';

/** The words of the details card, both languages. */
export const DETAIL_WORDS = {
  vi: {
    title: { 'khen-thuong': 'Đề nghị khen thưởng', 'ky-luat': 'Đề nghị kỷ luật', 'ban-hanh-van-ban': 'Văn bản' } as Record<string, string>,
    awardType: 'Hình thức khen thưởng',
    proposingUnit: 'Đơn vị đề nghị',
    period: 'Năm, đợt',
    exceptional: 'Khen thưởng đột xuất',
    nominees: 'Cá nhân, tập thể được đề nghị',
    achievements: 'Thành tích',
    subject: 'Đối tượng',
    violation: 'Nội dung vi phạm',
    proposedForm: 'Hình thức đề nghị',
    managingBody: 'Cơ quan quản lý',
    prior: 'Kỷ luật trước đó',
    priorText: (by: string, form: string, on: string, ref?: string) => `${by}: ${form.toLocaleLowerCase('vi')} ngày ${on}${ref ? ` (${ref})` : ''}`,
    documentType: 'Loại văn bản',
    summary: 'Trích yếu',
    signer: 'Người ký',
    drafter: 'Người soạn thảo',
    recipients: 'Nơi nhận',
    handling: 'Độ khẩn, độ mật',
    urgent: 'Hỏa tốc',
    secret: 'Mật',
    corrects: 'Đính chính, thay thế',
    correctsFormat: 'Công văn đính chính (sai thể thức)',
    correctsContent: 'Văn bản thay thế (sai nội dung)',
    yes: 'Có',
  },
  en: {
    title: { 'khen-thuong': 'Commendation proposal', 'ky-luat': 'Discipline proposal', 'ban-hanh-van-ban': 'Document' } as Record<string, string>,
    awardType: 'Award',
    proposingUnit: 'Proposing unit',
    period: 'Year or round',
    exceptional: 'Exceptional achievement',
    nominees: 'Nominees',
    achievements: 'Achievements',
    subject: 'Subject',
    violation: 'Violation',
    proposedForm: 'Proposed form',
    managingBody: 'Managing body',
    prior: 'Prior discipline',
    priorText: (by: string, form: string, on: string, ref?: string) => `${by}: ${form.toLocaleLowerCase('en')} on ${on}${ref ? ` (${ref})` : ''}`,
    documentType: 'Type',
    summary: 'Summary',
    signer: 'Signer',
    drafter: 'Drafter',
    recipients: 'Recipients',
    handling: 'Urgency and secrecy',
    urgent: 'Urgent',
    secret: 'Secret',
    corrects: 'Corrects',
    correctsFormat: 'Letter of correction (format)',
    correctsContent: 'Replacement (content)',
    yes: 'Yes',
  },
};

export interface DetailItem {
  key: string;
  label: string;
  value: string | string[];
}

type Person = { fullName?: string; unitName?: string; position?: string };
type Data = Record<string, unknown>;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** What a commendation, discipline or document case holds, as label and value lines (lists as lists). */
export function detailsOf(procedureCode: string, data: Data, language: string): DetailItem[] {
  const w = DETAIL_WORDS[language === 'en' ? 'en' : 'vi'];
  const items: (DetailItem | false | undefined)[] = [];
  const add = (key: string, label: string, value: string | string[] | undefined) => items.push(value !== undefined && value.length > 0 && { key, label, value });
  if (procedureCode === 'khen-thuong') {
    add('awardType', w.awardType, text(data.awardType) && wordOf(AWARD_WORDS, language, data.awardType as string));
    add('proposingUnit', w.proposingUnit, text(data.proposingUnit));
    add('period', w.period, text(data.period));
    if (data.exceptional === true) add('exceptional', w.exceptional, w.yes);
    const nominees = Array.isArray(data.nominees) ? (data.nominees as Person[]) : [];
    add('nominees', w.nominees, nominees.map((n) => [n.fullName ?? n.unitName ?? '', n.position].filter(Boolean).join(', ')));
    add('achievements', w.achievements, text(data.achievements));
  }
  if (procedureCode === 'ky-luat') {
    const subject = (data.subject ?? {}) as Person & { kind?: string };
    add('subject', w.subject, [subject.fullName, subject.position, subject.unitName, subject.kind && wordOf(SUBJECT_KIND_WORDS, language, subject.kind)].filter(Boolean).join(' · '));
    add('violation', w.violation, text(data.violation));
    add('proposedForm', w.proposedForm, text(data.proposedForm) && wordOf(DISCIPLINE_FORM_WORDS, language, data.proposedForm as string));
    add('managingBody', w.managingBody, text(data.managingBody));
    const prior = data.priorDiscipline as { by?: string; form?: string; decidedOn?: string; reference?: string } | undefined;
    if (prior?.form) add('prior', w.prior, w.priorText(wordOf(PRIOR_BY_WORDS, language, prior.by), wordOf(DISCIPLINE_FORM_WORDS, language, prior.form), viDate(prior.decidedOn), prior.reference));
  }
  if (procedureCode === 'ban-hanh-van-ban') {
    const type = text(data.documentType);
    add('documentType', w.documentType, type && `${type} – ${wordOf(DOCUMENT_TYPE_WORDS, language, type)}`);
    add('summary', w.summary, text(data.summary));
    add('signer', w.signer, text((data.signer as Person | undefined)?.fullName));
    add('drafter', w.drafter, text((data.drafter as Person | undefined)?.fullName));
    add('recipients', w.recipients, Array.isArray(data.recipients) ? (data.recipients as string[]) : undefined);
    add('handling', w.handling, [data.urgent === true && w.urgent, data.secret === true && w.secret].filter(Boolean).join(', ') || undefined);
    const corrects = data.corrects as { kind?: string } | undefined;
    const corrected = data.corrected as { numberText?: string } | undefined;
    if (corrects) add('corrects', w.corrects, [corrected?.numberText, corrects.kind === 'content' ? w.correctsContent : w.correctsFormat].filter(Boolean).join(' · '));
  }
  return items.filter((i): i is DetailItem => !!i);
}
