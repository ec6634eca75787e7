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
  /** A retry of a submission that is not dead-lettered or failed (queued or already transmitted). */
  SubmissionNotRetryable = 'SUBMISSION_NOT_RETRYABLE',
  UnreadableRemittance = 'UNREADABLE_REMITTANCE',
  PaymentAlreadyMatched = 'PAYMENT_ALREADY_MATCHED',
  UnknownClaim = 'UNKNOWN_CLAIM',
  /** A correction of a claim the payer has not answered yet, or that never left us. */
  ClaimNotCorrectable = 'CLAIM_NOT_CORRECTABLE',
  /** A void of a claim the payer never had or has not answered yet. */
  ClaimNotVoidable = 'CLAIM_NOT_VOIDABLE',
  /** A correction or void of a claim already corrected, voided or resubmitted. */
  ClaimAlreadyReplaced = 'CLAIM_ALREADY_REPLACED',
  /** The payer accepted or adjudicated the claim but we never learned its claim control number (REF*1K, CLP07). */
  PayerClaimNumberUnknown = 'PAYER_CLAIM_NUMBER_UNKNOWN',
  /** A release of a remittance already released by hand (and so posted): a set posts once. */
  RemittanceAlreadyReleased = 'REMITTANCE_ALREADY_RELEASED',
  /** A release of a remittance not rejected, rejected as unreadable, or whose payment is posted already. */
  RemittanceNotReleasable = 'REMITTANCE_NOT_RELEASABLE',
  /** A redelivery of a webhook delivery still being attempted, or of a deactivated webhook. */
  WebhookNotRedeliverable = 'WEBHOOK_NOT_REDELIVERABLE',
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
