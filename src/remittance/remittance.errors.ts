// Remittance's domain errors; the HTTP filter maps their codes (UNREADABLE_REMITTANCE 400, NOT_FOUND 404).
import { ErrorCode, GatewayError } from '../common/gateway-error';
import type { Remittance835Error } from '../x12';

/** The input holds no 835 that can be read: nothing was posted. */
export function unreadableRemittance(err: Remittance835Error): GatewayError {
  return new GatewayError(ErrorCode.UnreadableRemittance, `the file cannot be read as an 835: ${err.message}`, {
    errors: [{ path: '', code: err.code, message: err.message }],
    x12Code: err.code,
    segmentIndex: err.segmentIndex,
  });
}

export function remittanceNotFound(): GatewayError {
  return new GatewayError(ErrorCode.NotFound, 'no remittance with this id');
}

export function invalidQuery(path: string, message: string): GatewayError {
  return new GatewayError(ErrorCode.InvalidQuery, message, { errors: [{ path, code: 'INVALID_VALUE', message }] });
}
