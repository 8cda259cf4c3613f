import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailed } from '@congdoan/domain';

/** `@Param('id', uuidParam('id'))`: a malformed id is a 400 naming the parameter, not a database error. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new ValidationFailed([{ field, rule: 'isUUID', message: `Trường '${field}' phải là mã định danh UUID hợp lệ`, messageEn: `${field} must be a UUID` }]),
  });
}
