import type { FieldProblem } from '@congdoan/domain';

/** Checks a procedure's `data`; each problem names its path under `data` (`data.applicants.0.fullName`). */
export type CaseDataValidator = (data: Record<string, unknown>) => FieldProblem[];

/** A CĐCS needs at least 5 members (HD 03/2020/HD-TLĐ Mục 12.1; Điều lệ XII Art. 13); api.md's "≥ 1" is too weak. */
export const MIN_CDCS_MEMBERS = 5;
const MAX_TEXT = 500;

const problem = (field: string, rule: string, vi: string, en: string): FieldProblem => ({
  field,
  rule,
  message: `Trường '${field}' ${vi}`,
  messageEn: `${field} ${en}`,
});

/** A present, non-blank string of at most MAX_TEXT characters. */
function text(value: unknown, field: string, what: string): FieldProblem[] {
  if (value === undefined || value === null) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  if (typeof value !== 'string') return [problem(field, 'isString', `(${what}) phải là chuỗi ký tự`, 'must be a string')];
  if (value.trim() === '') return [problem(field, 'isNotEmpty', `(${what}) không được để trống`, 'should not be empty')];
  if (value.length > MAX_TEXT) return [problem(field, 'maxLength', `chỉ được tối đa ${MAX_TEXT} ký tự`, `must be at most ${MAX_TEXT} characters`)];
  return [];
}

/** A non-empty list of people, each with a non-blank `fullName`. */
function people(value: unknown, field: string, what: string): FieldProblem[] {
  if (value === undefined || value === null) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  if (!Array.isArray(value)) return [problem(field, 'isArray', `(${what}) phải là một danh sách`, 'must be a list')];
  if (value.length === 0) return [problem(field, 'arrayMinSize', `(${what}) phải có ít nhất 1 người`, 'must list at least 1 person')];
  return value.flatMap((person: unknown, i) =>
    person !== null && typeof person === 'object' && !Array.isArray(person)
      ? text((person as Record<string, unknown>).fullName, `${field}.${i}.fullName`, 'họ và tên')
      : [problem(`${field}.${i}`, 'isObject', 'phải có dạng {"fullName": "..."}', 'must be an object {"fullName": "..."}')],
  );
}

/** Thành lập CĐCS: the employer, how many members, and who applied (api.md, minimum data). */
const thanhLapCdcs: CaseDataValidator = (data) => {
  const problems = [...text(data.unitName, 'data.unitName', 'tên đơn vị, doanh nghiệp')];
  const count = data.memberCount;
  if (count === undefined || count === null) {
    problems.push(problem('data.memberCount', 'required', '(số đoàn viên) là bắt buộc', 'is required'));
  } else if (typeof count !== 'number' || !Number.isInteger(count)) {
    problems.push(problem('data.memberCount', 'isInt', '(số đoàn viên) phải là số nguyên', 'must be an integer'));
  } else if (count < MIN_CDCS_MEMBERS) {
    problems.push(
      problem(
        'data.memberCount',
        'min',
        `phải lớn hơn hoặc bằng ${MIN_CDCS_MEMBERS}: công đoàn cơ sở cần ít nhất ${MIN_CDCS_MEMBERS} đoàn viên (HD 03/2020/HD-TLĐ Mục 12.1)`,
        `must be at least ${MIN_CDCS_MEMBERS}: a grassroots union needs at least ${MIN_CDCS_MEMBERS} members (HD 03/2020/HD-TLĐ §12.1)`,
      ),
    );
  }
  problems.push(...people(data.applicants, 'data.applicants', 'danh sách người xin gia nhập'));
  // The BCH elected at the founding congress (optional at intake; recognised with the CĐCS by the same decision).
  if (data.bch !== undefined) {
    problems.push(...people(data.bch, 'data.bch', 'Ban Chấp hành'));
    if (Array.isArray(data.bch)) {
      data.bch.forEach((member: unknown, i) => {
        const position = (member as Record<string, unknown> | null)?.position;
        if (position !== undefined) problems.push(...text(position, `data.bch.${i}.position`, 'chức danh'));
      });
    }
  }
  return problems;
};

/** One validator per procedure code; a procedure without one cannot be opened (see the spec). */
export const CASE_DATA_VALIDATORS: Readonly<Record<string, CaseDataValidator>> = {
  'thanh-lap-cdcs': thanhLapCdcs,
};

export function caseDataProblems(procedureCode: string, data: Record<string, unknown>): FieldProblem[] {
  const validate = CASE_DATA_VALIDATORS[procedureCode];
  if (!validate) {
    return [problem('procedureCode', 'notSupported', 'chưa có mẫu dữ liệu để tiếp nhận', 'cannot be opened yet (no data form is defined)')];
  }
  return validate(data);
}
