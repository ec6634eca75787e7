// Envelope checker (x12-basics §3–5): walks tokenized segments of a whole file, one at a time
// and in bounded memory, and reports — as coded diagnostics with segment positions — nesting
// errors, SE01/GE01/IEA01 counts, SE02/GE02/IEA02 control numbers, control-number formats and
// duplicates, the envelope's own dates and codes, and trailing empty elements/components.
// It is the base of `x12gw validate`; guide-level rules belong to the transaction readers.

import type { Segment } from './segment';
import type { ChunkSource, ReadSegmentsOptions } from './read-segments';
import { readSegmentBatches, readSegments } from './read-segments';
import { Tokenizer, type TokenizerOptions } from './tokenizer';
import { X12ErrorCode, diagnostic, elementName, type X12Diagnostic, type X12ErrorCode as Code, type X12Severity } from './errors';
import { isValidDate, isValidIsaDate, isValidTime } from './format';
import {
  isValidGroupControlNumber,
  isValidInterchangeControlNumber,
  isValidTransactionSetControlNumber,
} from './control-numbers';

export interface EnvelopeCheckOptions {
  /** Also report trailing empty elements/components as warnings. Default true. */
  syntax?: boolean;
  /** Stop recording after this many diagnostics (`droppedCount` says how many more). Default 1000. */
  maxDiagnostics?: number;
}

// Nesting levels.
const OUTSIDE = 0;
const IN_INTERCHANGE = 1;
const IN_GROUP = 2;
const IN_TRANSACTION = 3;

/** Streaming envelope checker: `push` every segment in order, then `end()` for the diagnostics. */
export class EnvelopeChecker {
  private readonly out: X12Diagnostic[] = [];
  private readonly syntax: boolean;
  private readonly maxDiagnostics: number;
  private dropped = 0;

  private level = OUTSIDE;
  private isa: Segment | undefined;
  private gs: Segment | undefined;
  private st: Segment | undefined;
  private groupCount = 0;
  private transactionCount = 0;
  private segmentCount = 0;
  private readonly isaNumbers = new Set<string>();
  private gsNumbers = new Set<string>();
  private stNumbers = new Set<string>();

  /** Counters for a summary line: interchanges, groups and transaction sets opened. */
  readonly totals = { segments: 0, interchanges: 0, groups: 0, transactionSets: 0 };

  constructor(options: EnvelopeCheckOptions = {}) {
    this.syntax = options.syntax !== false;
    this.maxDiagnostics = options.maxDiagnostics ?? 1000;
  }

  get diagnostics(): readonly X12Diagnostic[] {
    return this.out;
  }

  /** Diagnostics found beyond `maxDiagnostics` and not recorded. */
  get droppedCount(): number {
    return this.dropped;
  }

  push(seg: Segment): void {
    this.totals.segments++;
    if (this.syntax && seg.id !== 'ISA') this.checkSyntax(seg);
    switch (seg.id) {
      case 'ISA':
        return this.onIsa(seg);
      case 'GS':
        return this.onGs(seg);
      case 'ST':
        return this.onSt(seg);
      case 'SE':
        return this.onSe(seg);
      case 'GE':
        return this.onGe(seg);
      case 'IEA':
        return this.onIea(seg);
      case 'TA1':
        // TA1 is an interchange-level segment: between ISA and IEA, outside any group.
        if (this.level === IN_INTERCHANGE) return;
        if (this.level === IN_TRANSACTION) {
          this.segmentCount++;
          return;
        }
        return this.misplaced(seg);
      default:
        if (this.level === IN_TRANSACTION) {
          this.segmentCount++;
          return;
        }
        return this.misplaced(seg);
    }
  }

  /**
   * `push` for a segment the caller knows is none of ISA, GS, ST, SE, GE, IEA and TA1: the same
   * checks without the dispatch on its ID (a transaction reader's hot path).
   */
  pushBody(seg: Segment): void {
    this.totals.segments++;
    if (this.syntax) this.checkSyntax(seg);
    if (this.level === IN_TRANSACTION) {
      this.segmentCount++;
      return;
    }
    this.misplaced(seg);
  }

  /** Finish: report envelopes left open, and return every diagnostic. */
  end(): X12Diagnostic[] {
    if (this.level !== OUTSIDE) {
      const missing = ['SE', 'GE', 'IEA'].slice(IN_TRANSACTION - this.level).join(', ');
      const open = this.st ?? this.gs ?? this.isa;
      this.add(
        X12ErrorCode.TRUNCATED_INTERCHANGE,
        `the input ends inside an open ${open?.id ?? 'envelope'} (missing ${missing})`,
        open,
      );
      this.level = OUTSIDE;
    }
    return this.out;
  }

