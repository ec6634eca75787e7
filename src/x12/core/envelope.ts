// Builds the ISA/GS/ST…SE/GE/IEA envelope around body segments (x12-basics §3–5). Every count
// is computed here and every trailer copies its header's control number; the control numbers
// themselves are passed in from the database ledger, never generated.

import { ByteOutput, SegmentWriter, type ElementValue, type SegmentWriterOptions } from './writer';
import { X12Error, X12ErrorCode } from './errors';
import { ISA_LENGTH } from './delimiters';
import { formatDate, formatIsaDate, formatTime, type DateInput, type TimeInput } from './format';
import {
  formatGroupControlNumber,
  formatInterchangeControlNumber,
  formatTransactionSetControlNumber,
} from './control-numbers';

/** ISA01–ISA15 (ISA11 and ISA16 come from the writer's delimiters). */
export interface InterchangeHeader {
  /** ISA01, default `00` (no authorization information). */
  authorizationQualifier?: string;
  /** ISA02, up to 10 characters, default blank. */
  authorizationInformation?: string;
  /** ISA03, default `00` (no security information). */
  securityQualifier?: string;
  /** ISA04, up to 10 characters, default blank. */
  securityInformation?: string;
  /** ISA05, 2 characters (`ZZ` mutually defined is most common). */
  senderQualifier: string;
  /** ISA06, 1–15 characters, right-padded with spaces. Longer is refused, never truncated. */
  senderId: string;
  /** ISA07, 2 characters. */
  receiverQualifier: string;
  /** ISA08, 1–15 characters, right-padded. */
  receiverId: string;
  /** ISA09, written `YYMMDD`. */
  date: DateInput;
  /** ISA10, written `HHMM`. */
  time: TimeInput;
  /** ISA13 from the ledger; written as 9 zero-padded digits. */
  controlNumber: number | bigint | string;
  /** ISA14: true asks the receiver for a TA1. */
  acknowledgmentRequested: boolean;
  /** ISA15: `P` production, `T` test — from partner configuration, never a constant. */
  usage: 'P' | 'T';
  /** ISA12, default `00501`. */
  version?: string;
}

/** GS01–GS08. */
export interface GroupHeader {
  /** GS01 functional identifier code: `HC` (837), `HP` (835), `FA` (999), `HN` (277). */
  functionalId: string;
  /** GS02 application sender's code, 2–15 characters. */
  senderCode: string;
  /** GS03 application receiver's code, 2–15 characters. */
  receiverCode: string;
  /** GS04, written `CCYYMMDD`. */
  date: DateInput;
  /** GS05, written `HHMM`. */
  time: TimeInput;
  /** GS06 from the ledger, 1–9 digits. */
  controlNumber: number | bigint | string;
  /** GS07, default `X`. */
  responsibleAgency?: string;
  /** GS08 version/release/industry identifier, e.g. `005010X222A1`. */
  version: string;
}

/** ST01–ST03. */
export interface TransactionSetHeader {
  /** ST01 transaction set identifier, e.g. `837`. */
  id: string;
  /** ST02 from the ledger (unique within the group); numbers are padded to 4 digits. */
  controlNumber: number | bigint | string;
  /** ST03 implementation convention reference; for 837/999/277CA the same string as GS08. */
  implementationReference?: string;
}

/** A body segment as a tuple: `['NM1', '85', '2', 'ACME']` (index 1 is SEG01). */
export type SegmentSpec = readonly [id: string, ...elements: ElementValue[]];

export interface InterchangeSpec {
  header: InterchangeHeader;
  groups: ReadonlyArray<{
    header: GroupHeader;
    transactions: ReadonlyArray<{ header: TransactionSetHeader; segments: readonly SegmentSpec[] }>;
  }>;
}

const ENVELOPE_IDS = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE']);

function stateError(message: string): X12Error {
  return new X12Error(X12ErrorCode.ENVELOPE_STATE, message);
}

function requireLength(value: string, min: number, max: number, segmentId: string, element: number): void {
  const name = `${segmentId}${String(element).padStart(2, '0')}`;
  if (value.length === 0) {
    throw new X12Error(X12ErrorCode.MISSING_VALUE, `${name} is required`, { segmentId, element });
  }
  if (value.length > max) {
    throw new X12Error(X12ErrorCode.VALUE_TOO_LONG, `${name} is ${value.length} characters, at most ${max} allowed`, {
      segmentId,
      element,
    });
  }
  if (value.length < min) {
    throw new X12Error(X12ErrorCode.VALUE_TOO_SHORT, `${name} is ${value.length} characters, at least ${min} required`, {
      segmentId,
      element,
    });
  }
}

