import { type FieldProblem, isValidIsoDate, vietnamDate, vietnameseDate } from '@congdoan/domain';
import { fieldsOf, problem } from '../cases/field-rules';

/**
 * Field checks the committee, commendation and discipline forms need beyond `cases/field-rules.ts`: required dates,
 * counts and codes, a date not in the future, a list of objects. Each problem names its path under `data`.
 */
const absent = (value: unknown) => value === undefined || value === null;

/** Today in Vietnam (UTC+7): the day no date of a form may come after. */
export const todayInVietnam = (): string => vietnamDate(new Date());

/** A required calendar date YYYY-MM-DD, not after `today` when given. */
export function date(value: unknown, field: string, what: string, today?: string): FieldProblem[] {
  if (absent(value)) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  if (!isValidIsoDate(value)) return [problem(field, 'isDate', `(${what}) phải là ngày có thật dạng YYYY-MM-DD`, 'must be a real date YYYY-MM-DD')];
  if (today !== undefined && value > today) {
    return [problem(field, 'notInFuture', `(${what}) không được là ngày trong tương lai (hôm nay là ${vietnameseDate(today, true)})`, `must not be in the future (today is ${today} in Vietnam)`)];
  }
  return [];
}

export const optionalDateNotFuture = (value: unknown, field: string, what: string, today: string): FieldProblem[] =>
  absent(value) ? [] : date(value, field, what, today);

/** A required whole number in [min, max]. */
export function int(value: unknown, field: string, what: string, min: number, max: number): FieldProblem[] {
  if (absent(value)) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  if (typeof value !== 'number' || !Number.isInteger(value)) return [problem(field, 'isInt', `(${what}) phải là số nguyên`, 'must be an integer')];
  if (value < min) return [problem(field, 'min', `(${what}) phải lớn hơn hoặc bằng ${min}`, `must be at least ${min}`)];
  if (value > max) return [problem(field, 'max', `(${what}) phải nhỏ hơn hoặc bằng ${max}`, `must be at most ${max}`)];
  return [];
}

/** A required code from a list. */
export function oneOf(value: unknown, field: string, what: string, allowed: readonly string[]): FieldProblem[] {
  if (absent(value)) return [problem(field, 'required', `(${what}) là bắt buộc; một trong: ${allowed.join(', ')}`, `is required; one of: ${allowed.join(', ')}`)];
  if (typeof value === 'string' && allowed.includes(value)) return [];
  return [problem(field, 'isIn', `(${what}) phải là một trong: ${allowed.join(', ')}`, `must be one of: ${allowed.join(', ')}`)];
}

/**
 * A required, non-empty list of objects, at most `max` long: the problems of the list itself, or those `each` finds in
 * every entry (an entry that is not an object is named by its index).
 */
export function list(
  value: unknown,
  field: string,
  what: string,
  max: number,
  each: (item: Record<string, unknown>, path: string) => FieldProblem[],
): FieldProblem[] {
  if (absent(value)) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  if (!Array.isArray(value)) return [problem(field, 'isArray', `(${what}) phải là một danh sách`, 'must be a list')];
  if (value.length === 0) return [problem(field, 'arrayMinSize', `(${what}) phải có ít nhất 1 phần tử`, 'must have at least 1 entry')];
  if (value.length > max) return [problem(field, 'arrayMaxSize', `(${what}) chỉ được tối đa ${max} phần tử`, `must have at most ${max} entries`)];
  return value.flatMap((item: unknown, i) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? each(item as Record<string, unknown>, `${field}.${i}`)
      : [problem(`${field}.${i}`, 'isObject', 'phải là một đối tượng', 'must be an object')],
  );
}

export { fieldsOf };
