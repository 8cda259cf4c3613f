import { ValidationPipe } from '@nestjs/common';
import { ValidationFailed } from '@congdoan/domain';
import { toFieldProblems } from './validation-problems';

/** Global DTO validation: unknown fields are refused, and every refusal names the field and the rule. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailed(toFieldProblems(errors)),
  });
}
