import { COMMITTEE_BODY_LABELS, type CommitteeBody } from '../committees/case-data';
import { ORG_LEVEL_PHRASES } from '../committees/size-caps';
import type { FieldProblem } from '../domain-error';
import type { OrgLevel } from '../org-levels';
import { DISCIPLINE_FORM_LABELS, DISCIPLINE_SUBJECT_LABELS, type DisciplineForm, type DisciplineSubjectKind } from './case-data';

/** The forms each kind of subject can receive (QĐ 5130/QĐ-TLĐ Art. 4 [S]), lightest first. */
export const DISCIPLINE_FORMS_BY_SUBJECT: Record<DisciplineSubjectKind, readonly DisciplineForm[]> = {
  'doan-vien': ['khien-trach', 'canh-cao', 'khai-tru'],
  'can-bo': ['khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru'],
  'tap-the': ['khien-trach', 'canh-cao', 'giai-tan'],
};

export const DISCIPLINE_SUBJECT_NAMES_EN: Record<DisciplineSubjectKind, string> = {
  'doan-vien': 'a union member',
  'can-bo': 'a union officer',
  'tap-the': 'a collective body (BCH, BTV, UBKT)',
};

export function formsFor(kind: DisciplineSubjectKind): readonly DisciplineForm[] {
  return DISCIPLINE_FORMS_BY_SUBJECT[kind] ?? [];
}

const formList = (forms: readonly DisciplineForm[]) => forms.map((f) => DISCIPLINE_FORM_LABELS[f]).join(', ');

export function formProblems(kind: DisciplineSubjectKind, form: DisciplineForm, field = 'data.proposedForm'): FieldProblem[] {
  const allowed = formsFor(kind);
  if (allowed.includes(form)) return [];
  const name = DISCIPLINE_FORM_LABELS[form] ?? String(form);
  return [
    {
      field,
      rule: 'FORM_NOT_ALLOWED_FOR_SUBJECT',
      message: `Hình thức ${name} không áp dụng cho ${DISCIPLINE_SUBJECT_LABELS[kind] ?? kind}; chỉ áp dụng: ${formList(allowed)} (QĐ 5130/QĐ-TLĐ Điều 4)`,
      messageEn: `${name} is not a form for ${DISCIPLINE_SUBJECT_NAMES_EN[kind] ?? kind}; its forms are: ${formList(allowed)} (QĐ 5130/QĐ-TLĐ Art. 4)`,
    },
  ];
}

/** Whether the subject belongs to the deciding union itself or to a union directly below it. */
export type SubjectRelation = 'own' | 'direct-child';

export interface DisciplineAuthorityRow {
  decidingLevel: OrgLevel;
  subjectKind: DisciplineSubjectKind;
  relation: SubjectRelation;
  /** for a collective: which body of the lower union */
  collective?: CommitteeBody;
  /** the deciding union's body that votes the discipline */
  body: 'BCH' | 'BTV';
  /** whom the row covers, as the regulation words it */
  covers: string;
  cite: string;
  mark: 'S' | 'U';
}

const LOWER = { cite: 'QĐ 5130/QĐ-TLĐ Điều 10–12', mark: 'S' } as const;
// [U] Art. 10 covers the province, but its content was not retrieved: the upper-grassroots pattern one level up.
const PROVINCE = { decidingLevel: 'province', cite: 'QĐ 5130/QĐ-TLĐ Điều 10', mark: 'U' } as const;

/**
 * Who may discipline whom (domain §5), as data. A province that directly manages a CĐCS acts towards it as its
 * cấp trên trực tiếp cơ sở: the caller then asks with `decidingLevel: 'upper-grassroots'`.
 */
