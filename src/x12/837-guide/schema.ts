// The shape of an 837 transaction-set schema and the helpers the data tables are written with
// (x222a1.ts, x223a2.ts, x224a2.ts). A schema is plain data: loops with their usage and repeat,
// segments with usage, maximum use, the qualifier that tells same-ID segments apart, required and
// not-used elements and code lists. The checker (check.ts) and the readers walk the same tables.

import type { ClaimKind } from '../claim-json/claim-document';

/** R = required whenever the parent loop is present; S = situational (TR3 usage). */
export type Usage = 'R' | 'S';
export const R: Usage = 'R';
export const S: Usage = 'S';
/** A repeat or maximum use written ">1" in the TR3. */
export const MANY = Number.POSITIVE_INFINITY;

/** One element or component position: CLM05-3 → { element: 5, component: 3, name: 'CLM05-3' }. */
export interface ElementRef {
  readonly element: number;
  readonly component?: number;
  readonly name: string;
}

export interface CodeList {
  readonly at: ElementRef;
  readonly codes: ReadonlySet<string>;
}

export interface SegmentRule {
  readonly id: string;
  readonly name: string;
  readonly usage: Usage;
  readonly max: number;
  /** The element whose code picks this rule among rules of the same segment ID in a loop (or among sibling loop triggers). */
  readonly qualifier?: CodeList;
  /** Elements (and components of required composites) that must not be empty. */
  readonly required: readonly ElementRef[];
  /** Elements marked "not used" in the TR3: a value there is reported. */
  readonly notUsed: readonly ElementRef[];
  /** Every coded element with an inline code list. */
  readonly codes: readonly CodeList[];
  /** Number of element positions the segment has (a segment with more is reported). */
  readonly size: number;
}

export interface LoopRule {
  readonly id: string;
  readonly name: string;
  readonly usage: Usage;
  readonly max: number;
  /** In TR3 order; `segments[0]` starts the loop (its trigger). */
  readonly segments: readonly SegmentRule[];
  /** Child loops in TR3 order. */
  readonly loops: readonly LoopRule[];
}

export interface TransactionSchema {
  readonly kind: ClaimKind;
  /** GS08/ST03 implementation guide, e.g. 005010X222A1. */
  readonly version: string;
  readonly title: string;
  /** A pseudo-loop 'ST' holding the header segments (BHT) and the top loops (1000A, 1000B, 2000A). */
  readonly root: LoopRule;
}

const ELEMENT_NAME = /^([A-Z][A-Z0-9]{1,2}?)(\d{2})(?:\.\.(\d{2}))?(?:-(\d+))?$/;

/** 'CLM05-3' → one ref; 'HI02..12-1' → HI02-1 … HI12-1. */
export function parseElementRefs(segmentId: string, name: string): ElementRef[] {
  const m = ELEMENT_NAME.exec(name);
  if (!m || m[1] !== segmentId) throw new Error(`schema: ${JSON.stringify(name)} is not an element of ${segmentId}`);
  const from = Number(m[2]);
  const to = m[3] ? Number(m[3]) : from;
  const component = m[4] ? Number(m[4]) : undefined;
  const refs: ElementRef[] = [];
  for (let e = from; e <= to; e++) {
    const base = `${segmentId}${String(e).padStart(2, '0')}`;
    refs.push(component === undefined ? { element: e, name: base } : { element: e, component, name: `${base}-${component}` });
  }
  return refs;
}

function refList(segmentId: string, names: string | undefined): ElementRef[] {
  if (!names) return [];
  return names.split(/\s+/).filter(Boolean).flatMap((n) => parseElementRefs(segmentId, n));
}

export interface SegmentSpec {
  /** Name of the qualifier element; its codes come from `codes`. */
  q?: string;
  /** Space-separated required elements. */
  req?: string;
  /** Space-separated not-used elements. */
  nu?: string;
  /** Element name (or range 'HI02..12-1') → space-separated codes. */
  codes?: Record<string, string>;
  size: number;
}

export function seg(id: string, usage: Usage, max: number, name: string, spec: SegmentSpec): SegmentRule {
  const codes: CodeList[] = [];
  for (const [key, list] of Object.entries(spec.codes ?? {})) {
    const set = new Set(list.split(/\s+/).filter(Boolean));
    for (const at of parseElementRefs(id, key)) codes.push({ at, codes: set });
  }
  let qualifier: CodeList | undefined;
  if (spec.q) {
    const [at] = parseElementRefs(id, spec.q);
    qualifier = codes.find((c) => c.at.name === at.name);
    if (!qualifier) throw new Error(`schema: ${id} qualifier ${spec.q} has no code list`);
  }
  return { id, name, usage, max, qualifier, required: refList(id, spec.req), notUsed: refList(id, spec.nu), codes, size: spec.size };
}

export function loop(id: string, name: string, usage: Usage, max: number, segments: SegmentRule[], loops: LoopRule[] = []): LoopRule {
  if (segments.length === 0) throw new Error(`schema: loop ${id} has no segments`);
  return { id, name, usage, max, segments, loops };
}

export function transaction(kind: ClaimKind, version: string, title: string, header: SegmentRule[], loops: LoopRule[]): TransactionSchema {
  const st = seg('ST', R, 1, 'Transaction Set Header', { req: 'ST01 ST02 ST03', codes: { ST01: '837' }, size: 3 });
  return { kind, version, title, root: { id: 'ST', name: 'Transaction Set', usage: R, max: 1, segments: [st, ...header], loops } };
}
