// The HL tree of one 837 transaction set (x12-basics §7): claims grouped by billing provider
// (one 2000A per distinct 2000A content), then by subscriber + payer (2000B), then — for
// dependent patients only — by patient (2000C). Grouping compares the segments each claim's
// blocks would write, so two claims share a level exactly when the level would be identical.
// HL01 runs 1, 2, 3… in writing order; HL02 points at the parent; HL04 says whether children follow.

import { HL03_LEVEL_CODE, HL04_CHILD_CODE } from './codes';
import type { SegmentWriter } from '../core/writer';
import { EncodingSink, KeySink, RecordingSink, withRenderContext, type TransactionSink } from './sink';
import type { ClaimDocumentBase, ClaimTransactionWriter } from './transaction';

/** TR3: loop 2300 repeats at most 100 times under one 2000B or 2000C. */
export const MAX_CLAIMS_PER_HL = 100;

/** How many recorded 2000A blocks are kept for reuse by input comparison. */
const RECENT_BILLING_BLOCKS = 16;

/** A claim positioned in the output: its input index and the 999-style positions of its 2300 loop. */
export interface PlacedClaim {
  index: number;
  patientControlNumber: string;
  loop2300: { firstSegment: number; lastSegment: number };
}

interface ClaimEntry<D> {
  /** Position in the flattened input. */
  index: number;
  /** Position in its transaction set: the JSON path `transactions[t][position]` is built only for errors. */
  position: number;
  doc: D;
}

/** A 2000B/2000C body encoded at planning time: written as is for its group. */
interface EncodedBlock {
  text: string;
  count: number;
}

interface PatientGroup<D> {
  /** The 2000C is written again from this claim (the group's blocks all have the same content). */
  first: ClaimEntry<D>;
  encoded: EncodedBlock | undefined;
  claims: ClaimEntry<D>[];
}

interface SubscriberGroup<D> {
  /** The 2000B is written again from this claim (unless encoded). */
  first: ClaimEntry<D>;
  encoded: EncodedBlock | undefined;
  /** Claims under the 2000B itself (subscriber is the patient). */
  claims: ClaimEntry<D>[];
  /** 2000C groups (dependent patients), in first-appearance order. */
  patients: PatientGroup<D>[];
  /** The newest 2000C group of each content key (a full group is passed over for its successor). */
  patientIndex: Map<string, PatientGroup<D>>;
}

interface BillingGroup<D> {
  /** The recorded 2000A (few per batch, shared by many claims), replayed when written. */
  block: RecordingSink;
  first: ClaimEntry<D>;
  subscribers: SubscriberGroup<D>[];
  /** The newest 2000B group of each content key. */
  subscriberIndex: Map<string, SubscriberGroup<D>>;
}

/** Input of one transaction set: claims with their flattened index and position in the set. */
export interface TransactionClaims<D> {
  transactionIndex: number;
  claims: readonly ClaimEntry<D>[];
  /**
   * The transaction's segment writer, when its output takes encoded bytes (TransactionSink.encoder):
   * 2000B/2000C blocks are then encoded once while planning and keyed by their bytes.
   */
  encoder?: SegmentWriter;
}

type Block = '2000A' | '2000B' | '2000C';

/** Run one claim's 2000A/2000B/2000C body into `sink` (the claim's errors carry its index and path). */
function run<D extends ClaimDocumentBase, S extends RecordingSink | KeySink | EncodingSink>(writer: ClaimTransactionWriter<D>, entry: ClaimEntry<D>, transactionIndex: number, block: Block, sink: S): S {
  try {
    if (block === '2000A') writer.loop2000A(sink, entry.doc);
    else if (block === '2000B') writer.loop2000B(sink, entry.doc);
    else writer.loop2000C(sink, entry.doc, entry.doc.dependent!);
  } catch (err) {
    throw withRenderContext(err, { claimIndex: entry.index, transactionIndex, loop: sink.currentLoop, path: claimPath(transactionIndex, entry, sink.currentPath) });
  }
  return sink;
}

