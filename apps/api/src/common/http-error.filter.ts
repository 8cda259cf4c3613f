import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, type DomainErrorKind } from '@congdoan/domain';
import type { ErrorResponse } from './error-response';

const STATUS: Record<DomainErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rule: 422,
  unavailable: 503,
};

/** Framework HTTP errors (unknown route, wrong method…) in the same shape as domain errors. */
const HTTP_WORDING: Record<number, [string, string, string]> = {
  400: ['BAD_REQUEST', 'Yêu cầu không hợp lệ', 'Bad request'],
  404: ['NOT_FOUND', 'Không tìm thấy đường dẫn', 'Route not found'],
  405: ['METHOD_NOT_ALLOWED', 'Phương thức không được hỗ trợ', 'Method not allowed'],
  413: ['PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên vượt quá giới hạn cho phép', 'Request body is larger than allowed'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Định dạng dữ liệu không được hỗ trợ', 'Unsupported media type'],
};

/** The response for any thrown value; exported for the body parser, which runs before Nest's pipeline. */
export function toErrorResponse(exception: unknown): ErrorResponse {
  if (exception instanceof DomainError) {
    return {
      statusCode: STATUS[exception.kind],
      error: exception.code,
      message: exception.message,
      messageEn: exception.messageEn,
      ...(exception.details ? { details: exception.details } : {}),
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const [error, message, messageEn] = HTTP_WORDING[status] ?? [HttpStatus[status] ?? 'ERROR', 'Yêu cầu không thành công', exception.message];
    return { statusCode: status, error, message, messageEn };
  }
  return {
    statusCode: 500,
    error: 'INTERNAL_ERROR',
    message: 'Lỗi hệ thống; vui lòng thử lại hoặc báo quản trị viên kèm mã yêu cầu',
    messageEn: 'Internal error; try again or report the request id to the administrator',
  };
}

/** Maps every error to HTTP in one place; a bug is a 500 with no internals leaked, logged with the request id. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: unknown }>();
    const res = ctx.getResponse<Response>();
    const body = toErrorResponse(exception);
    body.requestId = typeof req.id === 'string' ? req.id : undefined;
    if (body.statusCode >= 500 && body.statusCode !== 503) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'unhandled error');
    }
    res.status(body.statusCode).json(body);
  }
}
