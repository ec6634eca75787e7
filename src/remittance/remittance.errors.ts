// Remittance's domain errors; the HTTP filter maps their codes (UNREADABLE_REMITTANCE 400, NOT_FOUND 404,
// REMITTANCE_ALREADY_RELEASED and REMITTANCE_NOT_RELEASABLE 409).
import { ErrorCode, GatewayError, type FieldIssue } from '../common/gateway-error';

/** The input holds no 835 that can be read, or was cut off: nothing was posted. */
export function unreadableRemittance(err: { code: string; message: string; segmentIndex?: number | null }): GatewayError {
  return new GatewayError(ErrorCode.UnreadableRemittance, `the file cannot be read as an 835: ${err.message}`, {
    errors: [{ path: '', code: err.code, message: err.message }],
    x12Code: err.code,
    segmentIndex: err.segmentIndex ?? null,
  });
}

export function remittanceNotFound(): GatewayError {
  return new GatewayError(ErrorCode.NotFound, 'no remittance with this id');
}

export function invalidQuery(path: string, message: string): GatewayError {
  return new GatewayError(ErrorCode.InvalidQuery, message, { errors: [{ path, code: 'INVALID_VALUE', message }] });
}

export function invalidRelease(errors: FieldIssue[]): GatewayError {
  return new GatewayError(ErrorCode.ValidationFailed, errors.map((e) => e.message).join('; '), { errors });
}

/** The set was released before: it is posted, and a release posts only once. */
export function remittanceAlreadyReleased(releasedAt: Date): GatewayError {
  return new GatewayError(ErrorCode.RemittanceAlreadyReleased, 'this remittance was already released and posted', { releasedAt: releasedAt.toISOString() });
}

/**
 * Only a set rejected because it does not balance can be released. `reason`: `not_rejected` (it
 * was posted or is a duplicate), `not_balancing` (rejected as unreadable or refused by the
 * database, or rejected before sets were kept), `payment_posted` (the same payment is posted).
 */
export function remittanceNotReleasable(reason: 'not_rejected' | 'not_balancing' | 'payment_posted', message: string, details: Record<string, unknown> = {}): GatewayError {
  return new GatewayError(ErrorCode.RemittanceNotReleasable, message, { reason, ...details });
}
