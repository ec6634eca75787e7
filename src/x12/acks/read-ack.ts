// One entry point for any acknowledgment file (TA1, 999, 277CA), dispatched by content: a 999
// or 277 transaction set decides the reader (a TA1 in front of it is kept in the document), a
// file with TA1 segments and no transaction set is a TA1. Used by the CLI and the ack intake.

import type { Ack277CADocument } from '../277ca-005010X214/model';
import { read277CASegments } from '../277ca-005010X214/reader';
import type { Ack999Document } from '../999-005010X231A1/model';
import { read999Segments } from '../999-005010X231A1/reader';
import type { Ta1Document } from '../ta1/model';
import { readTa1Segments } from '../ta1/reader';
import { noneOf, tokenizeAck, transactionTypes } from './input';

export type AcknowledgmentDocument = Ta1Document | Ack999Document | Ack277CADocument;
export type AcknowledgmentType = AcknowledgmentDocument['type'];

/**
 * Read a whole acknowledgment file. The first 999 or 277 transaction set found decides the type
 * (other transaction sets in the file become UNSUPPORTED_TRANSACTION diagnostics). Throws an
 * AcknowledgmentError when the input is not X12 (the core's code) or holds no acknowledgment.
 */
export function readAcknowledgment(input: string | Uint8Array): AcknowledgmentDocument {
  const { segments, diagnostics } = tokenizeAck(input);
  for (const type of transactionTypes(segments).keys()) {
    if (type === '999') return read999Segments(segments, diagnostics);
    if (type === '277') return read277CASegments(segments, diagnostics);
  }
  if (segments.some((s) => s.id === 'TA1')) return readTa1Segments(segments, diagnostics);
  return noneOf('acknowledgment (TA1, 999 or 277CA)', segments);
}
