/**
 * Typed domain errors. Every refusal the product gives a user is one of these, with a Vietnamese message, its English
 * twin and a stable English code; the API maps `kind` to an HTTP status in one place.
 */
export type DomainErrorKind =
  | 'validation' // 400: a field breaks a rule
  | 'unauthenticated' // 401: no or bad credentials
  | 'forbidden' // 403: the user may not do this
  | 'not_found' // 404: unknown id, or one the user may not see
  | 'conflict' // 409: the state changed, a duplicate
  | 'payload_too_large' // 413
  | 'unsupported_media_type' // 415: the content is not of an accepted type
  | 'rule' // 422: a domain rule refused it
  | 'unavailable'; // 503: a dependency does not answer

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
  messageEn: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly details?: readonly FieldProblem[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ValidationFailed extends DomainError {
  constructor(problems: readonly FieldProblem[]) {
    const first = problems[0];
    super(
      'validation',
      'VALIDATION_FAILED',
      problems.map((p) => p.message).join('; ') || 'Dữ liệu không hợp lệ',
      problems.map((p) => p.messageEn).join('; ') || 'Invalid input',
      first ? problems : undefined,
    );
  }
}

/**
 * A domain rule refused well-formed input (422): a BCH above its cap, a quorum not met, a form not allowed for that
 * subject. Each problem names the field, the rule (its code, e.g. `BCH_SIZE_ABOVE_CAP`) and the numbers involved.
 */
export class RuleBroken extends DomainError {
  constructor(problems: readonly FieldProblem[]) {
    super('rule', problems[0]?.rule ?? 'RULE_BROKEN', problems.map((p) => p.message).join('; '), problems.map((p) => p.messageEn).join('; '), problems);
  }
}

export class InvalidCredentials extends DomainError {
  constructor() {
    // One message for an unknown user and a wrong password, so usernames cannot be probed.
    super('unauthenticated', 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng', 'Wrong username or password');
  }
}

export class AuthenticationRequired extends DomainError {
  constructor(reasonVi = 'Cần đăng nhập: thiếu hoặc sai mã truy cập', reasonEn = 'Authentication required: missing or invalid access token') {
    super('unauthenticated', 'UNAUTHENTICATED', reasonVi, reasonEn);
  }
}

export class Forbidden extends DomainError {
  constructor(messageVi: string, messageEn: string) {
    super('forbidden', 'FORBIDDEN', messageVi, messageEn);
  }
}

export class NotFound extends DomainError {
  constructor(what: string, whatEn: string, id: string) {
    super('not_found', 'NOT_FOUND', `Không tìm thấy ${what} '${id}'`, `${whatEn} '${id}' not found`);
  }
}

export class Conflict extends DomainError {
  constructor(messageVi: string, messageEn: string, code = 'CONFLICT') {
    super('conflict', code, messageVi, messageEn);
  }
}

export class PayloadTooLarge extends DomainError {
  constructor(messageVi: string, messageEn: string, details?: readonly FieldProblem[]) {
    super('payload_too_large', 'PAYLOAD_TOO_LARGE', messageVi, messageEn, details);
  }
}

export class UnsupportedMediaType extends DomainError {
  constructor(messageVi: string, messageEn: string, details?: readonly FieldProblem[]) {
    super('unsupported_media_type', 'UNSUPPORTED_MEDIA_TYPE', messageVi, messageEn, details);
  }
}
