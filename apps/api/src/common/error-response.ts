import type { FieldProblem } from '@congdoan/domain';

/** The one error shape of `api.md`: `message` in Vietnamese, `messageEn` its English twin, `error` a stable code. */
export interface ErrorResponse {
  statusCode: number;
  error: string;
  message: string;
  messageEn: string;
  details?: readonly FieldProblem[];
  requestId?: string;
}
