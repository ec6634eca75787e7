// read837: an 837 file (837P, 837I or 837D, any number of interchanges, groups and transaction
// sets) → one normalized claim document per 2300 loop. Lenient: the file is tokenized leniently and
// envelope- and guide-checked in the same pass; a claim whose loop, or a loop around it (header,
// billing provider, subscriber, patient), has an error is returned in `rejected` with those
// diagnostics and positions, and every other claim still comes out. The reader is chosen by the
// transaction set's ST03/GS08 through an explicit table (837-guide/versions.ts, READERS below).

import { Tokenizer } from '../core/tokenizer';
import { EnvelopeChecker } from '../core/envelope-check';
import type { Segment } from '../core/segment';
import type { X12Diagnostic, X12Position } from '../core/errors';
import type { ClaimDocument, ClaimDocumentByKind, ClaimKind } from '../claim-json/claim-document';
import { loopSegments, loopSpan, type CheckedTransaction, type LoopNode } from '../837-guide/check';
import { GuideCode, guideDiagnostic, type GuideDiagnostic } from '../837-guide/codes';
import { Guide837Checker } from '../837-guide/validate';
import { readProfessionalClaim } from '../837p-005010X222A1/reader';
import { readInstitutionalClaim } from '../837i-005010X223A2/reader';
import { readDentalClaim } from '../837d-005010X224A2/reader';
import { LoopView, Trace } from './read-support';
import type { ClaimContext } from './read-parties';

/** The reader of each claim kind (the kind comes from the guide the transaction set follows). */
const READERS: { readonly [K in ClaimKind]: (ctx: ClaimContext) => ClaimDocumentByKind[K] } = {
  professional: readProfessionalClaim,
  institutional: readInstitutionalClaim,
  dental: readDentalClaim,
};

/**
 * Where a 2300 loop sits in its transaction set, counted as a 999 IK3 counts them (ST = 1), as the
 * writer reports them (render837). Diagnostics carry the 0-based file-wide `segmentIndex` instead.
 */
export interface Loop2300Span {
  firstSegment: number;
  lastSegment: number;
}

export interface Read837Claim {
  /** 0-based ordinal of the claim (CLM) in the file, counting rejected ones too. */
  index: number;
  kind: ClaimKind;
  document: ClaimDocument;
  /** ST02 of the transaction set the claim came in. */
  st02: string;
  /** CLM01. */
  patientControlNumber: string;
  loop2300: Loop2300Span;
  /** Where a document field came from: `locate('claimInformation.serviceLines[0].serviceDate')` → the DTP*472. */
  locate(path: string): X12Position | undefined;
}

export interface Rejected837Claim {
  index: number;
  kind: ClaimKind;
  st02: string;
  patientControlNumber: string;
  loop2300: Loop2300Span;
  /** The errors that make the claim unreadable: in its own loops or in the loops around it. */
  diagnostics: GuideDiagnostic[];
}

export interface Read837Result {
  claims: Read837Claim[];
  rejected: Rejected837Claim[];
  /** Every finding, in input order: lexical, envelope and guide, errors and warnings. */
  diagnostics: GuideDiagnostic[];
}

export interface Read837Options {
  /** Diagnostics kept (later ones are dropped). Default 10,000. */
  maxDiagnostics?: number;
}

export function read837(text: string, options: Read837Options = {}): Read837Result {
  const max = options.maxDiagnostics ?? 10_000;
  const lexical: X12Diagnostic[] = [];
  const readerNotes: GuideDiagnostic[] = [];
  const claims: Read837Claim[] = [];
  const rejected: Rejected837Claim[] = [];
  let index = 0;
  let firstOther: Segment | undefined;
  let segmentCount = 0;

  const tokenizer = new Tokenizer({
    lenient: true,
    maxDiagnostics: 0,
    onDiagnostic: (d) => {
      if (lexical.length < max) lexical.push(d);
    },
  });
  const envelope = new EnvelopeChecker({ maxDiagnostics: max });
  const guide = new Guide837Checker({
    onTransaction: (tx, { isa }) => {
      for (const claim of readTransaction(tx, isa, () => index++, readerNotes)) {
        if ('document' in claim) claims.push(claim);
        else rejected.push(claim);
      }
    },
  });
  tokenizer.append(text);
  tokenizer.close();
  for (let seg = tokenizer.next(); seg !== undefined; seg = tokenizer.next()) {
    segmentCount++;
    envelope.push(seg);
    guide.push(seg);
    if (seg.id === 'ST' && seg.element(1) !== '837' && !firstOther) firstOther = seg;
  }
  const diagnostics: GuideDiagnostic[] = [...lexical, ...envelope.end(), ...guide.end(), ...readerNotes].slice(0, max);
  diagnostics.sort((a, b) => order(a) - order(b));

  // With no segment at all the lexical diagnostics (EMPTY_INPUT, NOT_X12, …) say what is wrong.
  if (claims.length === 0 && rejected.length === 0 && segmentCount > 0) {
    const checked = Object.keys(guide.totals.checked).length > 0;
    if (firstOther && !checked) {
      diagnostics.push(
        guideDiagnostic(GuideCode.NOT_837, `transaction set ${JSON.stringify(firstOther.element(1))} is not an 837 claim`, {
          segmentIndex: firstOther.index,
          segmentId: 'ST',
          element: 1,
          line: firstOther.line,
          offset: firstOther.offset,
        }),
      );
    } else if (!diagnostics.some((d) => d.code === GuideCode.UNSUPPORTED_VERSION)) {
      diagnostics.push(guideDiagnostic(GuideCode.NO_CLAIMS, checked ? 'the 837 holds no claim (CLM)' : 'the input holds no 837 transaction set', {}));
    }
  }
  return { claims, rejected, diagnostics };
}

