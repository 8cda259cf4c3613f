import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { ValidationFailed } from '@congdoan/domain';

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The request's `Idempotency-Key` header (undefined when absent): 1–200 visible ASCII characters, e.g. a UUID.
 * A malformed key is a 400 rather than silently ignored, so a client never believes a retry is safe when it is not.
 */
export const IdempotencyKey = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | undefined => {
  const value = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && KEY.test(value)) return value;
  throw new ValidationFailed([
    {
      field: 'Idempotency-Key',
      rule: 'idempotencyKey',
      message: "Header 'Idempotency-Key' phải gồm 1–200 ký tự ASCII nhìn thấy được (ví dụ một UUID)",
      messageEn: 'Idempotency-Key must be 1–200 visible ASCII characters (a UUID, for example)',
    },
  ]);
});