  // ---- envelope segments -------------------------------------------------------------------

  private onIsa(seg: Segment): void {
    if (this.level !== OUTSIDE) this.closeImplicitly(seg, OUTSIDE);
    this.level = IN_INTERCHANGE;
    this.isa = seg;
    this.groupCount = 0;
    this.gsNumbers = new Set();
    this.totals.interchanges++;
    const isa13 = seg.element(13);
    if (!isValidInterchangeControlNumber(isa13)) {
      this.add(X12ErrorCode.INVALID_CONTROL_NUMBER, `ISA13 ${JSON.stringify(isa13)} is not 9 digits`, seg, 13);
    } else if (this.isaNumbers.has(isa13)) {
      this.add(X12ErrorCode.DUPLICATE_CONTROL_NUMBER, `ISA13 ${isa13} appears twice in this file`, seg, 13);
    }
    this.isaNumbers.add(isa13);
    if (!isValidIsaDate(seg.element(9))) this.add(X12ErrorCode.INVALID_DATE, `ISA09 ${JSON.stringify(seg.element(9))} is not a YYMMDD date`, seg, 9);
    const time = seg.element(10);
    if (time.length !== 4 || !isValidTime(time)) this.add(X12ErrorCode.INVALID_TIME, `ISA10 ${JSON.stringify(time)} is not an HHMM time`, seg, 10);
    const ack = seg.element(14);
    if (ack !== '0' && ack !== '1') this.add(X12ErrorCode.INVALID_VALUE, `ISA14 ${JSON.stringify(ack)} is not 0 or 1`, seg, 14);
    const usage = seg.element(15);
    if (usage !== 'P' && usage !== 'T') this.add(X12ErrorCode.INVALID_VALUE, `ISA15 ${JSON.stringify(usage)} is not P or T`, seg, 15);
  }

  private onGs(seg: Segment): void {
    if (this.level === OUTSIDE) return this.misplaced(seg);
    if (this.level > IN_INTERCHANGE) this.closeImplicitly(seg, IN_INTERCHANGE);
    this.level = IN_GROUP;
    this.gs = seg;
    this.groupCount++;
    this.transactionCount = 0;
    this.stNumbers = new Set();
    this.totals.groups++;
    const gs06 = seg.element(6);
    if (!isValidGroupControlNumber(gs06)) {
      this.add(X12ErrorCode.INVALID_CONTROL_NUMBER, `GS06 ${JSON.stringify(gs06)} is not 1–9 digits`, seg, 6);
    } else if (this.gsNumbers.has(gs06)) {
      this.add(X12ErrorCode.DUPLICATE_CONTROL_NUMBER, `GS06 ${gs06} appears twice in this interchange`, seg, 6);
    }
    this.gsNumbers.add(gs06);
    if (!isValidDate(seg.element(4))) this.add(X12ErrorCode.INVALID_DATE, `GS04 ${JSON.stringify(seg.element(4))} is not a CCYYMMDD date`, seg, 4);
    if (!isValidTime(seg.element(5))) this.add(X12ErrorCode.INVALID_TIME, `GS05 ${JSON.stringify(seg.element(5))} is not an HHMM[SS[DD]] time`, seg, 5);
  }

  private onSt(seg: Segment): void {
    if (this.level === OUTSIDE) return this.misplaced(seg);
    if (this.level === IN_TRANSACTION) this.closeImplicitly(seg, IN_GROUP);
    if (this.level === IN_INTERCHANGE) {
      this.add(X12ErrorCode.MISSING_GS, 'ST outside a functional group (no GS before it)', seg);
      this.gs = undefined;
    } else {
      this.transactionCount++;
    }
    this.level = IN_TRANSACTION;
    this.st = seg;
    this.segmentCount = 1;
    this.totals.transactionSets++;
    const st02 = seg.element(2);
    if (!isValidTransactionSetControlNumber(st02)) {
      this.add(X12ErrorCode.INVALID_CONTROL_NUMBER, `ST02 ${JSON.stringify(st02)} is not 4–9 letters or digits`, seg, 2);
    } else if (this.gs && this.stNumbers.has(st02)) {
      this.add(X12ErrorCode.DUPLICATE_CONTROL_NUMBER, `ST02 ${st02} appears twice in this group`, seg, 2);
    }
    this.stNumbers.add(st02);
  }

