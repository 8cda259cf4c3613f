import express, { type ErrorRequestHandler, type Express } from 'express';
import { DomainError, ValidationFailed } from '@congdoan/domain';
import { toErrorResponse } from './http-error.filter';

/**
 * JSON bodies with a size limit. body-parser fails before Nest's pipeline sees the request, so its two errors are
 * answered here, in the same shape the error filter gives.
 */
export function installBodyParsing(app: Express, limit: string): void {
  app.use(express.json({ limit }));
  const answer: ErrorRequestHandler = (err: { type?: string }, req, res, next) => {
    let error: DomainError | undefined;
    if (err?.type === 'entity.too.large') {
      error = new DomainError('payload_too_large', 'PAYLOAD_TOO_LARGE', `Dữ liệu gửi lên vượt quá giới hạn ${limit}`, `Request body exceeds the ${limit} limit`);
    } else if (err?.type === 'entity.parse.failed') {
      error = new ValidationFailed([{ field: 'body', rule: 'json', message: "Trường 'body' không phải JSON hợp lệ", messageEn: 'body is not valid JSON' }]);
    }
    if (!error) return next(err);
    const body = toErrorResponse(error);
    const id = (req as { id?: unknown }).id;
    res.status(body.statusCode).json({ ...body, requestId: typeof id === 'string' ? id : undefined });
  };
  app.use(answer);
}
