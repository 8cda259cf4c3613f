import { AWARD_TYPES, type FieldProblem } from '@congdoan/domain';
import { MAX_LONG_TEXT, optionalBoolean, optionalText, optionalUuid, problem, text } from '../cases/field-rules';
import { list, oneOf } from '../committees/data-rules';

export const MAX_NOMINEES = 500;

/** A person ({fullName, userId?}) or a collective ({unitName}), with the position the decision prints. */
function nomineeProblems(n: Record<string, unknown>, path: string): FieldProblem[] {
  const person = n.fullName !== undefined && n.fullName !== null;
  const collective = n.unitName !== undefined && n.unitName !== null;
  if (!person && !collective) {
    return [
      problem(
        `${path}.fullName`,
        'required',
        '(họ tên cá nhân, hoặc unitName: tên tập thể được đề nghị khen thưởng) là bắt buộc',
        'is required (or unitName for a collective nominee)',
      ),
    ];
  }
  if (person && collective) {
    return [problem(`${path}.unitName`, 'exclusive', 'không được ghi cùng với fullName: mỗi người được đề nghị là một cá nhân hoặc một tập thể', 'must not be given with fullName: a nominee is a person or a collective')];
  }
  return [
    ...(person ? text(n.fullName, `${path}.fullName`, 'họ và tên người được đề nghị') : text(n.unitName, `${path}.unitName`, 'tên tập thể được đề nghị')),
    ...(collective && n.userId !== undefined
      ? [problem(`${path}.userId`, 'personOnly', 'chỉ ghi cho cá nhân, không ghi cho tập thể', 'is for a person, not a collective')]
      : optionalUuid(n.userId, `${path}.userId`, 'tài khoản người được đề nghị')),
    ...optionalText(n.position, `${path}.position`, 'chức vụ, đơn vị công tác'),
  ];
}

/** Tiếp hồ sơ thi đua, khen thưởng (api.md minimum: nominees[{fullName} or {unitName}], awardType, achievements). */
export function khenThuongDataProblems(data: Record<string, unknown>): FieldProblem[] {
  return [
    ...list(data.nominees, 'data.nominees', 'danh sách đề nghị khen thưởng', MAX_NOMINEES, nomineeProblems),
    ...oneOf(data.awardType, 'data.awardType', 'hình thức khen thưởng', AWARD_TYPES),
    ...text(data.achievements, 'data.achievements', 'tóm tắt thành tích', MAX_LONG_TEXT),
    ...optionalText(data.proposingUnit, 'data.proposingUnit', 'đơn vị trình'),
    ...optionalText(data.period, 'data.period', 'năm, giai đoạn thành tích', 50),
    ...optionalBoolean(data.exceptional, 'data.exceptional'),
  ];
}