/** Keys one claim's 2000B/2000C body: by its encoded bytes when there is an encoder, else by KeySink. */
class BlockKeys<D extends ClaimDocumentBase> {
  private readonly encoding: EncodingSink | undefined;
  /** The encoded block of the last `key()`, if it was encoded and not refused. */
  encoded: EncodedBlock | undefined;
  private refusals = 0;

  constructor(
    private readonly writer: ClaimTransactionWriter<D>,
    private readonly transactionIndex: number,
    encoder: SegmentWriter | undefined,
  ) {
    this.encoding = encoder === undefined ? undefined : new EncodingSink(encoder);
  }

  key(entry: ClaimEntry<D>, block: Block): string {
    const sink = this.encoding;
    if (sink === undefined) return run(this.writer, entry, this.transactionIndex, block, new KeySink()).key;
    sink.reset();
    run(this.writer, entry, this.transactionIndex, block, sink);
    if (sink.refused) {
      // Written again at its place (where the writer's error gets its position); a key no
      // encoded block can have (U+0000 is neither a delimiter nor in the character set).
      this.encoded = undefined;
      return '\u0000' + ++this.refusals;
    }
    const text = sink.text();
    this.encoded = { text, count: sink.count };
    return text;
  }
}

function claimPath(transactionIndex: number, entry: ClaimEntry<unknown>, rel: string): string {
  const base = `transactions[${transactionIndex}][${entry.position}]`;
  return rel === '' ? base : `${base}.${rel}`;
}

/**
 * Equality of plain JSON data (what claim documents are): same primitives, same array items,
 * same object members with defined values — so an absent member equals an undefined one.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    defined++;
    if (!sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) defined--;
  return defined === 0;
}

/** Group the claims of one transaction set into the HL tree (no output yet). */
export function planHierarchy<D extends ClaimDocumentBase>(writer: ClaimTransactionWriter<D>, input: TransactionClaims<D>): BillingGroup<D>[] {
  const billing: BillingGroup<D>[] = [];
  const billingIndex = new Map<string, BillingGroup<D>>();
  // The 2000A blocks recorded last, by their inputs: a batch has few billing providers, so a
  // structural comparison (no allocation) usually finds the block without writing it again. The
  // list is short and most-recent-first, so many distinct providers cost a recording, not a scan.
  const billingBlocks: { inputs: readonly unknown[]; block: RecordingSink; key: string }[] = [];
  const t = input.transactionIndex;
  const keys = new BlockKeys(writer, t, input.encoder);
  for (const entry of input.claims) {
    const inputs = writer.loop2000AInputs(entry.doc);
    let recorded: (typeof billingBlocks)[number] | undefined;
    for (const b of billingBlocks) {
      if (sameJson(b.inputs, inputs)) {
        recorded = b;
        break;
      }
    }
    if (recorded === undefined) {
      const block = run(writer, entry, t, '2000A', new RecordingSink());
      recorded = { inputs, block, key: block.key() };
      billingBlocks.unshift(recorded);
      if (billingBlocks.length > RECENT_BILLING_BLOCKS) billingBlocks.pop();
    }
    let bg = billingIndex.get(recorded.key);
    if (bg === undefined) {
      bg = { block: recorded.block, first: entry, subscribers: [], subscriberIndex: new Map() };
      billingIndex.set(recorded.key, bg);
      billing.push(bg);
    }

    const subscriberKey = keys.key(entry, '2000B');
    const dependent = entry.doc.dependent;
    let sg = bg.subscriberIndex.get(subscriberKey);
    // A 2000B that already holds 100 claims directly is closed; the next claim opens another one.
    if (sg === undefined || (dependent === undefined && sg.claims.length >= MAX_CLAIMS_PER_HL)) {
      sg = { first: entry, encoded: keys.encoded, claims: [], patients: [], patientIndex: new Map() };
      bg.subscriberIndex.set(subscriberKey, sg);
      bg.subscribers.push(sg);
    }

    if (dependent === undefined) {
      sg.claims.push(entry);
      continue;
    }
    const patientKey = keys.key(entry, '2000C');
    let pg = sg.patientIndex.get(patientKey);
    if (pg === undefined || pg.claims.length >= MAX_CLAIMS_PER_HL) {
      pg = { first: entry, encoded: keys.encoded, claims: [] };
      sg.patientIndex.set(patientKey, pg);
      sg.patients.push(pg);
    }
    pg.claims.push(entry);
  }
  return billing;
}

