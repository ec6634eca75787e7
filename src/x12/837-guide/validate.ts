// File-level shells around the transaction checker: `Guide837Checker` takes the segments of a
// whole file one at a time (as the envelope checker does), collects each 837 ST..SE, picks its
// guide from ST03/GS08 and checks it, holding one transaction set in memory at a time.
// `CommonSegmentChecker` applies the rules every 5010 HIPAA transaction set shares (HL numbering
// and parents, NM102 entity type) to the transaction sets that have no guide table here.

import type { Segment } from '../core/segment';
import { EnvelopeChecker } from '../core/envelope-check';
import { readSegments, type ChunkSource } from '../core/read-segments';
import { checkTransaction, type CheckedTransaction } from './check';
import { GuideCode, guideDiagnostic, type GuideDiagnostic } from './codes';
import { chooseGuide } from './versions';

export interface Guide837Options {
  /** Transaction sets longer than this are not guide-checked (TRANSACTION_TOO_LARGE). Default 1,000,000 segments. */
  maxTransactionSegments?: number;
  /** Called with every 837 transaction set that was checked, with its loop tree (readers use it). */
  onTransaction?: (transaction: CheckedTransaction, context: { isa?: Segment; gs?: Segment }) => void;
}

export interface Guide837Totals {
  /** ST..SE transaction sets seen, of any kind. */
  transactionSets: number;
  /** 837 transaction sets checked against a guide, by official version. */
  checked: Record<string, number>;
  /** Transaction sets that are not 837s, by ST01 (not checked by this checker). */
  other: Record<string, number>;
}

export class Guide837Checker {
  private readonly out: GuideDiagnostic[] = [];
  private readonly maxSegments: number;
  private isa: Segment | undefined;
  private gs: Segment | undefined;
  private collecting: Segment[] | undefined;
  private tooLarge = false;
  readonly totals: Guide837Totals = { transactionSets: 0, checked: {}, other: {} };

  constructor(private readonly options: Guide837Options = {}) {
    this.maxSegments = options.maxTransactionSegments ?? 1_000_000;
  }

  push(seg: Segment): void {
    switch (seg.id) {
      case 'ISA':
        this.flush();
        this.isa = seg;
        this.gs = undefined;
        return;
      case 'GS':
        this.flush();
        this.gs = seg;
        return;
      case 'ST': {
        this.flush();
        this.totals.transactionSets++;
        const st01 = seg.element(1);
        if (st01 === '837') {
          this.collecting = [seg];
          this.tooLarge = false;
        } else {
          this.totals.other[st01] = (this.totals.other[st01] ?? 0) + 1;
        }
        return;
      }
      case 'SE':
        if (this.collecting) {
          this.add(seg);
          this.flush();
        }
        return;
      case 'GE':
      case 'IEA':
        // A trailer while a transaction set is open: it was truncated (the envelope checker says so).
        this.flush();
        if (seg.id === 'GE') this.gs = undefined;
        return;
      default:
        if (this.collecting) this.add(seg);
    }
  }

  end(): GuideDiagnostic[] {
    this.flush();
    return this.out;
  }

  get diagnostics(): readonly GuideDiagnostic[] {
    return this.out;
  }

  private add(seg: Segment): void {
    const collecting = this.collecting!;
    if (this.tooLarge) return;
    if (collecting.length >= this.maxSegments) {
      this.tooLarge = true;
      const st = collecting[0];
      this.out.push(
        guideDiagnostic(
          GuideCode.TRANSACTION_TOO_LARGE,
          `transaction set ${st.element(2)} has more than ${this.maxSegments} segments; only its envelope was checked`,
          { segmentIndex: st.index, segmentId: 'ST', line: st.line, offset: st.offset, loop: 'ST' },
          'warning',
        ),
      );
      collecting.length = 1;
      return;
    }
    collecting.push(seg);
  }

  private flush(): void {
    const segments = this.collecting;
    this.collecting = undefined;
    if (!segments || this.tooLarge) return;
    const choice = chooseGuide(segments[0], this.gs);
    this.out.push(...choice.diagnostics);
    if (!choice.schema) return;
    const checked = checkTransaction(choice.schema, segments);
    this.totals.checked[choice.schema.version] = (this.totals.checked[choice.schema.version] ?? 0) + 1;
    this.out.push(...checked.diagnostics);
    this.options.onTransaction?.(checked, { isa: this.isa, gs: this.gs });
  }
}

/**
 * Guide-check every 837 transaction set among `segments` (a whole file, in order, as the tokenizer
 * gives them). Other transaction sets and the envelope are left to their own checkers.
 */
export function validate837(segments: Iterable<Segment>, options: Guide837Options = {}): GuideDiagnostic[] {
  const checker = new Guide837Checker(options);
  for (const s of segments) checker.push(s);
  return checker.end();
}

/** NM102 entity type qualifier in every 5010 HIPAA guide: 1 person, 2 non-person entity. */
const ENTITY_TYPES = new Set(['1', '2']);

/**
 * The rules shared by every HIPAA transaction set (270/271, 276/277, 835, 999 …), for those this
 * library has no guide table for: HL01 numbered 1, 2, 3 … and unique per transaction set, HL02
 * naming an earlier HL, HL04 0 or 1, NM102 1 or 2. 837 transaction sets are skipped: their guide
 * check covers all of this.
 */
