// Reconciliation's domain errors; the HTTP filter maps their codes to statuses.
import { ErrorCode, GatewayError, type FieldIssue } from '../common/gateway-error';
import { isIsoDate } from './deposit-input';
import type { RemittanceRange } from './reconciliation.store';

export function invalidQuery(path: string, message: string): GatewayError {
  return new GatewayError(ErrorCode.InvalidQuery, message, { errors: [{ path, code: 'INVALID_VALUE', message }] });
}

export function validationFailed(message: string, errors: FieldIssue[]): GatewayError {
  return new GatewayError(ErrorCode.ValidationFailed, message, { errors });
}

export function paymentNotFound(): GatewayError {
  return new GatewayError(ErrorCode.NotFound, 'no claim payment with this id');
}

export function unknownClaim(): GatewayError {
  return new GatewayError(ErrorCode.UnknownClaim, 'no claim with this claimId', { errors: [{ path: 'claimId', code: 'UNKNOWN_CLAIM', message: 'no claim with this id' }] });
}

export function paymentAlreadyMatched(claimId: string): GatewayError {
  return new GatewayError(ErrorCode.PaymentAlreadyMatched, 'this claim payment is already matched to a claim', { claimId });
}

export interface RangeQuery {
  from?: string;
  to?: string;
  payerId?: string;
}

/** `from` and `to`: payment dates (BPR16), inclusive, YYYY-MM-DD, both required; `payerId` matches the payer id (REF*2U) or TRN03. */
export function rangeOf(query: RangeQuery): RemittanceRange {
  for (const key of ['from', 'to'] as const) {
    const v = query[key];
    if (typeof v !== 'string' || !isIsoDate(v)) throw invalidQuery(key, `${key} must be a payment date YYYY-MM-DD`);
  }
  if (query.from! > query.to!) throw invalidQuery('to', 'to must not be before from');
  const payerId = typeof query.payerId === 'string' && query.payerId.trim() !== '' ? query.payerId.trim() : null;
  if (query.payerId !== undefined && (typeof query.payerId !== 'string' || payerId === null || payerId.length > 80)) throw invalidQuery('payerId', 'payerId must be a payer id');
  return { from: query.from!, to: query.to!, payerId };
}
