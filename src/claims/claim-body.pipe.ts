// Edge validation: the raw JSON body → class-validator DTO → plain domain document. Services never
// see a DTO. Errors list every failed field with its JSON path and a code.
import { Injectable, PipeTransform } from '@nestjs/common';
import { claimValidationFailed } from './claims.errors';
import { validateClaimBody } from './claim-validation';
import { toClaimDocument } from './claim.mapper';
import type { ClaimDocument, ClaimKind } from './claim.types';

export interface ValidatedClaim {
  kind: ClaimKind;
  /** The body exactly as received. */
  submitted: unknown;
  document: ClaimDocument;
}

export function validateClaim(kind: ClaimKind, body: unknown): ValidatedClaim {
  const result = validateClaimBody(kind, body);
  if (!result.ok) throw claimValidationFailed(result.errors);
  return { kind, submitted: body, document: toClaimDocument(kind, result.value as never) };
}

@Injectable()
export class ClaimBodyPipe implements PipeTransform<unknown, ValidatedClaim> {
  constructor(private readonly kind: ClaimKind) {}

  transform(body: unknown): ValidatedClaim {
    return validateClaim(this.kind, body);
  }
}

/** Which kind of claim a body is, from the service object of its first line (for /validate). */
export function detectClaimKind(body: unknown): ClaimKind | null {
  const lines = (body as { claimInformation?: { serviceLines?: unknown } } | null)?.claimInformation?.serviceLines;
  const first = Array.isArray(lines) ? (lines[0] as Record<string, unknown> | undefined) : undefined;
  if (!first || typeof first !== 'object') return null;
  if ('institutionalService' in first) return 'institutional';
  if ('dentalService' in first) return 'dental';
  if ('professionalService' in first) return 'professional';
  return null;
}
