import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidIsoDate } from '@congdoan/domain';

/** A real calendar date written YYYY-MM-DD: 2027-02-30 and 2027-2-3 are refused. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a real date written YYYY-MM-DD`,
      },
    },
    options,
  );
}
