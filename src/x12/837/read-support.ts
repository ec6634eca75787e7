// What the three 837 readers share: a view over one loop occurrence of the checked tree (find own
// segments by ID and qualifier, find child loops by TR3 loop ID), a trace that remembers which
// segment and element every document field came from (so a field error found later, e.g. by the
// intake DTOs, can be reported at its X12 position), and builders for the segments every 837
// variant writes the same way (NM1 names, N3/N4, PER, REF lists, CAS, DTP dates, amounts).

import type { Segment } from '../core/segment';
import type { X12Position } from '../core/errors';
import type { LoopNode } from '../837-guide/check';
import type {
  ClaimAddress,
  ClaimAdjustment,
  ContactInformation,
  ReferenceIdentification,
  ReportInformation,
} from '../claim-json/claim-document';

// ---- loop view -----------------------------------------------------------------------------

/** Read access to one loop occurrence: `seg('REF', 'G1')` is the first REF*G1 among its own segments. */
export class LoopView {
  constructor(readonly node: LoopNode) {}

  get first(): Segment {
    return this.node.segments[0];
  }

  /** Own segments with this ID whose element `element` (default 1) is one of `codes` (any when absent). */
  segs(id: string, codes?: string | readonly string[], element = 1): Segment[] {
    const wanted = codes === undefined ? undefined : typeof codes === 'string' ? [codes] : codes;
    return this.node.segments.filter((s) => s.id === id && (wanted === undefined || wanted.includes(s.element(element))));
  }

  seg(id: string, codes?: string | readonly string[], element = 1): Segment | undefined {
    return this.segs(id, codes, element)[0];
  }

  loops(id: string): LoopView[] {
    return this.node.children.filter((c) => c.rule.id === id).map((c) => new LoopView(c));
  }

  loop(id: string): LoopView | undefined {
    return this.loops(id)[0];
  }
}

// ---- trace ---------------------------------------------------------------------------------

interface Origin {
  seg: Segment;
  element?: number;
  component?: number;
}

/**
 * Remembers where document fields came from. `put` sets a field (skipping empty values) and
 * records its segment and element; `mark` records the segment an object as a whole came from.
 * `locate('claimInformation.serviceLines[1].professionalService.procedureCode')` answers with the
 * most precise position known along that path.
 */
export class Trace {
  private readonly origins = new WeakMap<object, Map<string, Origin>>();

  put<T extends object, K extends keyof T & string>(obj: T, key: K, value: T[K] | undefined | '', seg: Segment | undefined, element?: number, component?: number): void {
    if (value === undefined || value === '' || seg === undefined) return;
    obj[key] = value as T[K];
    this.record(obj, key, { seg, element, component });
  }

  /** Record that `obj` (a whole object, or the value of `obj[key]`) came from `seg`. */
  mark(obj: object, seg: Segment | undefined, key = ''): void {
    if (seg) this.record(obj, key, { seg });
  }

  private record(obj: object, key: string, origin: Origin): void {
    let map = this.origins.get(obj);
    if (!map) {
      map = new Map();
      this.origins.set(obj, map);
    }
    if (!map.has(key)) map.set(key, origin);
  }

  locate(root: unknown, path: string): X12Position | undefined {
    const tokens = path.match(/[^.[\]]+/g) ?? [];
    let current: unknown = root;
    let best: Origin | undefined = this.origin(root, '');
    for (const token of tokens) {
      if (current === null || typeof current !== 'object') break;
      best = this.origin(current, token) ?? best;
      current = (current as Record<string, unknown>)[token];
      best = this.origin(current, '') ?? best;
    }
    if (!best) return undefined;
    const { seg, element, component } = best;
    const position: X12Position = { segmentIndex: seg.index, segmentId: seg.id, line: seg.line };
    if (element !== undefined) position.element = element;
    if (component !== undefined) position.component = component;
    return position;
  }

  private origin(obj: unknown, key: string): Origin | undefined {
    return obj !== null && typeof obj === 'object' ? this.origins.get(obj)?.get(key) : undefined;
  }
}

// ---- values --------------------------------------------------------------------------------

const DECIMAL = /^(-)?(\d*)(?:\.(\d*))?$/;

/** X12 R amount → the JSON form with two decimals ("150" → "150.00"); other text is kept as is for validation to report. */
export function amount(value: string): string {
  if (value === '') return value;
  const m = DECIMAL.exec(value);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return value;
  const frac = m[3] ?? '';
  if (frac.length > 2 && /[^0]/.test(frac.slice(2))) return value;
  const whole = (m[2] || '0').replace(/^0+(?=\d)/, '');
  return `${m[1] ?? ''}${whole}.${(frac + '00').slice(0, 2)}`;
}

