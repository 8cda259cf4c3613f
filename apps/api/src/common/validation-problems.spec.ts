import { ValidationError } from 'class-validator';
import { toFieldProblems } from './validation-problems';

function error(property: string, value: unknown, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return Object.assign(new ValidationError(), { property, value, constraints, children });
}

describe('toFieldProblems', () => {
  it('reports a missing value once, as required', () => {
    const problems = toFieldProblems([error('username', undefined, { isString: 'username must be a string', isNotEmpty: 'username should not be empty' })]);
    expect(problems).toEqual([{ field: 'username', rule: 'required', message: "Trường 'username' là bắt buộc", messageEn: 'username is required' }]);
  });

  it('keeps every broken rule of a present value, with its number in Vietnamese', () => {
    const problems = toFieldProblems([error('password', 'abc', { minLength: 'password must be longer than or equal to 8 characters' })]);
    expect(problems).toEqual([
      { field: 'password', rule: 'minLength', message: "Trường 'password' phải có ít nhất 8 ký tự", messageEn: 'password must be longer than or equal to 8 characters' },
    ]);
  });

  it('names nested fields by their path', () => {
    const problems = toFieldProblems([
      error('applicants', [{}], undefined, [error('0', {}, undefined, [error('fullName', '', { isNotEmpty: 'fullName should not be empty' })])]),
    ]);
    expect(problems.map((p) => p.field)).toEqual(['applicants.0.fullName']);
    expect(problems[0].message).toBe("Trường 'applicants.0.fullName' không được để trống");
  });

  it('says an unknown field is not allowed', () => {
    const [problem] = toFieldProblems([error('isAdmin', true, { whitelistValidation: 'property isAdmin should not exist' })]);
    expect(problem.messageEn).toBe('isAdmin is not allowed (unknown field)');
  });
});
