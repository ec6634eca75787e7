// The schema-driven 837 transaction-set checker. It walks the segments of one ST..SE against a
// schema table (x222a1.ts, x223a2.ts, x224a2.ts) and builds the loop tree the readers map from,
// reporting as coded diagnostics with segment positions: segments that belong to no loop here, out
// of order, over their maximum use, required segments and loops that are missing, loop repeats, HL
// numbering and parent/child consistency, required, not-used and extra elements, code values,
// dates, decimal numbers, LX numbering and the CLM02 total. Loops are found through the table:
// a segment ID plus the code of its qualifier element selects a segment rule or starts a child loop.

import type { Segment } from '../core/segment';
import { X12ErrorCode } from '../core/errors';
import { formatAmount, isValidDate, isValidTime } from '../core/format';
import { GuideCode, guideDiagnostic, type GuideDiagnostic } from './codes';
import type { CodeList, ElementRef, LoopRule, SegmentRule, TransactionSchema } from './schema';

/** One occurrence of a loop in the data, with its own segments and child loops, in input order. */
export interface LoopNode {
  readonly rule: LoopRule;
  readonly parent: LoopNode | undefined;
  /** Own segments in input order; `segments[0]` is the segment that started the loop. */
  readonly segments: Segment[];
  readonly children: LoopNode[];
  /** Segments inside this loop that the checker could not place (reported as diagnostics). */
  readonly stray: Segment[];
}

export interface CheckedTransaction {
  readonly schema: TransactionSchema;
  readonly st: Segment;
  readonly se: Segment | undefined;
  /** The ST pseudo-loop: ST and BHT, then 1000A, 1000B and the 2000A loops. */
  readonly root: LoopNode;
  readonly diagnostics: GuideDiagnostic[];
}

// ---- table indexes (built once per loop rule) ----------------------------------------------

interface LoopIndex {
  /** segment ID → indexes of own rules with that ID (the trigger, index 0, excluded). */
  own: Map<string, number[]>;
  /** segment ID → indexes of child loops whose trigger has that ID. */
  triggers: Map<string, number[]>;
  /** Rule index → ordering slot (consecutive rules with the same segment ID share a slot). */
  slot: number[];
}

const indexes = new WeakMap<LoopRule, LoopIndex>();

function indexOf(rule: LoopRule): LoopIndex {
  let index = indexes.get(rule);
  if (index) return index;
  const own = new Map<string, number[]>();
  const slot: number[] = [];
  rule.segments.forEach((s, i) => {
    slot.push(i > 0 && rule.segments[i - 1].id === s.id ? slot[i - 1] : i);
    if (i === 0) return;
    const list = own.get(s.id) ?? [];
    list.push(i);
    own.set(s.id, list);
  });
  const triggers = new Map<string, number[]>();
  rule.loops.forEach((l, i) => {
    const id = l.segments[0].id;
    const list = triggers.get(id) ?? [];
    list.push(i);
    triggers.set(id, list);
  });
  index = { own, triggers, slot };
  indexes.set(rule, index);
  return index;
}

export function valueAt(seg: Segment, at: ElementRef): string {
  return at.component === undefined ? seg.element(at.element) : seg.component(at.element, at.component);
}

function qualifies(seg: Segment, q: CodeList | undefined): boolean {
  return q === undefined || q.codes.has(valueAt(seg, q.at));
}

/** Among candidate rules, the one whose qualifier accepts the segment (the narrowest code list wins). */
function pick<T>(seg: Segment, candidates: readonly T[], qualifierOf: (c: T) => CodeList | undefined): T | undefined {
  if (candidates.length === 1) {
    const q = qualifierOf(candidates[0]);
    return q === undefined || qualifies(seg, q) ? candidates[0] : undefined;
  }
  let best: T | undefined;
  for (const c of candidates) {
    const q = qualifierOf(c);
    if (!qualifies(seg, q)) continue;
    if (best === undefined || (q?.codes.size ?? Infinity) < (qualifierOf(best)?.codes.size ?? Infinity)) best = c;
  }
  return best;
}

/** Pairs "ID qualifier-code" anywhere in a schema: tells "misplaced" from "unknown code". */
const knownPairs = new WeakMap<TransactionSchema, Set<string>>();

