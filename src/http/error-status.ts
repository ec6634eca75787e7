import { ErrorCode } from '../common/gateway-error';

/** The single table that maps domain error codes to HTTP statuses. */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.EmptyBody]: 400,
  [ErrorCode.MalformedJson]: 400,
  [ErrorCode.InvalidQuery]: 400,
  [ErrorCode.IdempotencyKeyInvalid]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.MissingScope]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.DuplicateClaim]: 409,
  [ErrorCode.IdempotencyKeyInFlight]: 409,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.IdempotencyKeyReused]: 422,
  [ErrorCode.Internal]: 500,
  [ErrorCode.DatabaseUnavailable]: 503,
  [ErrorCode.UnknownClearinghouse]: 400,
  [ErrorCode.UnreadableRemittance]: 400,
  [ErrorCode.PaymentAlreadyMatched]: 409,
  [ErrorCode.UnknownClaim]: 422,
};