/**
 * Write the planned HL tree after the transaction header, e.g.
 * `HL*1**20*1~ … HL*2*1*22*1~ … HL*3*2*23*0~ … CLM*…`. `stFileIndex` is the 0-based ordinal of
 * the ST segment in the file (for error positions). Returns the claims in file order.
 */
export function writeHierarchy<D extends ClaimDocumentBase>(
  sink: TransactionSink,
  writer: ClaimTransactionWriter<D>,
  groups: BillingGroup<D>[],
  transactionIndex: number,
  stFileIndex: number,
): PlacedClaim[] {
  const placed: PlacedClaim[] = [];
  let hl = 0;
  const fail = (err: unknown, entry: ClaimEntry<D>): unknown =>
    withRenderContext(err, {
      claimIndex: entry.index,
      transactionIndex,
      loop: sink.loop,
      path: claimPath(transactionIndex, entry, sink.path),
      segmentIndex: stFileIndex + sink.count,
    });
  /**
   * HL, then the level's block: the recorded 2000A, or the 2000B/2000C written again from the
   * group's first claim (the same segments its key stands for; its errors are that claim's).
   */
  const level = (entry: ClaimEntry<D>, loop: Block, path: string, hlElements: readonly (string | undefined)[], block?: RecordingSink, encoded?: EncodedBlock): void => {
    sink.claimIndex = entry.index;
    try {
      sink.enter(loop, path);
      sink.segment('HL', hlElements);
      if (block !== undefined) block.replay(sink);
      else if (encoded !== undefined) sink.writeEncoded(encoded.text, encoded.count);
      else if (loop === '2000B') writer.loop2000B(sink, entry.doc);
      else writer.loop2000C(sink, entry.doc, entry.doc.dependent!);
    } catch (err) {
      throw fail(err, entry);
    }
  };
  const claims = (entries: readonly ClaimEntry<D>[]): void => {
    for (const entry of entries) {
      sink.claimIndex = entry.index;
      const firstSegment = sink.count + 1;
      try {
        writer.loop2300(sink, entry.doc);
      } catch (err) {
        throw fail(err, entry);
      }
      placed.push({ index: entry.index, patientControlNumber: writer.patientControlNumber(entry.doc), loop2300: { firstSegment, lastSegment: sink.count } });
    }
  };

  for (const bg of groups) {
    const billingHl = String(++hl);
    level(bg.first, '2000A', 'billing', [billingHl, undefined, HL03_LEVEL_CODE.billingProvider, HL04_CHILD_CODE.hasChildren], bg.block);
    for (const sg of bg.subscribers) {
      const subscriberHl = String(++hl);
      const child = sg.patients.length > 0 ? HL04_CHILD_CODE.hasChildren : HL04_CHILD_CODE.none;
      level(sg.first, '2000B', 'subscriber', [subscriberHl, billingHl, HL03_LEVEL_CODE.subscriber, child], undefined, sg.encoded);
      claims(sg.claims);
      for (const pg of sg.patients) {
        const patientHl = String(++hl);
        level(pg.first, '2000C', 'dependent', [patientHl, subscriberHl, HL03_LEVEL_CODE.patient, HL04_CHILD_CODE.none], undefined, pg.encoded);
        claims(pg.claims);
      }
    }
  }
  return placed;
}
