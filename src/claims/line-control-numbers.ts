// Every service line leaves with a line item control number (2400 REF*6R), which the 835 echoes
// back in REF*6R so payments can be matched to lines. One is assigned at intake when the billing
// system sent none, and stored with the claim so it never changes afterwards.
import type { ClaimDocument, ClaimKind } from './claim.types';

export function lineControlField(kind: ClaimKind): 'providerControlNumber' | 'lineItemControlNumber' {
  return kind === 'institutional' ? 'lineItemControlNumber' : 'providerControlNumber';
}

/** Fills missing line control numbers with `<claim id without dashes, 20 chars>-<line number>` (≤ 30). */
export function assignLineControlNumbers(kind: ClaimKind, document: ClaimDocument, claimId: string): string[] {
  const field = lineControlField(kind);
  const lines = (document as unknown as { claimInformation: { serviceLines: Record<string, unknown>[] } }).claimInformation.serviceLines;
  const taken = new Set(lines.map((line) => line[field]).filter((v): v is string => typeof v === 'string'));
  const base = claimId.replace(/-/g, '').slice(0, 20).toUpperCase();
  return lines.map((line, index) => {
    const existing = line[field];
    if (typeof existing === 'string' && existing.length > 0) return existing;
    let candidate = `${base}-${index + 1}`;
    for (let n = 1; taken.has(candidate); n++) candidate = `${base}-${index + 1}-${n}`;
    taken.add(candidate);
    line[field] = candidate;
    return candidate;
  });
}