export class CommonSegmentChecker {
  private readonly out: GuideDiagnostic[] = [];
  private inOther = false;
  private hlIds = new Set<string>();
  private hlCount = 0;

  push(seg: Segment): void {
    if (seg.id === 'ST') {
      this.inOther = seg.element(1) !== '837';
      this.hlIds = new Set();
      this.hlCount = 0;
      return;
    }
    if (seg.id === 'SE' || seg.id === 'GE' || seg.id === 'IEA' || seg.id === 'ISA' || seg.id === 'GS') {
      this.inOther = false;
      return;
    }
    if (!this.inOther) return;
    if (seg.id === 'NM1') {
      const type = seg.element(2);
      if (type !== '' && !ENTITY_TYPES.has(type)) this.report(GuideCode.INVALID_CODE, `NM102 ${JSON.stringify(type)} is not an entity type (1 person, 2 non-person)`, seg, 2);
    } else if (seg.id === 'HL') {
      const id = seg.element(1);
      this.hlCount++;
      if (this.hlIds.has(id)) this.report(GuideCode.HL_SEQUENCE, `HL01 ${JSON.stringify(id)} is used twice in this transaction set`, seg, 1);
      else if (id !== String(this.hlCount)) this.report(GuideCode.HL_SEQUENCE, `HL01 is ${JSON.stringify(id)}; ${this.hlCount} was expected`, seg, 1);
      const parent = seg.element(2);
      if (parent !== '' && !this.hlIds.has(parent)) this.report(GuideCode.HL_PARENT, `HL02 ${JSON.stringify(parent)} names no earlier HL`, seg, 2);
      const children = seg.element(4);
      if (children !== '' && children !== '0' && children !== '1') this.report(GuideCode.INVALID_CODE, `HL04 ${JSON.stringify(children)} is not 0 or 1`, seg, 4);
      this.hlIds.add(id);
    }
  }

  end(): GuideDiagnostic[] {
    return this.out;
  }

  private report(code: GuideCode, message: string, seg: Segment, element: number): void {
    this.out.push(guideDiagnostic(code, message, { segmentIndex: seg.index, segmentId: seg.id, element, line: seg.line, offset: seg.offset }));
  }
}

// ---- whole-file validation: lexical + envelope + 837 guide + common HIPAA rules ---------------

export interface FileValidationOptions {
  /** Diagnostics kept; later ones are only counted (`dropped`). Default 1000. */
  maxDiagnostics?: number;
  /** Longest segment accepted (bounds memory on garbage). Default the tokenizer's 1 MiB. */
  maxSegmentLength?: number;
  /** TextDecoder label for byte chunks. Default utf-8. */
  encoding?: string;
  maxTransactionSegments?: number;
}

export interface FileValidation {
  /** True when no diagnostic is an error. */
  valid: boolean;
  /** In input order. */
  diagnostics: GuideDiagnostic[];
  /** Diagnostics found beyond `maxDiagnostics` and not kept. */
  dropped: number;
  totals: EnvelopeChecker['totals'] & { guide: Guide837Totals };
}

/**
 * Everything `x12gw validate` checks, over a stream of chunks (a file read stream, bytes or
 * text): lexical problems, envelopes, counts and control numbers (core EnvelopeChecker), the 837
 * guide tables, and the rules every HIPAA transaction set shares. Never throws on bad input;
 * memory stays bounded by the largest transaction set.
 */
export async function validateX12File(source: ChunkSource, options: FileValidationOptions = {}): Promise<FileValidation> {
  const max = options.maxDiagnostics ?? 1000;
  const lexical: GuideDiagnostic[] = [];
  let droppedLexical = 0;
  let droppedLexicalErrors = 0;
  // Kept generously so that validity is judged on every finding; the output is cut to `max`.
  const envelope = new EnvelopeChecker({ maxDiagnostics: Math.max(max, 100_000) });
  const guide = new Guide837Checker({ maxTransactionSegments: options.maxTransactionSegments });
  const common = new CommonSegmentChecker();
  const segments = readSegments(source, {
    lenient: true,
    maxDiagnostics: 0,
    maxSegmentLength: options.maxSegmentLength,
    encoding: options.encoding,
    onDiagnostic: (d) => {
      if (lexical.length < max) {
        lexical.push(d);
        return;
      }
      droppedLexical++;
      if (d.severity === 'error') droppedLexicalErrors++;
    },
  });
  for await (const seg of segments) {
    envelope.push(seg);
    guide.push(seg);
    common.push(seg);
  }
  const all = [...lexical, ...envelope.end(), ...guide.end(), ...common.end()];
  all.sort((a, b) => sortKey(a) - sortKey(b) || (a.offset ?? 0) - (b.offset ?? 0));
  const diagnostics = all.slice(0, max);
  return {
    valid: !all.some((d) => d.severity === 'error') && droppedLexicalErrors === 0 && envelope.droppedCount === 0,
    diagnostics,
    dropped: all.length - diagnostics.length + droppedLexical + envelope.droppedCount,
    totals: { ...envelope.totals, guide: guide.totals },
  };
}

function sortKey(d: GuideDiagnostic): number {
  if (d.segmentIndex !== undefined) return d.segmentIndex;
  return d.offset !== undefined ? -1 : Number.MAX_SAFE_INTEGER;
}
