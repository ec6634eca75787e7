import { ErrorCode, GatewayError, type FieldIssue } from '../common/gateway-error';

export function claimValidationFailed(errors: FieldIssue[]): GatewayError {
  const message = errors.length === 1 && errors[0].code === 'EMPTY_BODY' ? 'the request body is empty' : `the claim failed validation (${errors.length} error${errors.length === 1 ? '' : 's'})`;
  return new GatewayError(errors.length === 1 && errors[0].code === 'EMPTY_BODY' ? ErrorCode.EmptyBody : ErrorCode.ValidationFailed, message, { errors });
}

export function duplicateOriginal(existingClaimId: string | null): GatewayError {
  return new GatewayError(
    ErrorCode.DuplicateClaim,
    'an original claim with this billing provider and patient control number already exists; send a replacement (frequency 7) or void (8) instead',
    existingClaimId ? { existingClaimId } : {},
  );
}