function pairsOf(schema: TransactionSchema): Set<string> {
  let pairs = knownPairs.get(schema);
  if (pairs) return pairs;
  pairs = new Set();
  const walk = (l: LoopRule): void => {
    for (const s of l.segments) {
      pairs!.add(s.id);
      if (s.qualifier) for (const c of s.qualifier.codes) pairs!.add(`${s.id} ${c}`);
    }
    l.loops.forEach(walk);
  };
  walk(schema.root);
  knownPairs.set(schema, pairs);
  return pairs;
}

// ---- element-level rules that are not in the tables: dates, decimals -----------------------

/** Elements of type R (decimal) or N0 (LX01) per segment ID; checked wherever the segment appears. */
const DECIMALS: Readonly<Record<string, readonly number[]>> = {
  CLM: [2],
  SV1: [2, 4],
  SV2: [3, 5, 7],
  SV3: [2, 6],
  SV5: [3, 4, 5],
  SVD: [2, 5],
  AMT: [2],
  CAS: [3, 4, 6, 7, 9, 10, 12, 13, 15, 16, 18, 19],
  HCP: [2, 3, 5, 7, 12],
  CN1: [2, 3, 5],
  CTP: [4],
  QTY: [2],
  PS1: [2],
  CR1: [2, 6],
  MEA: [3],
  DN1: [1, 2],
  LX: [1],
};
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER = /^\d+$/;

// ---- the walker ------------------------------------------------------------------------------

interface Open {
  node: LoopNode;
  counts: number[];
  childCounts: number[];
  lastSlot: number;
  lastChild: number;
  /** HL01 of an HL loop. */
  hl?: string;
}

class TransactionWalker {
  readonly diagnostics: GuideDiagnostic[] = [];
  private readonly stack: Open[] = [];
  private hlCount = 0;
  private readonly hlIds = new Set<string>();
  readonly root: LoopNode;

  constructor(private readonly schema: TransactionSchema, st: Segment) {
    this.root = { rule: schema.root, parent: undefined, segments: [st], children: [], stray: [] };
    this.stack.push(this.opened(this.root));
    this.checkElements(schema.root.segments[0], st, 'ST');
  }

  private opened(node: LoopNode): Open {
    return { node, counts: node.rule.segments.map((_, i) => (i === 0 ? 1 : 0)), childCounts: node.rule.loops.map(() => 0), lastSlot: 0, lastChild: -1 };
  }

