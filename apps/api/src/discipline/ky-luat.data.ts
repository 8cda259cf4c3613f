import { COMMITTEE_BODIES, DISCIPLINE_FORMS, DISCIPLINE_SUBJECT_KINDS, type FieldProblem } from '@congdoan/domain';
import { MAX_LONG_TEXT, fieldsOf, object, optionalOneOf, optionalText, optionalUuid, problem, text } from '../cases/field-rules';
import { date, oneOf, todayInVietnam } from '../committees/data-rules';

/** Who imposed a discipline before the union's own: the Party, or the administration (QĐ 5130 Art. 3(10)). */
export const PRIOR_DISCIPLINE_BY = ['dang', 'chinh-quyen'] as const;

function subjectProblems(value: unknown): FieldProblem[] {
  const field = 'data.subject';
  const shape = object(value, field, 'người hoặc tập thể bị xem xét kỷ luật', '{"fullName": "...", "kind": "doan-vien|can-bo|tap-the"}');
  if (shape.length) return shape;
  const s = fieldsOf(value);
  const collective = s.kind === 'tap-the';
  return [
    ...text(s.fullName, `${field}.fullName`, 'họ tên người bị xem xét kỷ luật, hoặc tên tập thể'),
    ...oneOf(s.kind, `${field}.kind`, 'đối tượng: đoàn viên, cán bộ công đoàn hay tập thể', DISCIPLINE_SUBJECT_KINDS),
    ...(collective && (s.body === undefined || s.body === null)
      ? [problem(`${field}.body`, 'required', `(tập thể nào: ${COMMITTEE_BODIES.join(', ')}) là bắt buộc khi kỷ luật tập thể`, `is required for a collective: one of ${COMMITTEE_BODIES.join(', ')}`)]
      : optionalOneOf(s.body, `${field}.body`, COMMITTEE_BODIES)),
    ...(collective && s.userId !== undefined
      ? [problem(`${field}.userId`, 'personOnly', 'chỉ ghi cho cá nhân, không ghi cho tập thể', 'is for a person, not a collective')]
      : optionalUuid(s.userId, `${field}.userId`, 'tài khoản người bị xem xét kỷ luật')),
    ...optionalText(s.position, `${field}.position`, 'chức vụ'),
    ...optionalUuid(s.unitId, `${field}.unitId`, 'công đoàn nơi người (tập thể) bị xem xét sinh hoạt'),
    ...optionalText(s.unitName, `${field}.unitName`, 'tên công đoàn nơi sinh hoạt'),
  ];
}

function priorProblems(value: unknown, today: string): FieldProblem[] {
  const field = 'data.priorDiscipline';
  if (value === undefined || value === null) return [];
  const shape = object(value, field, 'kỷ luật Đảng hoặc chính quyền đã áp dụng', '{"by": "dang|chinh-quyen", "form": "...", "decidedOn": "YYYY-MM-DD"}');
  if (shape.length) return shape;
  const p = fieldsOf(value);
  return [
    ...oneOf(p.by, `${field}.by`, 'cơ quan đã kỷ luật', PRIOR_DISCIPLINE_BY),
    ...oneOf(p.form, `${field}.form`, 'hình thức đã bị kỷ luật', DISCIPLINE_FORMS),
    ...date(p.decidedOn, `${field}.decidedOn`, 'ngày quyết định kỷ luật', today),
    ...optionalText(p.reference, `${field}.reference`, 'số quyết định', 100),
  ];
}

/**
 * Kỷ luật (api.md minimum: subject{fullName}, violation, proposedForm), with who the subject is (a member, an officer
 * or a collective body: its forms and who may discipline it follow from that), the body that manages the person, and
 * a Party or administrative discipline already imposed.
 */
export function kyLuatDataProblems(data: Record<string, unknown>): FieldProblem[] {
  const today = todayInVietnam();
  return [
    ...subjectProblems(data.subject),
    ...text(data.violation, 'data.violation', 'nội dung vi phạm', MAX_LONG_TEXT),
    ...oneOf(data.proposedForm, 'data.proposedForm', 'hình thức kỷ luật đề nghị', DISCIPLINE_FORMS),
    ...optionalText(data.managingBody, 'data.managingBody', 'cơ quan quản lý người bị kỷ luật'),
    ...priorProblems(data.priorDiscipline, today),
  ];
}
