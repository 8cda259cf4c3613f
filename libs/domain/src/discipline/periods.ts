import { computeDeadline } from '../calendar/deadline';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { calendarPeriodEnd } from '../complaints/complaint-periods';
import type { FieldProblem } from '../domain-error';
import { DISCIPLINE_FORMS, DISCIPLINE_FORM_LABELS, type DisciplineData, type DisciplineForm } from './case-data';

/** The periods of a discipline (domain §5), as configuration with QĐ 5130's figures as defaults. */
export const DISCIPLINE_PERIODS = {
  /** [S] Art. 3(12): the body that manages the person is told in writing within 15 days (calendar days, BLDS rules) */
  managingBodyNoticeDays: 15,
  /** [S] Art. 3(10): after a Party or administrative discipline, the union considers its own within 30 working days */
  afterOtherDisciplineWorkingDays: 30,
};
export type DisciplinePeriods = typeof DISCIPLINE_PERIODS;

/** The last day to notify the Party, government or professional body that manages the disciplined person. */
export function managingBodyNoticeDue(calendar: WorkingCalendar, decisionDate: string, periods: DisciplinePeriods = DISCIPLINE_PERIODS): string {
  return calendarPeriodEnd(calendar, decisionDate, periods.managingBodyNoticeDays);
}

/** The last day for the union's own discipline after a Party or administrative one decided on `priorDecidedOn`. */
export function afterOtherDisciplineDue(calendar: WorkingCalendar, priorDecidedOn: string, periods: DisciplinePeriods = DISCIPLINE_PERIODS): string {
  return computeDeadline(calendar, { start: priorDecidedOn, amount: periods.afterOtherDisciplineWorkingDays, unit: 'working_days' }).due;
}

/** Whether `form` is heavier than `than`, by the order of DISCIPLINE_FORMS (lightest first). */
export function isHeavier(form: DisciplineForm, than: DisciplineForm): boolean {
  return DISCIPLINE_FORMS.indexOf(form) > DISCIPLINE_FORMS.indexOf(than);
}

export type PriorDiscipline = Pick<NonNullable<DisciplineData['priorDiscipline']>, 'form'> & Partial<Pick<NonNullable<DisciplineData['priorDiscipline']>, 'by'>>;

const IMPOSED_BY = {
  dang: { vi: 'tổ chức Đảng', en: 'the Party' },
  'chinh-quyen': { vi: 'chính quyền, cơ quan quản lý', en: 'the administration' },
};

/** Art. 3(10) [S]: the union may not impose a form heavier than the Party's or the administration's. */
export function ceilingProblems(form: DisciplineForm, prior: PriorDiscipline | undefined, field = 'data.proposedForm'): FieldProblem[] {
  if (!prior || !isHeavier(form, prior.form)) return [];
  const by = (prior.by && IMPOSED_BY[prior.by]) || { vi: 'cơ quan có thẩm quyền', en: 'the competent body' };
  const name = DISCIPLINE_FORM_LABELS[form];
  const priorName = DISCIPLINE_FORM_LABELS[prior.form];
  return [
    {
      field,
      rule: 'HEAVIER_THAN_PRIOR_DISCIPLINE',
      message: `Hình thức ${name} nặng hơn hình thức ${priorName} mà ${by.vi} đã áp dụng: công đoàn không được kỷ luật nặng hơn (QĐ 5130/QĐ-TLĐ Điều 3 khoản 10)`,
      messageEn: `${name} is heavier than the ${priorName} ${by.en} imposed: the union may not impose a heavier form (QĐ 5130/QĐ-TLĐ Art. 3(10))`,
    },
  ];
}