/**
 * Incremental envelope writer: `new InterchangeWriter(isa)`, then `beginGroup`,
 * `beginTransaction`, `segment`…, `endTransaction`, `endGroup`, and `end()` for the text.
 * Methods called out of order, empty groups and empty transaction sets are ENVELOPE_STATE errors.
 */
export class InterchangeWriter {
  readonly writer: SegmentWriter;
  /** ISA13 as written. */
  readonly controlNumber: string;
  /** The text so far: encoded into bytes (no string per segment), or as strings when a delimiter is above U+00FF. */
  private readonly bytes: ByteOutput | undefined;
  private readonly out: string[] = [];
  private ended = false;
  private groupCount = 0;
  private readonly groupNumbers = new Set<string>();
  private group: { controlNumber: string; transactionCount: number; stNumbers: Set<string> } | undefined;
  private transaction: { controlNumber: string; segmentCount: number } | undefined;

  constructor(header: InterchangeHeader, options: SegmentWriterOptions = {}) {
    this.writer = new SegmentWriter(options);
    this.controlNumber = formatInterchangeControlNumber(header.controlNumber);
    this.bytes = this.writer.encodable ? new ByteOutput() : undefined;
    const isa = this.isa(header);
    if (this.bytes) this.bytes.appendRaw(isa);
    else this.out.push(isa);
  }

  /** Append one checked segment (nothing is appended when it throws). */
  private write(id: string, elements: readonly ElementValue[]): void {
    if (this.bytes) this.writer.encode(id, elements, this.bytes);
    else this.out.push(this.writer.segment(id, elements));
  }