  private onSe(seg: Segment): void {
    if (this.level !== IN_TRANSACTION || !this.st) return this.misplaced(seg);
    this.segmentCount++;
    // SE01 counts ST through SE, both included (x12-basics §5).
    this.checkCount(seg, 1, this.segmentCount, 'segments from ST to SE');
    this.checkControl(seg, 2, this.st, 2);
    this.st = undefined;
    this.level = this.gs ? IN_GROUP : IN_INTERCHANGE;
  }

  private onGe(seg: Segment): void {
    if (this.level === IN_TRANSACTION) this.closeImplicitly(seg, IN_GROUP);
    if (this.level !== IN_GROUP || !this.gs) return this.misplaced(seg);
    // GE01 = number of ST in the group.
    this.checkCount(seg, 1, this.transactionCount, 'transaction sets in the group');
    this.checkControl(seg, 2, this.gs, 6);
    this.gs = undefined;
    this.level = IN_INTERCHANGE;
  }

  private onIea(seg: Segment): void {
    if (this.level > IN_INTERCHANGE) this.closeImplicitly(seg, IN_INTERCHANGE);
    if (this.level !== IN_INTERCHANGE || !this.isa) return this.misplaced(seg);
    // IEA01 = number of GS in the interchange.
    this.checkCount(seg, 1, this.groupCount, 'functional groups in the interchange');
    this.checkControl(seg, 2, this.isa, 13);
    this.isa = undefined;
    this.level = OUTSIDE;
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** A header or outer trailer arrived while inner envelopes were open: report and close them. */
  private closeImplicitly(seg: Segment, to: number): void {
    const missing = ['SE', 'GE', 'IEA'].slice(IN_TRANSACTION - this.level, IN_TRANSACTION - to).join(', ');
    const open = this.level === IN_TRANSACTION ? this.st : this.level === IN_GROUP ? this.gs : this.isa;
    this.add(
      X12ErrorCode.MISSING_TRAILER,
      `${seg.id} while ${open?.id ?? 'an envelope'} (segment ${open?.index ?? '?'}) is still open: missing ${missing}`,
      seg,
    );
    if (to < IN_TRANSACTION) this.st = undefined;
    if (to < IN_GROUP) this.gs = undefined;
    if (to < IN_INTERCHANGE) this.isa = undefined;
    this.level = to;
  }

  private misplaced(seg: Segment): void {
    const where =
      this.level === OUTSIDE
        ? 'outside any interchange (after IEA or before ISA)'
        : this.level === IN_INTERCHANGE
          ? 'outside a functional group'
          : this.level === IN_GROUP
            ? 'outside a transaction set (between GS/SE and ST/GE)'
            : 'inside a transaction set';
    this.add(X12ErrorCode.UNEXPECTED_SEGMENT, `${seg.id} ${where}`, seg);
  }

  private checkCount(seg: Segment, element: number, counted: number, what: string): void {
    const value = seg.element(element);
    const name = elementName(seg.id, element);
    if (!/^\d{1,10}$/.test(value)) {
      this.add(X12ErrorCode.INVALID_NUMBER, `${name} ${JSON.stringify(value)} is not a count`, seg, element);
    } else if (Number(value) !== counted) {
      this.add(X12ErrorCode.COUNT_MISMATCH, `${name} is ${value} but there are ${counted} ${what}`, seg, element);
    }
  }

  private checkControl(trailer: Segment, element: number, header: Segment, headerElement: number): void {
    const a = trailer.element(element);
    const b = header.element(headerElement);
    if (a !== b) {
      this.add(
        X12ErrorCode.CONTROL_NUMBER_MISMATCH,
        `${elementName(trailer.id, element)} ${JSON.stringify(a)} does not match ${elementName(header.id, headerElement)} ` +
          `${JSON.stringify(b)} (segment ${header.index})`,
        trailer,
        element,
      );
    }
  }

  private checkSyntax(seg: Segment): void {
    const els = seg.elements;
    const n = els.length;
    if (n > 1 && els[n - 1] === '') {
      this.add(
        X12ErrorCode.TRAILING_EMPTY_ELEMENT,
        `${seg.id} ends with an element separator (trailing empty elements must be dropped)`,
        seg,
        n - 1,
        'warning',
      );
      return;
    }
    const comp = seg.delimiters.component;
    for (let i = 1; i < n; i++) {
      const v = els[i];
      if (v.length > 1 && v.charCodeAt(v.length - 1) === comp.charCodeAt(0)) {
        this.add(
          X12ErrorCode.TRAILING_EMPTY_COMPONENT,
          `${elementName(seg.id, i)} ends with a component separator (trailing empty components must be dropped)`,
          seg,
          i,
          'warning',
        );
        return;
      }
    }
  }

  private add(code: Code, message: string, seg?: Segment, element?: number, severity: X12Severity = 'error'): void {
    if (this.out.length >= this.maxDiagnostics) {
      this.dropped++;
      return;
    }
    this.out.push(
      diagnostic(
        code,
        message,
        seg ? { segmentIndex: seg.index, segmentId: seg.id, element, line: seg.line, offset: seg.offset } : {},
        severity,
      ),
    );
  }
}

/** Check the envelope of already tokenized segments (a whole file, in order). */
export function checkEnvelope(segments: Iterable<Segment>, options: EnvelopeCheckOptions = {}): X12Diagnostic[] {
  const checker = new EnvelopeChecker(options);
  for (const s of segments) checker.push(s);
  return checker.end();
}

/**
 * Whether a file was cut off: the TRUNCATED_INTERCHANGE diagnostic when it ends inside an open
 * envelope (no SE, GE or IEA), else null. Streams the source in batches (memory: one chunk), with
 * the lenient tokenizer the transaction readers use; rejects with the tokenizer's X12Error when
 * the bytes are not X12 at all.
 */
export async function findTruncation(source: ChunkSource): Promise<X12Diagnostic | null> {
  const checker = new EnvelopeChecker({ syntax: false });
  for await (const batch of readSegmentBatches(source, { lenient: true })) for (const segment of batch) checker.push(segment);
  return checker.end().find((d) => d.code === X12ErrorCode.TRUNCATED_INTERCHANGE) ?? null;
}

export interface ValidationResult {
  /** Lexical and envelope diagnostics, in input order. */
  diagnostics: X12Diagnostic[];
  /** True when no diagnostic has severity `error`. */
  valid: boolean;
  totals: EnvelopeChecker['totals'];
  /** Diagnostics beyond `maxDiagnostics` that were counted but not recorded. */
  dropped: number;
}

const MAX_LEXICAL = 1000;

function collector(lexical: X12Diagnostic[], state: { dropped: number }): (d: X12Diagnostic) => void {
  return (d) => {
    if (lexical.length < MAX_LEXICAL) lexical.push(d);
    else state.dropped++;
  };
}

function finishValidation(lexical: X12Diagnostic[], checker: EnvelopeChecker, dropped: number): ValidationResult {
  // Stable sort: input order; diagnostics without an offset go last.
  const diagnostics = [...lexical, ...checker.end()].sort((a, b) => (a.offset ?? Infinity) - (b.offset ?? Infinity));
  return {
    diagnostics,
    valid: !diagnostics.some((d) => d.severity === 'error'),
    totals: checker.totals,
    dropped: dropped + checker.droppedCount,
  };
}

/** Lenient tokenize + envelope check of a whole text: never throws on bad input. */
export function validateX12(text: string, options: EnvelopeCheckOptions & Omit<TokenizerOptions, 'lenient'> = {}): ValidationResult {
  const lexical: X12Diagnostic[] = [];
  const state = { dropped: 0 };
  const tokenizer = new Tokenizer({ ...options, lenient: true, maxDiagnostics: 0, onDiagnostic: collector(lexical, state) });
  const checker = new EnvelopeChecker(options);
  tokenizer.append(text);
  tokenizer.close();
  for (let s = tokenizer.next(); s !== undefined; s = tokenizer.next()) checker.push(s);
  return finishValidation(lexical, checker, state.dropped);
}

/** Streaming form of `validateX12` for large files (memory stays bounded). */
export async function validateX12Stream(
  source: ChunkSource,
  options: EnvelopeCheckOptions & Omit<ReadSegmentsOptions, 'lenient'> = {},
): Promise<ValidationResult> {
  const lexical: X12Diagnostic[] = [];
  const state = { dropped: 0 };
  const checker = new EnvelopeChecker(options);
  const segments = readSegments(source, { ...options, lenient: true, maxDiagnostics: 0, onDiagnostic: collector(lexical, state) });
  for await (const s of segments) checker.push(s);
  return finishValidation(lexical, checker, state.dropped);
}
