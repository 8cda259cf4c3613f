import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '@congdoan/domain';

/** Vietnamese wording per class-validator rule; `n` is the number the English message carries (a length, a bound). */
const VI: Record<string, (n?: string) => string> = {
  required: () => 'là bắt buộc',
  whitelistValidation: () => 'không được phép (trường không có trong mẫu)',
  isString: () => 'phải là chuỗi ký tự',
  isNotEmpty: () => 'không được để trống',
  isInt: () => 'phải là số nguyên',
  isBoolean: () => 'phải là đúng/sai (true/false)',
  isEmail: () => 'phải là địa chỉ email hợp lệ',
  isUUID: () => 'phải là mã định danh UUID hợp lệ',
  isUuid: () => 'phải là mã định danh UUID hợp lệ', // class-validator's name for @IsUUID in body fields
  isObject: () => 'phải là một đối tượng',
  isIn: () => 'không thuộc các giá trị cho phép',
  isDateString: () => 'phải là ngày theo định dạng YYYY-MM-DD',
  isISO8601: () => 'phải là ngày theo định dạng YYYY-MM-DD',
  isCalendarDate: () => 'phải là một ngày có thật, viết theo định dạng YYYY-MM-DD',
  isEnum: () => 'không thuộc các giá trị cho phép',
  arrayMaxSize: (n) => `chỉ được tối đa ${n} phần tử`,
  minLength: (n) => `phải có ít nhất ${n} ký tự`,
  maxLength: (n) => `chỉ được tối đa ${n} ký tự`,
  min: (n) => `phải lớn hơn hoặc bằng ${n}`,
  max: (n) => `phải nhỏ hơn hoặc bằng ${n}`,
  matches: () => 'không đúng định dạng',
  isArray: () => 'phải là một danh sách',
  arrayMinSize: (n) => `phải có ít nhất ${n} phần tử`,
  nestedValidation: () => 'phải là một đối tượng hợp lệ',
};

/** Flattens class-validator's tree into one problem per field and rule, naming nested fields by path (`a.0.b`). */
export function toFieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const children = toFieldProblems(error.children ?? [], field);
    if (!error.constraints) return children;
    if (error.value === undefined || error.value === null) {
      return [problem(field, 'required', `${field} is required`), ...children];
    }
    const own = Object.entries(error.constraints).map(([rule, english]) => problem(field, rule, english));
    return [...own, ...children];
  });
}

function problem(field: string, rule: string, english: string): FieldProblem {
  const n = /(-?\d+(\.\d+)?)/.exec(english)?.[1];
  const vi = (VI[rule] ?? (() => 'không hợp lệ'))(n);
  const messageEn = rule === 'whitelistValidation' ? `${field} is not allowed (unknown field)` : english;
  return { field, rule, message: `Trường '${field}' ${vi}`, messageEn };
}