  /** The ISA, built field by field at its fixed widths (x12-basics §3), never split or trimmed. */
  private isa(h: InterchangeHeader): string {
    const d = this.writer.delimiters;
    const field = (value: string, width: number, element: number, exact: boolean): string => {
      requireLength(value, exact ? width : 1, width, 'ISA', element);
      this.writer.check(value, 'ISA', element);
      return value.padEnd(width, ' ');
    };
    const blankable = (value: string | undefined, width: number, element: number): string => {
      if (value === undefined || value === '') return ' '.repeat(width);
      return field(value, width, element, false);
    };
    if (h.acknowledgmentRequested !== true && h.acknowledgmentRequested !== false) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, 'ISA14 must be true or false', { segmentId: 'ISA', element: 14 });
    }
    if (h.usage !== 'P' && h.usage !== 'T') {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, `ISA15 must be P or T, got ${JSON.stringify(h.usage)}`, {
        segmentId: 'ISA',
        element: 15,
      });
    }
    const fields = [
      'ISA',
      field(h.authorizationQualifier ?? '00', 2, 1, true),
      blankable(h.authorizationInformation, 10, 2),
      field(h.securityQualifier ?? '00', 2, 3, true),
      blankable(h.securityInformation, 10, 4),
      field(h.senderQualifier, 2, 5, true),
      field(h.senderId, 15, 6, false),
      field(h.receiverQualifier, 2, 7, true),
      field(h.receiverId, 15, 8, false),
      formatIsaDate(h.date),
      formatTime(h.time),
      d.repetition,
      field(h.version ?? '00501', 5, 12, true),
      this.controlNumber,
      h.acknowledgmentRequested ? '1' : '0',
      h.usage,
      d.component,
    ];
    const isa = fields.join(d.element) + d.segment;
    if (isa.length !== ISA_LENGTH) throw new Error(`internal: ISA is ${isa.length} characters`);
    return isa + this.writer.lineBreak;
  }

  beginGroup(h: GroupHeader): this {
    if (this.ended) throw stateError('beginGroup() after end()');
    if (this.group) throw stateError('beginGroup() while a group is open: call endGroup() first');
    const gs06 = formatGroupControlNumber(h.controlNumber);
    if (this.groupNumbers.has(gs06)) {
      throw new X12Error(X12ErrorCode.DUPLICATE_CONTROL_NUMBER, `GS06 ${gs06} is already used in this interchange`, {
        segmentId: 'GS',
        element: 6,
      });
    }
    requireLength(h.functionalId, 2, 2, 'GS', 1);
    requireLength(h.senderCode, 2, 15, 'GS', 2);
    requireLength(h.receiverCode, 2, 15, 'GS', 3);
    requireLength(h.version, 1, 12, 'GS', 8);
    this.write('GS', [
      h.functionalId,
      h.senderCode,
      h.receiverCode,
      formatDate(h.date),
      formatTime(h.time),
      gs06,
      h.responsibleAgency ?? 'X',
      h.version,
    ]);
    this.groupNumbers.add(gs06);
    this.groupCount++;
    this.group = { controlNumber: gs06, transactionCount: 0, stNumbers: new Set() };
    return this;
  }

  beginTransaction(h: TransactionSetHeader): this {
    if (!this.group) throw stateError('beginTransaction() outside a group: call beginGroup() first');
    if (this.transaction) throw stateError('beginTransaction() while a transaction set is open: call endTransaction() first');
    requireLength(h.id, 3, 3, 'ST', 1);
    const st02 = formatTransactionSetControlNumber(h.controlNumber);
    if (this.group.stNumbers.has(st02)) {
      throw new X12Error(X12ErrorCode.DUPLICATE_CONTROL_NUMBER, `ST02 ${st02} is already used in this group`, {
        segmentId: 'ST',
        element: 2,
      });
    }
    if (h.implementationReference !== undefined) requireLength(h.implementationReference, 1, 35, 'ST', 3);
    this.write('ST', [h.id, st02, h.implementationReference]);
    this.group.stNumbers.add(st02);
    this.group.transactionCount++;
    this.transaction = { controlNumber: st02, segmentCount: 1 };
    return this;
  }

  /** One body segment of the open transaction set (envelope segments are refused). */
  segment(id: string, elements: readonly ElementValue[]): this {
    if (!this.transaction) throw stateError(`segment(${id}) outside a transaction set: call beginTransaction() first`);
    if (ENVELOPE_IDS.has(id)) throw stateError(`${id} is written by the envelope writer itself`);
    this.write(id, elements);
    this.transaction.segmentCount++;
    return this;
  }

  /**
   * Body segments already encoded by `writer.encode` (same writer options) with `checked` — the
   * envelope-ID rule of `segment` — applied to each: `count` segments appended as they are.
   * Only for an encodable writer (`writer.encodable`).
   */
  appendEncoded(text: string, count: number): this {
    if (!this.transaction) throw stateError('appendEncoded() outside a transaction set: call beginTransaction() first');
    if (this.bytes === undefined) throw stateError('appendEncoded() needs an encodable writer');
    this.bytes.appendRaw(text);
    this.transaction.segmentCount += count;
    return this;
  }

  /** True for the segment IDs only the envelope writer writes (refused by `segment`). */
  static isEnvelopeId(id: string): boolean {
    return ENVELOPE_IDS.has(id);
  }

  /** Segments written so far in the open transaction set, ST included. */
  get transactionSegmentCount(): number {
    return this.transaction?.segmentCount ?? 0;
  }

  endTransaction(): this {
    const tx = this.transaction;
    if (!tx) throw stateError('endTransaction() without an open transaction set');
    if (tx.segmentCount < 2) throw stateError(`transaction set ${tx.controlNumber} has no body segments`);
    // SE01 counts ST through SE, both included; SE02 = ST02 (x12-basics §5).
    this.write('SE', [String(tx.segmentCount + 1), tx.controlNumber]);
    this.transaction = undefined;
    return this;
  }

  endGroup(): this {
    const g = this.group;
    if (!g) throw stateError('endGroup() without an open group');
    if (this.transaction) throw stateError('endGroup() while a transaction set is open: call endTransaction() first');
    if (g.transactionCount === 0) throw stateError(`group ${g.controlNumber} has no transaction sets`);
    // GE01 = number of ST in the group; GE02 = GS06.
    this.write('GE', [String(g.transactionCount), g.controlNumber]);
    this.group = undefined;
    return this;
  }

  /** Close the interchange (IEA01 = number of GS, IEA02 = ISA13) and return the whole text. */
  end(): string {
    if (this.ended) throw stateError('end() called twice');
    if (this.transaction || this.group) throw stateError('end() while a group or transaction set is open');
    this.write('IEA', [String(this.groupCount), this.controlNumber]);
    this.ended = true;
    if (this.bytes === undefined) return this.out.join('');
    const text = this.bytes.text();
    this.bytes.release();
    return text;
  }
}

/** Build a whole interchange from a plain description (see InterchangeWriter for the rules). */
export function buildInterchange(spec: InterchangeSpec, options: SegmentWriterOptions = {}): string {
  const w = new InterchangeWriter(spec.header, options);
  for (const g of spec.groups) {
    w.beginGroup(g.header);
    for (const t of g.transactions) {
      w.beginTransaction(t.header);
      for (const [id, ...elements] of t.segments) w.segment(id, elements);
      w.endTransaction();
    }
    w.endGroup();
  }
  return w.end();
}