export const DISCIPLINE_AUTHORITY: readonly DisciplineAuthorityRow[] = [
  // CĐCS
  { decidingLevel: 'grassroots', subjectKind: 'tap-the', relation: 'direct-child', collective: 'BCH', body: 'BCH', covers: 'BCH công đoàn cơ sở thành viên, công đoàn bộ phận', ...LOWER },
  { decidingLevel: 'grassroots', subjectKind: 'tap-the', relation: 'direct-child', collective: 'BTV', body: 'BCH', covers: 'BTV công đoàn cơ sở thành viên', ...LOWER },
  { decidingLevel: 'grassroots', subjectKind: 'can-bo', relation: 'own', body: 'BTV', covers: 'cán bộ công đoàn (kể cả nguyên cán bộ), tổ trưởng, tổ phó công đoàn', ...LOWER },
  { decidingLevel: 'grassroots', subjectKind: 'doan-vien', relation: 'own', body: 'BTV', covers: 'đoàn viên công đoàn', ...LOWER },
  // Công đoàn cấp trên trực tiếp cơ sở
  { decidingLevel: 'upper-grassroots', subjectKind: 'tap-the', relation: 'direct-child', collective: 'BCH', body: 'BCH', covers: 'tập thể BCH công đoàn cơ sở', ...LOWER },
  { decidingLevel: 'upper-grassroots', subjectKind: 'tap-the', relation: 'direct-child', collective: 'BTV', body: 'BTV', covers: 'tập thể BTV công đoàn cơ sở', ...LOWER },
  { decidingLevel: 'upper-grassroots', subjectKind: 'tap-the', relation: 'direct-child', collective: 'UBKT', body: 'BTV', covers: 'tập thể UBKT công đoàn cơ sở', ...LOWER },
  {
    decidingLevel: 'upper-grassroots',
    subjectKind: 'can-bo',
    relation: 'direct-child',
    body: 'BTV',
    covers: 'chủ tịch, phó chủ tịch (không là ủy viên BCH cấp trên), ủy viên BCH, BTV, UBKT công đoàn cơ sở',
    ...LOWER,
  },
  { decidingLevel: 'upper-grassroots', subjectKind: 'can-bo', relation: 'own', body: 'BTV', covers: 'cán bộ công đoàn của cấp mình', ...LOWER },
  // Cấp tỉnh, ngành trung ương [U]
  { ...PROVINCE, subjectKind: 'tap-the', relation: 'direct-child', collective: 'BCH', body: 'BCH', covers: 'tập thể BCH công đoàn cấp trên trực tiếp cơ sở' },
  { ...PROVINCE, subjectKind: 'tap-the', relation: 'direct-child', collective: 'BTV', body: 'BTV', covers: 'tập thể BTV công đoàn cấp trên trực tiếp cơ sở' },
  { ...PROVINCE, subjectKind: 'tap-the', relation: 'direct-child', collective: 'UBKT', body: 'BTV', covers: 'tập thể UBKT công đoàn cấp trên trực tiếp cơ sở' },
  { ...PROVINCE, subjectKind: 'can-bo', relation: 'direct-child', body: 'BTV', covers: 'chủ tịch, phó chủ tịch, ủy viên BCH, BTV, UBKT công đoàn cấp trên trực tiếp cơ sở' },
  { ...PROVINCE, subjectKind: 'can-bo', relation: 'own', body: 'BTV', covers: 'cán bộ công đoàn của cấp mình' },
];

export interface AuthorityQuery {
  decidingLevel: OrgLevel;
  subjectKind: DisciplineSubjectKind;
  relation: SubjectRelation;
  /** which body, when the subject is a collective */
  collective?: CommitteeBody;
}

/** The row that gives the deciding union this power, or undefined when none does. */
export function disciplineAuthority(query: AuthorityQuery, table: readonly DisciplineAuthorityRow[] = DISCIPLINE_AUTHORITY): DisciplineAuthorityRow | undefined {
  return table.find(
    (r) =>
      r.decidingLevel === query.decidingLevel &&
      r.subjectKind === query.subjectKind &&
      r.relation === query.relation &&
      (query.subjectKind !== 'tap-the' || r.collective === query.collective),
  );
}

const RELATION_PHRASES: Record<SubjectRelation, { vi: string; en: string }> = {
  own: { vi: 'của chính cấp mình', en: 'of its own union' },
  'direct-child': { vi: 'của công đoàn cấp dưới trực tiếp', en: 'of a union directly below it' },
};

export function authorityProblems(query: AuthorityQuery & { field?: string }, table: readonly DisciplineAuthorityRow[] = DISCIPLINE_AUTHORITY): FieldProblem[] {
  const field = query.field ?? 'data.subject.kind';
  if (query.subjectKind === 'tap-the' && query.collective === undefined) {
    return [
      {
        field,
        rule: 'COLLECTIVE_NOT_NAMED',
        message: 'Kỷ luật tập thể: cần nêu tập thể nào (Ban Chấp hành, Ban Thường vụ hay Ủy ban Kiểm tra)',
        messageEn: 'A collective discipline must name the body (BCH, BTV or UBKT)',
      },
    ];
  }
  if (disciplineAuthority(query, table)) return [];
  const level = ORG_LEVEL_PHRASES[query.decidingLevel] ?? { vi: query.decidingLevel, en: query.decidingLevel };
  const relation = RELATION_PHRASES[query.relation] ?? { vi: query.relation, en: query.relation };
  const subject =
    query.subjectKind === 'tap-the' && query.collective
      ? { vi: `tập thể ${COMMITTEE_BODY_LABELS[query.collective]}`, en: `the collective ${query.collective}` }
      : { vi: (DISCIPLINE_SUBJECT_LABELS[query.subjectKind] ?? query.subjectKind).toLowerCase(), en: DISCIPLINE_SUBJECT_NAMES_EN[query.subjectKind] ?? query.subjectKind };
  return [
    {
      field,
      rule: 'NO_DISCIPLINE_AUTHORITY',
      message: `${capitalize(level.vi)} không có thẩm quyền kỷ luật ${subject.vi} ${relation.vi} (QĐ 5130/QĐ-TLĐ Điều 10–12)`,
      messageEn: `${capitalize(level.en)} has no power to discipline ${subject.en} ${relation.en} (QĐ 5130/QĐ-TLĐ Art. 10–12)`,
    },
  ];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