/** Input order: by segment, then diagnostics with only an offset, then position-less ones. */
function order(d: GuideDiagnostic): number {
  return d.segmentIndex ?? (d.offset !== undefined ? -1 : Number.MAX_SAFE_INTEGER);
}

// ---- one transaction set ---------------------------------------------------------------------

/** The header part of a loop: its own segments and its 1000x/2010x name loops, not its HL or claim children. */
function headerSegments(node: LoopNode): Segment[] {
  const out = [...node.segments, ...node.stray];
  for (const child of node.children) {
    if (child.rule.id.startsWith('1000') || child.rule.id.startsWith('2010')) out.push(...loopSegments(child));
  }
  return out;
}

interface FoundClaim {
  billing: LoopNode;
  subscriber: LoopNode;
  patient?: LoopNode;
  claim: LoopNode;
}

/** Every 2300 of a transaction set with the levels around it, in file order. */
function claimsOf(root: LoopNode): FoundClaim[] {
  const found: FoundClaim[] = [];
  for (const billing of root.children.filter((c) => c.rule.id === '2000A')) {
    for (const subscriber of billing.children.filter((c) => c.rule.id === '2000B')) {
      for (const claim of subscriber.children.filter((c) => c.rule.id === '2300')) found.push({ billing, subscriber, claim });
      for (const patient of subscriber.children.filter((c) => c.rule.id === '2000C')) {
        for (const claim of patient.children.filter((c) => c.rule.id === '2300')) found.push({ billing, subscriber, patient, claim });
      }
    }
  }
  return found.sort((a, b) => a.claim.segments[0].index - b.claim.segments[0].index);
}

function readTransaction(
  tx: CheckedTransaction,
  isa: Segment | undefined,
  nextIndex: () => number,
  notes: GuideDiagnostic[],
): Array<Read837Claim | Rejected837Claim> {
  const errorsAt = new Map<number, GuideDiagnostic[]>();
  for (const d of tx.diagnostics) {
    if (d.severity !== 'error' || d.segmentIndex === undefined) continue;
    const list = errorsAt.get(d.segmentIndex) ?? [];
    list.push(d);
    errorsAt.set(d.segmentIndex, list);
  }
  const errorsOf = (segments: Segment[]): GuideDiagnostic[] => segments.flatMap((s) => errorsAt.get(s.index) ?? []);
  const headerErrors = new Map<LoopNode, GuideDiagnostic[]>();
  const headerErrorsOf = (node: LoopNode): GuideDiagnostic[] => {
    let list = headerErrors.get(node);
    if (!list) {
      list = errorsOf(headerSegments(node));
      headerErrors.set(node, list);
    }
    return list;
  };

  const out: Array<Read837Claim | Rejected837Claim> = [];
  const st02 = tx.st.element(2);
  const kind = tx.schema.kind;
  const header = new LoopView(tx.root);
  for (const { billing, subscriber, patient, claim } of claimsOf(tx.root)) {
    const clm = claim.segments[0];
    const span = loopSpan(claim);
    const base = {
      index: nextIndex(),
      kind,
      st02,
      patientControlNumber: clm.element(1),
      loop2300: { firstSegment: span.first.index - tx.st.index + 1, lastSegment: span.last.index - tx.st.index + 1 },
    };
    const errors = [
      ...headerErrorsOf(tx.root),
      ...headerErrorsOf(billing),
      ...headerErrorsOf(subscriber),
      ...(patient ? headerErrorsOf(patient) : []),
      ...errorsOf(loopSegments(claim)),
    ];
    if (errors.length > 0) {
      out.push({ ...base, diagnostics: errors.sort((a, b) => (a.segmentIndex ?? 0) - (b.segmentIndex ?? 0)) });
      continue;
    }
    const trace = new Trace();
    const problems: GuideDiagnostic[] = [];
    const ctx: ClaimContext = {
      trace,
      problems,
      isa,
      header,
      billing: new LoopView(billing),
      subscriber: new LoopView(subscriber),
      patient: patient ? new LoopView(patient) : undefined,
      claim: new LoopView(claim),
    };
    let document: ClaimDocument;
    try {
      document = READERS[kind](ctx);
    } catch (err) {
      // The readers cope with any tree the checker accepts; should one still fail, that claim is
      // refused with a code and the rest of the file goes on.
      const message = err instanceof Error ? err.message : 'internal error';
      out.push({
        ...base,
        diagnostics: [
          guideDiagnostic(GuideCode.CLAIM_NOT_READ, `the claim could not be read (${message})`, {
            segmentIndex: clm.index,
            segmentId: 'CLM',
            line: clm.line,
            offset: clm.offset,
            loop: '2300',
          }),
        ],
      });
      continue;
    }
    const refused = problems.filter((d) => d.severity === 'error');
    if (refused.length > 0) {
      out.push({ ...base, diagnostics: refused });
      continue;
    }
    notes.push(...problems);
    out.push({ ...base, document, locate: (path: string) => trace.locate(document, path) });
  }
  return out;
}
