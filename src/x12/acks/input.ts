// The door of the acknowledgment readers: decode, tokenize leniently, check the envelope, and
// turn "not X12 at all" into an AcknowledgmentError carrying the core's code. Acknowledgments are
// small, so the readers work on the whole file.

import { checkEnvelope } from '../core/envelope-check';
import { X12ErrorCode } from '../core/errors';
import type { Segment } from '../core/segment';
import { tokenizeLenient } from '../core/tokenizer';
import { AckCode, AcknowledgmentError, fromX12Diagnostic, type AckDiagnostic } from './diagnostics';

export interface AckInput {
  segments: Segment[];
  /** Lexical and envelope diagnostics, in segment order. */
  diagnostics: AckDiagnostic[];
}

/** Text or bytes (UTF-8, a BOM is fine) → segments; throws when nothing X12 can be recovered. */
export function tokenizeAck(input: string | Uint8Array): AckInput {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
  const lexed = tokenizeLenient(text);
  if (lexed.segments.length === 0) {
    const fatal = lexed.diagnostics.find((d) => d.severity === 'error');
    if (fatal) throw new AcknowledgmentError(fatal.code, fatal.message, null);
    throw new AcknowledgmentError(X12ErrorCode.EMPTY_INPUT, 'the input is empty', null);
  }
  const envelope = checkEnvelope(lexed.segments, { syntax: false });
  const diagnostics = [...lexed.diagnostics, ...envelope]
    .map(fromX12Diagnostic)
    .sort((a, b) => (a.segmentIndex ?? Infinity) - (b.segmentIndex ?? Infinity));
  return { segments: lexed.segments, diagnostics };
}

/** ST01 values in order of appearance, with where the first of each is. */
export function transactionTypes(segments: readonly Segment[]): Map<string, number> {
  const types = new Map<string, number>();
  for (const s of segments) if (s.id === 'ST' && !types.has(s.element(1))) types.set(s.element(1), s.index);
  return types;
}

/** Throw the error for "no transaction set of type `wanted`". */
export function noneOf(wanted: string, segments: readonly Segment[]): never {
  const [first] = transactionTypes(segments);
  if (first) {
    throw new AcknowledgmentError(
      AckCode.UNSUPPORTED_TRANSACTION,
      `not a ${wanted}: the input holds transaction set ${first[0]}`,
      first[1],
      first[0],
    );
  }
  const ta1 = segments.find((s) => s.id === 'TA1');
  if (ta1) throw new AcknowledgmentError(AckCode.UNSUPPORTED_TRANSACTION, `not a ${wanted}: the input holds only a TA1`, ta1.index, 'TA1');
  throw new AcknowledgmentError(AckCode.NO_TRANSACTION_SET, 'the input holds no transaction set (no ST segment) and no TA1', null);
}