/** A count written as a JSON number where the document wants one (DN101, SV306, QTY02); text otherwise. */
export function count(value: string): number | string {
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/** Non-empty components of element n from component `from` on (modifiers, pointers, condition codes). */
export function components(seg: Segment, n: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) {
    const v = seg.component(n, c);
    if (v !== '') out.push(v);
  }
  return out;
}

/** Non-empty elements from..to (CRC03–CRC07, MOA03–MOA07). */
export function elements(seg: Segment, from: number, to: number): string[] {
  const out: string[] = [];
  for (let e = from; e <= to; e++) {
    const v = seg.element(e);
    if (v !== '') out.push(v);
  }
  return out;
}

/** Drops an object with no own keys (a section the 837 did not carry). */
export function nonEmpty<T extends object>(obj: T): T | undefined {
  return Object.keys(obj).length > 0 ? obj : undefined;
}

// ---- shared segment builders ---------------------------------------------------------------

/** N3/N4 → ClaimAddress (N301/N302, N401/N402/N403/N404/N407). */
export function address(trace: Trace, view: LoopView | undefined): ClaimAddress | undefined {
  if (!view) return undefined;
  const n3 = view.seg('N3');
  const n4 = view.seg('N4');
  if (!n3 && !n4) return undefined;
  const a = {} as ClaimAddress;
  trace.mark(a, n3 ?? n4);
  trace.put(a, 'address1', n3?.element(1), n3, 1);
  trace.put(a, 'address2', n3?.element(2), n3, 2);
  trace.put(a, 'city', n4?.element(1), n4, 1);
  trace.put(a, 'state', n4?.element(2), n4, 2);
  trace.put(a, 'postalCode', n4?.element(3), n4, 3);
  trace.put(a, 'countryCode', n4?.element(4), n4, 4);
  trace.put(a, 'countrySubDivisionCode', n4?.element(7), n4, 7);
  return a;
}

const CONTACT_FIELD: Readonly<Record<string, keyof ContactInformation>> = {
  TE: 'phoneNumber',
  EX: 'phoneExtension',
  FX: 'faxNumber',
  EM: 'email',
};

/** PER*IC → ContactInformation: PER02 name, then the qualifier/number pairs PER03/04, 05/06, 07/08. */
export function contact(trace: Trace, per: Segment | undefined): ContactInformation | undefined {
  if (!per) return undefined;
  const c: ContactInformation = {};
  trace.mark(c, per);
  trace.put(c, 'name', per.element(2), per, 2);
  for (const e of [3, 5, 7]) {
    const field = CONTACT_FIELD[per.element(e)];
    if (field && c[field] === undefined) trace.put(c, field, per.element(e + 1), per, e + 1);
  }
  return c;
}

interface PersonOrOrganization {
  organizationName?: string;
  lastName?: string;
  firstName?: string;
  middleName?: string;
  suffix?: string;
}

/** NM1 name: NM102=2 → organizationName (NM103); a person → last/first/middle/suffix (NM103/104/105/107). */
export function name(trace: Trace, target: PersonOrOrganization, nm1: Segment): void {
  if (nm1.element(2) === '2') {
    trace.put(target, 'organizationName', nm1.element(3), nm1, 3);
    return;
  }
  trace.put(target, 'lastName', nm1.element(3), nm1, 3);
  trace.put(target, 'firstName', nm1.element(4), nm1, 4);
  trace.put(target, 'middleName', nm1.element(5), nm1, 5);
  trace.put(target, 'suffix', nm1.element(7), nm1, 7);
}

/** NM109 when NM108 is the given qualifier (XX = NPI). */
export function identifier(nm1: Segment, qualifier: string): string | undefined {
  return nm1.element(8) === qualifier ? nm1.element(9) || undefined : undefined;
}

/** Fill fields from REF segments by REF01: `{ EI: 'employerId', SY: 'ssn' }`. The first of each qualifier wins. */
export function refs<T extends object>(trace: Trace, target: T, view: LoopView | undefined, map: Readonly<Record<string, keyof T & string>>): void {
  if (!view) return;
  for (const ref of view.segs('REF')) {
    const field = map[ref.element(1)];
    if (field && (target as Record<string, unknown>)[field] === undefined) trace.put(target, field, ref.element(2) as T[keyof T & string], ref, 2);
  }
}

