// Reads TA1 segments: alone in an interchange, or between ISA and GS in front of a 999 or 277CA
// (Office Ally sends one ahead of every 999). `readTa1Segment` is shared with those readers.

import { AckCode, AckDiagnostics, mergeDiagnostics, type AckDiagnostic } from '../acks/diagnostics';
import { noneOf, tokenizeAck } from '../acks/input';
import type { Segment } from '../core/segment';
import { TA104, TA105 } from './codes';
import type { Ta1Acknowledgment, Ta1Document } from './model';

/** TA1 — interchange acknowledgment: `TA1*000000101*240315*1200*A*000~`. */
export function readTa1Segment(seg: Segment, d: AckDiagnostics): Ta1Acknowledgment {
  const interchangeControlNumber = d.required(seg, 1, 'TA101');
  if (interchangeControlNumber !== null && !/^\d{9}$/.test(interchangeControlNumber)) {
    // Kept: the correlation can still try it (the OopFactory sample sends 4 digits).
    d.report(AckCode.INVALID_NUMBER, `TA101 ${JSON.stringify(interchangeControlNumber)} is not a 9-digit ISA13`, seg);
  }
  const date = d.required(seg, 2, 'TA102');
  if (date !== null && !/^\d{6}$/.test(date)) d.report(AckCode.INVALID_DATE, `TA102 ${JSON.stringify(date)} is not YYMMDD`, seg);
  const time = d.required(seg, 3, 'TA103');
  const acknowledgmentCode = d.required(seg, 4, 'TA104');
  d.describe(seg, TA104, acknowledgmentCode, 'TA104');
  const noteCode = d.required(seg, 5, 'TA105');
  return {
    interchangeControlNumber,
    date,
    time,
    acknowledgmentCode,
    noteCode,
    noteDescription: d.describe(seg, TA105, noteCode, 'TA105'),
    segmentIndex: seg.index,
  };
}

/** Every TA1 of the input. Throws an AcknowledgmentError when the input is not X12 or holds no TA1. */
export function readTa1(input: string | Uint8Array): Ta1Document {
  const { segments, diagnostics } = tokenizeAck(input);
  return readTa1Segments(segments, diagnostics);
}

/** The same, over segments already tokenized (`carried`: their lexical and envelope diagnostics). */
export function readTa1Segments(segments: readonly Segment[], carried: readonly AckDiagnostic[] = []): Ta1Document {
  const d = new AckDiagnostics();
  const acknowledgments: Ta1Acknowledgment[] = [];
  for (const seg of segments) if (seg.id === 'TA1') acknowledgments.push(readTa1Segment(seg, d));
  if (acknowledgments.length === 0) noneOf('TA1', segments);
  return { type: 'TA1', acknowledgments, diagnostics: mergeDiagnostics(carried, d.list) };
}

