// Service-line composites shared by the three guides: the procedure composite (SV101, SV202,
// SV301, SVD03) and the diagnosis code pointers (837P SV107, 837D SV311).

import { X12Error, X12ErrorCode } from '../core/errors';
import type { Composite } from '../core/writer';
import { required } from './values';

/** SV107 / SV311 hold at most 4 diagnosis pointers. */
export const MAX_POINTERS = 4;

/**
 * Diagnosis code pointers, e.g. `1:2`: 1–4 of them, each the position (1…dxCount) of a code in
 * the claim's diagnosis HI — positions, not codes (837-structure §14).
 */
export function diagnosisPointers(pointers: readonly string[], dxCount: number, segmentId: string, element: number): Composite {
  const name = `${segmentId}${String(element).padStart(2, '0')}`;
  if (pointers.length === 0 || pointers.length > MAX_POINTERS) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `${name} needs 1–${MAX_POINTERS} diagnosis pointers`, { segmentId, element });
  }
  return pointers.map((p, i) => {
    const n = /^\d{1,2}$/.test(p) ? Number(p) : NaN;
    if (!(n >= 1 && n <= dxCount)) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, `${name}-${i + 1} must point at a diagnosis of the claim (1–${dxCount})`, {
        segmentId,
        element,
        component: i + 1,
      });
    }
    return String(n);
  });
}

/** Procedure composite: qualifier, code, up to 4 modifiers, description (e.g. `HC:99214:25`). */
export function procedureComposite(
  segmentId: string,
  element: number,
  qualifier: string,
  code: string,
  modifiers: readonly string[] | undefined,
  description?: string,
): Composite {
  const mods = modifiers ?? [];
  if (mods.length > 4) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `${segmentId}${String(element).padStart(2, '0')}: at most 4 procedure modifiers`, {
      segmentId,
      element,
      component: 7,
    });
  }
  return [qualifier, required(code, segmentId, element, 'procedure code'), mods[0], mods[1], mods[2], mods[3], description];
}

/** The error for a line item control number (REF*6R) used twice in one claim. */
export function duplicateLineId(): X12Error {
  return new X12Error(X12ErrorCode.INVALID_VALUE, 'REF02 line item control number (REF*6R) must be unique within the claim', { segmentId: 'REF', element: 2 });
}

/** No other payer: the set of 2330B payer IDs a 2430 SVD01 may name, when the claim has no 2320. */
export const NO_PAYERS: ReadonlySet<string> = new Set();