/** REF segments (optionally only some qualifiers) → [{ qualifier, identifier, otherIdentifier? }] (REF01, REF02, REF04-2). */
export function refList(trace: Trace, view: LoopView | undefined, qualifiers?: readonly string[]): ReferenceIdentification[] {
  if (!view) return [];
  return view.segs('REF', qualifiers).map((ref) => {
    const r = {} as ReferenceIdentification;
    trace.mark(r, ref);
    trace.put(r, 'qualifier', ref.element(1), ref, 1);
    trace.put(r, 'identifier', ref.element(2), ref, 2);
    trace.put(r, 'otherIdentifier', ref.component(4, 2), ref, 4, 2);
    return r;
  });
}

/** Fill date fields from DTP segments by DTP01: `{ '431': 'symptomDate' }` (DTP03 as written). */
export function dates<T extends object>(trace: Trace, target: T, view: LoopView, map: Readonly<Record<string, keyof T & string>>): void {
  for (const dtp of view.segs('DTP')) {
    const field = map[dtp.element(1)];
    if (field && (target as Record<string, unknown>)[field] === undefined) trace.put(target, field, dtp.element(3) as T[keyof T & string], dtp, 3);
  }
}

/** Fill amount fields from AMT segments by AMT01: `{ D: 'payerPaidAmount' }`. */
export function amounts<T extends object>(trace: Trace, target: T, view: LoopView, map: Readonly<Record<string, keyof T & string>>): void {
  for (const amt of view.segs('AMT')) {
    const field = map[amt.element(1)];
    if (field && (target as Record<string, unknown>)[field] === undefined) trace.put(target, field, amount(amt.element(2)) as T[keyof T & string], amt, 2);
  }
}

/** CAS segments → ClaimAdjustment[] (CAS01 group, then up to six reason/amount/quantity triplets). */
export function adjustments(trace: Trace, view: LoopView): ClaimAdjustment[] {
  return view.segs('CAS').map((cas) => {
    const adjustment = { adjustmentDetails: [] } as unknown as ClaimAdjustment;
    trace.mark(adjustment, cas);
    trace.put(adjustment, 'adjustmentGroupCode', cas.element(1) as ClaimAdjustment['adjustmentGroupCode'], cas, 1);
    for (let e = 2; e <= 17; e += 3) {
      if (cas.element(e) === '' && cas.element(e + 1) === '') continue;
      const detail = {} as ClaimAdjustment['adjustmentDetails'][number];
      trace.mark(detail, cas);
      trace.put(detail, 'adjustmentReasonCode', cas.element(e), cas, e);
      trace.put(detail, 'adjustmentAmount', amount(cas.element(e + 1)), cas, e + 1);
      trace.put(detail, 'adjustmentQuantity', cas.element(e + 2), cas, e + 2);
      adjustment.adjustmentDetails.push(detail);
    }
    return adjustment;
  });
}

/** PWK segments → attachment references (PWK01 type, PWK02 transmission, PWK06 control number). */
export function reports(trace: Trace, pwks: readonly Segment[]): ReportInformation[] {
  return pwks.map((pwk) => {
    const r = {} as ReportInformation;
    trace.mark(r, pwk);
    trace.put(r, 'attachmentReportTypeCode', pwk.element(1) as ReportInformation['attachmentReportTypeCode'], pwk, 1);
    trace.put(r, 'attachmentTransmissionCode', pwk.element(2) as ReportInformation['attachmentTransmissionCode'], pwk, 2);
    trace.put(r, 'attachmentControlNumber', pwk.element(6), pwk, 6);
    return r;
  });
}

/** `{ 'ADD': 'additionalInformation' }` over NTE segments (NTE02 text). */
export function notes<T extends object>(trace: Trace, target: T, view: LoopView, map: Readonly<Record<string, keyof T & string>>): void {
  for (const nte of view.segs('NTE')) {
    const field = map[nte.element(1)];
    if (field && (target as Record<string, unknown>)[field] === undefined) trace.put(target, field, nte.element(2) as T[keyof T & string], nte, 2);
  }
}

/** Set `target[key]` to a built value when it is defined and not an empty array, marking where it came from. */
export function attach<T extends object, K extends keyof T & string>(trace: Trace, target: T, key: K, value: T[K] | undefined, seg?: Segment): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
  target[key] = value;
  if (seg) trace.mark(target, seg, key);
}
