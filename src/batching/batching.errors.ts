// Batching's domain errors; the HTTP filter maps their codes (UNKNOWN_CLEARINGHOUSE 400, NOT_FOUND 404).
import { ErrorCode, GatewayError } from '../common/gateway-error';

export function unknownClearinghouse(id: string, known: string[]): GatewayError {
  return new GatewayError(ErrorCode.UnknownClearinghouse, `no clearinghouse profile has the id ${JSON.stringify(id)}`, {
    errors: [{ path: 'clearinghouseId', code: 'UNKNOWN_CLEARINGHOUSE', message: `expected one of ${known.join(', ')}` }],
    clearinghouses: known,
  });
}

export function submissionNotFound(): GatewayError {
  return new GatewayError(ErrorCode.NotFound, 'no submission with this id');
}
