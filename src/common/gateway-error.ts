// Domain errors are data: a stable code, a message that never carries PHI, and optional details.
// Only the HTTP exception filter turns codes into statuses (see http/error-status.ts).
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  EmptyBody = 'EMPTY_BODY',
  MalformedJson = 'MALFORMED_JSON',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  Unauthenticated = 'UNAUTHENTICATED',
  MissingScope = 'MISSING_SCOPE',
  NotFound = 'NOT_FOUND',
  InvalidQuery = 'INVALID_QUERY',
  DuplicateClaim = 'DUPLICATE_CLAIM',
  IdempotencyKeyInvalid = 'IDEMPOTENCY_KEY_INVALID',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  IdempotencyKeyInFlight = 'IDEMPOTENCY_KEY_IN_FLIGHT',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
  UnknownClearinghouse = 'UNKNOWN_CLEARINGHOUSE',
  UnreadableRemittance = 'UNREADABLE_REMITTANCE',
  PaymentAlreadyMatched = 'PAYMENT_ALREADY_MATCHED',
  UnknownClaim = 'UNKNOWN_CLAIM',
}

export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

export class GatewayError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}
