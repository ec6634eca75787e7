// Coded findings of the 837 guide checker and readers. They extend the core's X12ErrorCode (the
// lexical and envelope codes, which the guide checker reuses where they fit: UNEXPECTED_SEGMENT,
// INVALID_DATE, INVALID_NUMBER, INVALID_TIME) with transaction-set codes. The string values are a
// public contract, like the core's: never rename one.

import { diagnostic, type X12Diagnostic, type X12ErrorCode, type X12Position, type X12Severity } from '../core/errors';

export const GuideCode = {
  /** A segment the TR3 marks required (R) is missing from its loop. */
  MISSING_SEGMENT: 'MISSING_SEGMENT',
  /** A required loop is missing (e.g. 2010AA under 2000A, 2400 under 2300). */
  MISSING_LOOP: 'MISSING_LOOP',
  /** A segment used more often than its maximum use in the loop. */
  TOO_MANY_SEGMENTS: 'TOO_MANY_SEGMENTS',
  /** A loop repeated more often than its TR3 repeat (e.g. 51 service lines in an 837P claim). */
  TOO_MANY_LOOPS: 'TOO_MANY_LOOPS',
  /** A segment or loop before one that the TR3 puts ahead of it. */
  SEGMENT_OUT_OF_ORDER: 'SEGMENT_OUT_OF_ORDER',
  /** A required element (or component of a required composite) is empty. */
  MISSING_ELEMENT: 'MISSING_ELEMENT',
  /** A value in an element the TR3 marks "not used". */
  NOT_USED_ELEMENT: 'NOT_USED_ELEMENT',
  /** More elements than the segment has. */
  TOO_MANY_ELEMENTS: 'TOO_MANY_ELEMENTS',
  /** A coded element holds a value outside its TR3 code list. */
  INVALID_CODE: 'INVALID_CODE',
  /** HL01 not 1, 2, 3 … in order, or repeated. */
  HL_SEQUENCE: 'HL_SEQUENCE',
  /** HL02 does not point at the HL the level belongs under (x12-basics §7). */
  HL_PARENT: 'HL_PARENT',
  /** HL04 says the level has (1) or has no (0) children and the data says otherwise. */
  HL_CHILD_CODE: 'HL_CHILD_CODE',
  /** LX01 does not run 1, 2, 3 … within the claim. */
  LINE_NUMBER_SEQUENCE: 'LINE_NUMBER_SEQUENCE',
  /** CLM02 differs from the sum of the line charges (SV102 / SV203 / SV302). */
  CLAIM_TOTAL_MISMATCH: 'CLAIM_TOTAL_MISMATCH',
  /** An 837 whose GS08/ST03 is not one of 005010X222A1, 005010X223A2, 005010X224A2 (or a known label of them). */
  UNSUPPORTED_VERSION: 'UNSUPPORTED_VERSION',
  /** ST03 differs from GS08, or carries a label of the guide other than its official one. */
  VERSION_MISMATCH: 'VERSION_MISMATCH',
  /** A transaction set other than 837 where an 837 was expected. */
  NOT_837: 'NOT_837',
  /** The input holds no 837 transaction set, or no claim. */
  NO_CLAIMS: 'NO_CLAIMS',
  /** The claim carries data the normalized claim document has no place for (it would be lost). */
  NOT_REPRESENTABLE: 'NOT_REPRESENTABLE',
  /** A claim the reader could not map although its loops passed the check (a reader defect; the rest of the file is read). */
  CLAIM_NOT_READ: 'CLAIM_NOT_READ',
  /** A transaction set too large for the in-memory guide check; only its envelope was checked. */
  TRANSACTION_TOO_LARGE: 'TRANSACTION_TOO_LARGE',
} as const;

export type GuideCode = (typeof GuideCode)[keyof typeof GuideCode];

/**
 * A finding of the guide checker or an 837 reader: an X12Diagnostic whose code may also be a
 * GuideCode, with the loop it was found in (TR3 loop ID, e.g. '2300').
 */
export interface GuideDiagnostic extends Omit<X12Diagnostic, 'code'> {
  code: X12ErrorCode | GuideCode;
  loop?: string;
}

export function guideDiagnostic(
  code: X12ErrorCode | GuideCode,
  message: string,
  position: X12Position & { loop?: string } = {},
  severity: X12Severity = 'error',
): GuideDiagnostic {
  const d = diagnostic(code as X12ErrorCode, message, position, severity) as GuideDiagnostic;
  if (position.loop !== undefined) d.loop = position.loop;
  return d;
}