  push(seg: Segment): void {
    const top = this.stack[this.stack.length - 1];
    // 1. an own segment of the innermost loop
    const own = this.matchOwn(top.node.rule, seg);
    if (own !== undefined) return this.accept(top, own, seg);
    // 2. the start of a child loop of the innermost loop or of any loop around it
    let misplacedIn: LoopRule | undefined;
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const open = this.stack[depth];
      const child = this.matchTrigger(open.node.rule, seg);
      if (child !== undefined) {
        while (this.stack.length - 1 > depth) this.close(this.stack.pop()!);
        return this.openChild(open, child, seg);
      }
      if (depth < this.stack.length - 1 && misplacedIn === undefined && this.matchOwn(open.node.rule, seg) !== undefined) misplacedIn = open.node.rule;
    }
    // 3. nowhere: report, keep the segment with the innermost loop
    top.node.stray.push(seg);
    const loopId = top.node.rule.id;
    if (misplacedIn) {
      this.report(GuideCode.SEGMENT_OUT_OF_ORDER, `${describe(seg)} belongs to loop ${misplacedIn.id} (${misplacedIn.name}) before its child loops, not after loop ${loopId}`, seg, loopId);
      return;
    }
    const qualifierMiss = this.qualifierMiss(seg);
    if (qualifierMiss) {
      const { rule, known } = qualifierMiss;
      const value = valueAt(seg, rule.qualifier!.at);
      if (!known) {
        this.report(
          GuideCode.INVALID_CODE,
          `${rule.qualifier!.at.name} ${JSON.stringify(value)} is not a code this guide allows for ${seg.id} (loop ${loopId})`,
          seg,
          loopId,
          rule.qualifier!.at,
        );
        return;
      }
    }
    this.report(X12ErrorCode.UNEXPECTED_SEGMENT, `${describe(seg)} is not allowed in loop ${loopId} (${top.node.rule.name}) or the loops around it`, seg, loopId);
  }

  end(se: Segment | undefined): void {
    while (this.stack.length > 0) this.close(this.stack.pop()!);
    if (se) this.root.segments.push(se);
  }

  // ---- matching ----

  private matchOwn(rule: LoopRule, seg: Segment): number | undefined {
    const candidates = indexOf(rule).own.get(seg.id);
    if (!candidates) return undefined;
    // A single rule of this ID matches whatever its qualifier says; its code is checked later.
    if (candidates.length === 1) return candidates[0];
    return pick(seg, candidates, (i) => rule.segments[i].qualifier);
  }

  private matchTrigger(rule: LoopRule, seg: Segment): number | undefined {
    const candidates = indexOf(rule).triggers.get(seg.id);
    if (!candidates) return undefined;
    return pick(seg, candidates, (i) => rule.loops[i].segments[0].qualifier);
  }

  /** A rule of this segment ID somewhere on the stack whose qualifier rejected the segment. */
  private qualifierMiss(seg: Segment): { rule: SegmentRule; known: boolean } | undefined {
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const rule = this.stack[depth].node.rule;
      const rules = [
        ...(indexOf(rule).own.get(seg.id) ?? []).map((i) => rule.segments[i]),
        ...(indexOf(rule).triggers.get(seg.id) ?? []).map((i) => rule.loops[i].segments[0]),
      ].filter((r) => r.qualifier);
      if (rules.length > 0) {
        const q = rules[0].qualifier!;
        return { rule: rules[0], known: pairsOf(this.schema).has(`${seg.id} ${valueAt(seg, q.at)}`) };
      }
    }
    return undefined;
  }

  // ---- accepting ----

  private accept(open: Open, ruleIndex: number, seg: Segment): void {
    const rule = open.node.rule.segments[ruleIndex];
    const loopId = open.node.rule.id;
    const slot = indexOf(open.node.rule).slot[ruleIndex];
    if (slot < open.lastSlot) {
      this.report(GuideCode.SEGMENT_OUT_OF_ORDER, `${describe(seg)} (${rule.name}) comes after segments that the guide puts behind it in loop ${loopId}`, seg, loopId);
    } else {
      open.lastSlot = slot;
    }
    open.counts[ruleIndex]++;
    if (open.counts[ruleIndex] > rule.max) {
      this.report(GuideCode.TOO_MANY_SEGMENTS, `${rule.name} (${seg.id}) may be used at most ${rule.max} time${rule.max === 1 ? '' : 's'} in loop ${loopId}`, seg, loopId);
    }
    open.node.segments.push(seg);
    this.checkElements(rule, seg, loopId);
  }

  private openChild(parent: Open, childIndex: number, seg: Segment): void {
    const rule = parent.node.rule.loops[childIndex];
    parent.childCounts[childIndex]++;
    if (parent.childCounts[childIndex] > rule.max) {
      this.report(GuideCode.TOO_MANY_LOOPS, `loop ${rule.id} (${rule.name}) may repeat at most ${rule.max} times in loop ${parent.node.rule.id}`, seg, rule.id);
    }
    if (childIndex < parent.lastChild) {
      this.report(
        GuideCode.SEGMENT_OUT_OF_ORDER,
        `loop ${rule.id} (${rule.name}) starts after loop ${parent.node.rule.loops[parent.lastChild].id}, which the guide puts behind it`,
        seg,
        rule.id,
      );
    } else {
      parent.lastChild = childIndex;
    }
    const node: LoopNode = { rule, parent: parent.node, segments: [seg], children: [], stray: [] };
    parent.node.children.push(node);
    const open = this.opened(node);
    this.stack.push(open);
    this.checkElements(rule.segments[0], seg, rule.id);
    if (seg.id === 'HL') this.checkHl(open, seg);
  }

  private close(open: Open): void {
    const { node } = open;
    const first = node.segments[0];
    node.rule.segments.forEach((rule, i) => {
      if (rule.usage === 'R' && open.counts[i] === 0) {
        this.report(GuideCode.MISSING_SEGMENT, `loop ${node.rule.id} (${node.rule.name}) has no ${rule.id} (${rule.name}), which is required`, first, node.rule.id);
      }
    });
    node.rule.loops.forEach((rule, i) => {
      if (rule.usage === 'R' && open.childCounts[i] === 0) {
        this.report(GuideCode.MISSING_LOOP, `loop ${node.rule.id} (${node.rule.name}) has no loop ${rule.id} (${rule.name}), which is required`, first, node.rule.id);
      }
    });
    if (first.id === 'HL') this.closeHl(open);
  }

  // ---- HL tree (x12-basics §7) ----

  private checkHl(open: Open, seg: Segment): void {
    const loopId = open.node.rule.id;
    const id = seg.element(1);
    this.hlCount++;
    open.hl = id;
    if (this.hlIds.has(id)) {
      this.report(GuideCode.HL_SEQUENCE, `HL01 ${JSON.stringify(id)} is used twice in this transaction set`, seg, loopId, { element: 1, name: 'HL01' });
    } else if (id !== String(this.hlCount)) {
      this.report(GuideCode.HL_SEQUENCE, `HL01 is ${JSON.stringify(id)}; HL IDs run 1, 2, 3 … so ${this.hlCount} was expected`, seg, loopId, { element: 1, name: 'HL01' });
    }
    this.hlIds.add(id);
    const parentHl = this.enclosingHl(open.node);
    const hl02 = seg.element(2);
    if (parentHl === undefined) {
      if (hl02 !== '') this.report(GuideCode.HL_PARENT, `HL02 must be empty on the top level (${loopId}); it is ${JSON.stringify(hl02)}`, seg, loopId, { element: 2, name: 'HL02' });
    } else if (hl02 !== parentHl) {
      this.report(
        GuideCode.HL_PARENT,
        `HL02 ${JSON.stringify(hl02)} does not point at the enclosing level's HL01 ${JSON.stringify(parentHl)}${this.hlIds.has(hl02) ? '' : ' (no earlier HL has that ID)'}`,
        seg,
        loopId,
        { element: 2, name: 'HL02' },
      );
    }
  }

  private enclosingHl(node: LoopNode): string | undefined {
    for (let p = node.parent; p; p = p.parent) {
      if (p.segments[0].id === 'HL') return p.segments[0].element(1);
    }
    return undefined;
  }

  private closeHl(open: Open): void {
    const seg = open.node.segments[0];
    const hasChildHl = open.node.children.some((c) => c.segments[0].id === 'HL');
    const hl04 = seg.element(4);
    if (hl04 === '1' && !hasChildHl) {
      this.report(GuideCode.HL_CHILD_CODE, `HL04 is 1 (has children) but no HL level follows under HL ${seg.element(1)}`, seg, open.node.rule.id, { element: 4, name: 'HL04' });
    } else if (hl04 === '0' && hasChildHl) {
      this.report(GuideCode.HL_CHILD_CODE, `HL04 is 0 (no children) but HL levels follow under HL ${seg.element(1)}`, seg, open.node.rule.id, { element: 4, name: 'HL04' });
    }
    // A subscriber level with neither claims nor patients carries nothing (TR3: 2300 is required
    // under 2000B when the subscriber is the patient).
    if (open.node.rule.id === '2000B' && !open.node.children.some((c) => c.rule.id === '2300' || c.rule.id === '2000C')) {
      this.report(GuideCode.MISSING_LOOP, `subscriber level HL ${seg.element(1)} has neither a claim (2300) nor a patient level (2000C)`, seg, '2000B');
    }
  }

  // ---- elements ----

  private checkElements(rule: SegmentRule, seg: Segment, loopId: string): void {
    // Trailing empty elements are the envelope checker's warning (TRAILING_EMPTY_ELEMENT), not extra data.
    let used = seg.elementCount;
    while (used > rule.size && seg.element(used) === '') used--;
    if (used > rule.size) {
      this.report(GuideCode.TOO_MANY_ELEMENTS, `${seg.id} has ${used} elements; ${rule.name} has ${rule.size}`, seg, loopId, { element: rule.size + 1, name: `${seg.id}${String(rule.size + 1).padStart(2, '0')}` });
    }
    for (const at of rule.required) {
      if (valueAt(seg, at) === '') this.report(GuideCode.MISSING_ELEMENT, `${at.name} is required in ${rule.name}`, seg, loopId, at);
    }
    for (const at of rule.notUsed) {
      if (valueAt(seg, at) !== '') this.report(GuideCode.NOT_USED_ELEMENT, `${at.name} is not used in ${rule.name}`, seg, loopId, at, 'warning');
    }
    for (const list of rule.codes) {
      const value = valueAt(seg, list.at);
      if (value !== '' && !list.codes.has(value)) {
        this.report(GuideCode.INVALID_CODE, `${list.at.name} ${JSON.stringify(value)} is not one of ${[...list.codes].slice(0, 12).join(', ')}${list.codes.size > 12 ? ', …' : ''}`, seg, loopId, list.at);
      }
    }
    this.checkValues(seg, loopId);
  }

  private checkValues(seg: Segment, loopId: string): void {
    const decimals = DECIMALS[seg.id];
    if (decimals) {
      for (const e of decimals) {
        const v = seg.element(e);
        if (v === '') continue;
        const ok = seg.id === 'LX' ? INTEGER.test(v) : DECIMAL.test(v);
        if (!ok) this.report(X12ErrorCode.INVALID_NUMBER, `${name(seg.id, e)} ${JSON.stringify(v)} is not a ${seg.id === 'LX' ? 'whole' : 'decimal'} number`, seg, loopId, { element: e, name: name(seg.id, e) });
      }
    }
    switch (seg.id) {
      case 'DTP':
        return this.checkDate(seg, loopId, seg.element(2), seg.element(3), { element: 3, name: 'DTP03' });
      case 'DMG':
        if (seg.element(1) === 'D8') this.checkDate(seg, loopId, 'D8', seg.element(2), { element: 2, name: 'DMG02' });
        return;
      case 'BHT':
        if (seg.element(4) !== '' && !isValidDate(seg.element(4))) this.report(X12ErrorCode.INVALID_DATE, `BHT04 ${JSON.stringify(seg.element(4))} is not a CCYYMMDD date`, seg, loopId, { element: 4, name: 'BHT04' });
        if (seg.element(5) !== '' && !isValidTime(seg.element(5))) this.report(X12ErrorCode.INVALID_TIME, `BHT05 ${JSON.stringify(seg.element(5))} is not an HHMM[SS[DD]] time`, seg, loopId, { element: 5, name: 'BHT05' });
        return;
      case 'HI':
        // 837I procedure, occurrence and span codes carry a date in HI0n-4 qualified by HI0n-3.
        for (let e = 1; e <= seg.elementCount; e++) {
          const format = seg.component(e, 3);
          if (format === 'D8' || format === 'RD8') this.checkDate(seg, loopId, format, seg.component(e, 4), { element: e, component: 4, name: `${name('HI', e)}-4` });
        }
        return;
    }
  }

  private checkDate(seg: Segment, loopId: string, format: string, value: string, at: ElementRef): void {
    if (value === '') return;
    let ok: boolean;
    switch (format) {
      case 'D8':
        ok = isValidDate(value);
        break;
      case 'RD8': {
        const m = /^(\d{8})-(\d{8})$/.exec(value);
        ok = m !== null && isValidDate(m[1]) && isValidDate(m[2]) && m[1] <= m[2];
        break;
      }
      case 'DT':
        ok = /^\d{12}$/.test(value) && isValidDate(value.slice(0, 8)) && isValidTime(value.slice(8));
        break;
      case 'TM':
        ok = /^\d{4}$/.test(value) && isValidTime(value);
        break;
      default:
        return; // an unknown format qualifier is reported by the code list
    }
    if (!ok) this.report(X12ErrorCode.INVALID_DATE, `${at.name} ${JSON.stringify(value)} is not a valid ${format} value`, seg, loopId, at);
  }

  report(code: X12ErrorCode | GuideCode, message: string, seg: Segment, loop: string, at?: Partial<ElementRef>, severity: 'error' | 'warning' = 'error'): void {
    this.diagnostics.push(
      guideDiagnostic(
        code,
        message,
        { segmentIndex: seg.index, segmentId: seg.id, element: at?.element, component: at?.component, line: seg.line, offset: seg.offset, loop },
        severity,
      ),
    );
  }
}

