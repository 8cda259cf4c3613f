import { type FieldProblem, isValidIsoDate } from '@congdoan/domain';

/** The checks case data is made of; each problem names its path under `data` and says the rule in both languages. */
export const MAX_TEXT = 500;
export const MAX_LONG_TEXT = 10_000;

export const problem = (field: string, rule: string, vi: string, en: string): FieldProblem => ({
  field,
  rule,
  message: `Trường '${field}' ${vi}`,
  messageEn: `${field} ${en}`,
});

const absent = (value: unknown) => value === undefined || value === null;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A present, non-blank string of at most `max` characters. */
export function text(value: unknown, field: string, what: string, max = MAX_TEXT): FieldProblem[] {
  if (absent(value)) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  if (typeof value !== 'string') return [problem(field, 'isString', `(${what}) phải là chuỗi ký tự`, 'must be a string')];
  if (value.trim() === '') return [problem(field, 'isNotEmpty', `(${what}) không được để trống`, 'should not be empty')];
  if (value.length > max) return [problem(field, 'maxLength', `chỉ được tối đa ${max} ký tự`, `must be at most ${max} characters`)];
  return [];
}

export const optionalText = (value: unknown, field: string, what: string, max = MAX_TEXT): FieldProblem[] =>
  absent(value) ? [] : text(value, field, what, max);

/** An object (not a list), or the problem that it is not. */
export function object(value: unknown, field: string, what: string, shape: string): FieldProblem[] {
  if (absent(value)) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  if (typeof value !== 'object' || Array.isArray(value)) return [problem(field, 'isObject', `(${what}) phải có dạng ${shape}`, `must be an object ${shape}`)];
  return [];
}

export function optionalDate(value: unknown, field: string, what: string): FieldProblem[] {
  if (absent(value) || isValidIsoDate(value)) return [];
  return [problem(field, 'isDate', `(${what}) phải là ngày dạng YYYY-MM-DD`, 'must be a date YYYY-MM-DD')];
}

export function optionalBoolean(value: unknown, field: string): FieldProblem[] {
  return absent(value) || typeof value === 'boolean' ? [] : [problem(field, 'isBoolean', 'phải là true hoặc false', 'must be true or false')];
}

export function optionalInt(value: unknown, field: string, what: string, min: number, max: number): FieldProblem[] {
  if (absent(value)) return [];
  if (typeof value !== 'number' || !Number.isInteger(value)) return [problem(field, 'isInt', `(${what}) phải là số nguyên`, 'must be an integer')];
  if (value < min || value > max) return [problem(field, 'range', `(${what}) phải từ ${min} đến ${max}`, `must be between ${min} and ${max}`)];
  return [];
}

export function optionalUuid(value: unknown, field: string, what: string): FieldProblem[] {
  if (absent(value) || (typeof value === 'string' && UUID.test(value))) return [];
  return [problem(field, 'isUuid', `(${what}) phải là mã định danh (UUID)`, 'must be a UUID')];
}

export function optionalOneOf(value: unknown, field: string, allowed: readonly string[]): FieldProblem[] {
  if (absent(value) || (typeof value === 'string' && allowed.includes(value))) return [];
  return [problem(field, 'isIn', `phải là một trong: ${allowed.join(', ')}`, `must be one of: ${allowed.join(', ')}`)];
}

/** A non-empty list of people, each with a non-blank `fullName`. */
export function people(value: unknown, field: string, what: string): FieldProblem[] {
  if (absent(value)) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  if (!Array.isArray(value)) return [problem(field, 'isArray', `(${what}) phải là một danh sách`, 'must be a list')];
  if (value.length === 0) return [problem(field, 'arrayMinSize', `(${what}) phải có ít nhất 1 người`, 'must list at least 1 person')];
  return value.flatMap((person: unknown, i) =>
    person !== null && typeof person === 'object' && !Array.isArray(person)
      ? text((person as Record<string, unknown>).fullName, `${field}.${i}.fullName`, 'họ và tên')
      : [problem(`${field}.${i}`, 'isObject', 'phải có dạng {"fullName": "..."}', 'must be an object {"fullName": "..."}')],
  );
}

/** The object's fields, or an empty record when it is not an object (its problem is reported by `object`). */
export const fieldsOf = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