function name(id: string, e: number): string {
  return `${id}${String(e).padStart(2, '0')}`;
}

/** `NM1*82` / `REF*F8` / `LX`: a segment with its first element, for messages (never data values beyond a qualifier). */
function describe(seg: Segment): string {
  const first = seg.element(1);
  return first !== '' && first.length <= 4 && /^[A-Z0-9]+$/.test(first) ? `${seg.id}*${first}` : seg.id;
}

// ---- claim-level checks on the finished tree ----

/** Sum of decimals as integer hundredths-of-a-cent-free cents; undefined when a value is not a number. */
function cents(value: string): number | undefined {
  if (!DECIMAL.test(value)) return undefined;
  const negative = value.startsWith('-');
  const [whole, frac = ''] = value.replace('-', '').split('.');
  if (frac.length > 2 && /[^0]/.test(frac.slice(2))) return undefined;
  const c = Number(whole || '0') * 100 + Number((frac + '00').slice(0, 2));
  return negative ? -c : c;
}

const LINE_CHARGE: Readonly<Record<string, [string, number]>> = {
  professional: ['SV1', 2],
  institutional: ['SV2', 3],
  dental: ['SV3', 2],
};

function checkClaims(schema: TransactionSchema, root: LoopNode, walker: TransactionWalker): void {
  const [serviceId, chargeElement] = LINE_CHARGE[schema.kind];
  const visit = (node: LoopNode): void => {
    if (node.rule.id === '2300') {
      const clm = node.segments[0];
      const lines = node.children.filter((c) => c.rule.id === '2400');
      let total = 0;
      let summable = true;
      lines.forEach((line, i) => {
        const lx = line.segments[0];
        if (lx.element(1) !== String(i + 1)) {
          walker.report(GuideCode.LINE_NUMBER_SEQUENCE, `LX01 is ${JSON.stringify(lx.element(1))}; service lines are numbered 1, 2, 3 … within the claim so ${i + 1} was expected`, lx, '2400', { element: 1, name: 'LX01' });
        }
        const service = line.segments.find((s) => s.id === serviceId);
        const charge = service ? cents(service.element(chargeElement)) : undefined;
        if (charge === undefined) summable = false;
        else total += charge;
      });
      const claimed = cents(clm.element(2));
      if (summable && lines.length > 0 && claimed !== undefined && claimed !== total) {
        walker.report(
          GuideCode.CLAIM_TOTAL_MISMATCH,
          `CLM02 ${clm.element(2)} does not equal the sum of the line charges (${formatAmount(total)})`,
          clm,
          '2300',
          { element: 2, name: 'CLM02' },
        );
      }
    }
    node.children.forEach(visit);
  };
  visit(root);
}

/**
 * Check one transaction set. `segments` runs from its ST through its SE (the SE may be missing
 * when the input was truncated; the envelope checker reports that).
 */
export function checkTransaction(schema: TransactionSchema, segments: readonly Segment[]): CheckedTransaction {
  const st = segments[0];
  const last = segments[segments.length - 1];
  const se = segments.length > 1 && last.id === 'SE' ? last : undefined;
  const walker = new TransactionWalker(schema, st);
  const end = se ? segments.length - 1 : segments.length;
  for (let i = 1; i < end; i++) walker.push(segments[i]);
  walker.end(se);
  checkClaims(schema, walker.root, walker);
  const diagnostics = walker.diagnostics.sort((a, b) => (a.segmentIndex ?? 0) - (b.segmentIndex ?? 0));
  return { schema, st, se, root: walker.root, diagnostics };
}

/** Every segment of a loop occurrence and its children, in input order (stray ones included). */
export function loopSegments(node: LoopNode): Segment[] {
  const out: Segment[] = [];
  const walk = (n: LoopNode): void => {
    out.push(...n.segments, ...n.stray);
    n.children.forEach(walk);
  };
  walk(node);
  return out.sort((a, b) => a.index - b.index);
}

/** First and last segment of a loop occurrence (children included). */
export function loopSpan(node: LoopNode): { first: Segment; last: Segment } {
  let first = node.segments[0];
  let last = node.segments[node.segments.length - 1];
  const walk = (n: LoopNode): void => {
    for (const s of [...n.segments, ...n.stray]) {
      if (s.index < first.index) first = s;
      if (s.index > last.index) last = s;
    }
    n.children.forEach(walk);
  };
  walk(node);
  return { first, last };
}
