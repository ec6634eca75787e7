// The public 837 writer: normalized claim documents → one interchange (ISA/GS, one ST per
// transaction, GE/IEA) of 837P, 837I or 837D, with per-claim segment positions so 999 IK3
// errors can be traced back to claims. Control numbers and the creation time are passed in
// (from the ledger and the caller's clock), so the same input always gives the same bytes.

import { X12Error, X12ErrorCode } from '../core/errors';
import { InterchangeWriter } from '../core/envelope';
import { formatTransactionSetControlNumber } from '../core/control-numbers';
import { formatDate, formatTime } from '../core/format';
import type { ClaimDocument, ClaimKind } from '../claim-json/claim-document';
import { GS01_HEALTH_CARE_CLAIM, ST01_CLAIM } from '../837-common/codes';
import { planHierarchy, writeHierarchy } from '../837-common/hierarchy';
import { TransactionSink, withRenderContext } from '../837-common/sink';
import { writeHeader, type ClaimDocumentBase, type ClaimTransactionWriter, type SubmitterView } from '../837-common/transaction';
import { professional837 } from '../837p-005010X222A1/writer';
import { institutional837 } from '../837i-005010X223A2/writer';
import { dental837 } from '../837d-005010X224A2/writer';

export { Render837Error } from '../837-common/sink';

/** Envelope and header parties of one interchange (from the clearinghouse configuration). */
export interface InterchangeParties {
  /** ISA05 / ISA06. */
  senderQualifier: string;
  senderId: string;
  /** ISA07 / ISA08. */
  receiverQualifier: string;
  receiverId: string;
  /** GS02 / GS03. */
  gsSenderId: string;
  gsReceiverId: string;
  /** ISA15. */
  usage: 'T' | 'P';
  /** ISA14 (default false → `0`). */
  ackRequested?: boolean;
  /**
   * 1000A NM1*41 (NM109 = `id`, our ETIN at the receiver) + PER. NM109 is always `id`; the name
   * and contact are used when the claims of a transaction do not all propose the same submitter.
   */
  submitter: { name: string; id: string; contactName?: string; phone?: string; email?: string };
  /** 1000B NM1*40 (NM109 = the clearinghouse's receiver ID). */
  receiver: { name: string; id: string };
}

export interface Render837Input {
  kind: ClaimKind;
  parties: InterchangeParties;
  /** From the database ledger, never generated here: one ST02 per transaction. */
  controlNumbers: { isa13: number; gs06: number; st02: number[] };
  /** GS04/GS05, BHT04/BHT05, ISA09/ISA10: `CCYYMMDD` and `HHMM`. */
  createdAt: { date: string; time: string };
  /**
   * Claims per transaction set (the batcher splits by size limits). All claims must be of
   * `kind`, share `usageIndicator` (= `parties.usage`) and, per transaction, `claimIdentifier` (BHT06).
   */
  transactions: ClaimDocument[][];
  /** A newline after each segment terminator (default false). */
  lineBreak?: boolean;
}

export interface RenderedClaim {
  /** Position of the claim in the flattened input (all transactions in order). */
  index: number;
  patientControlNumber: string;
  /** Positions within the ST as a 999 IK3 counts them (ST = 1): the CLM and the claim's last segment. */
  loop2300: { firstSegment: number; lastSegment: number };
}

export interface Render837Output {
  text: string;
  /** Bytes of `text` (ASCII only: the writer refuses anything outside the X12 character set). */
  byteLength: number;
  /** Per transaction set: ST02, SE01, and its claims in file order. */
  transactions: { st02: string; segmentCount: number; claims: RenderedClaim[] }[];
}

/** One writer per claim kind (explicit dispatch, never by naming convention). */
const TRANSACTION_WRITERS: { readonly [K in ClaimKind]: ClaimTransactionWriter<ClaimDocumentBase> } = {
  professional: professional837 as unknown as ClaimTransactionWriter<ClaimDocumentBase>,
  institutional: institutional837 as unknown as ClaimTransactionWriter<ClaimDocumentBase>,
  dental: dental837 as unknown as ClaimTransactionWriter<ClaimDocumentBase>,
};

/** GS08/ST03 per kind. */
export const IMPLEMENTATION_GUIDE_837: { readonly [K in ClaimKind]: string } = {
  professional: professional837.version,
  institutional: institutional837.version,
  dental: dental837.version,
};

function fail(code: X12ErrorCode, message: string, position: { segmentId?: string; element?: number } = {}): never {
  throw new X12Error(code, message, position);
}

/** The submitter every claim of the transaction proposes, or undefined when they differ. */
function commonSubmitter(writer: ClaimTransactionWriter<ClaimDocumentBase>, claims: readonly ClaimDocumentBase[]): SubmitterView | undefined {
  const first = writer.submitter(claims[0]);
  if (first === undefined) return undefined;
  for (let i = 1; i < claims.length; i++) {
    const s = writer.submitter(claims[i]);
    if (s === undefined || !sameSubmitter(first, s)) return undefined;
  }
  return first;
}

const NAME_FIELDS = ['organizationName', 'lastName', 'firstName', 'middleName', 'suffix'] as const;
const CONTACT_FIELDS = ['name', 'phoneNumber', 'phoneExtension', 'faxNumber', 'email'] as const;

function sameSubmitter(a: SubmitterView, b: SubmitterView): boolean {
  if (a === b) return true;
  for (const f of NAME_FIELDS) if (a.name[f] !== b.name[f]) return false;
  if ((a.contact === undefined) !== (b.contact === undefined)) return false;
  if (a.contact !== undefined && b.contact !== undefined) for (const f of CONTACT_FIELDS) if (a.contact[f] !== b.contact[f]) return false;
  return true;
}

/**
 * Render one 837 interchange. Throws X12Error — a Render837Error (with `claimIndex`, `loop`,
 * `path`, and the element in `segmentId`/`element`) when a claim holds data that cannot be
 * written, e.g. a delimiter inside a value, a missing required value or a total that does not add up.
 */
export function render837(input: Render837Input): Render837Output {
  const writer = TRANSACTION_WRITERS[input.kind];
  if (writer === undefined) fail(X12ErrorCode.INVALID_VALUE, `unknown claim kind ${JSON.stringify(input.kind)}`);
  const { parties, controlNumbers, createdAt, transactions } = input;
  if (transactions.length === 0) fail(X12ErrorCode.ENVELOPE_STATE, 'an interchange needs at least one transaction set');
  if (controlNumbers.st02.length !== transactions.length) {
    fail(X12ErrorCode.INVALID_CONTROL_NUMBER, `${controlNumbers.st02.length} ST02 control numbers for ${transactions.length} transaction sets`, { segmentId: 'ST', element: 2 });
  }

  const w = new InterchangeWriter(
    {
      senderQualifier: parties.senderQualifier,
      senderId: parties.senderId,
      receiverQualifier: parties.receiverQualifier,
      receiverId: parties.receiverId,
      date: createdAt.date,
      time: createdAt.time,
      controlNumber: controlNumbers.isa13,
      acknowledgmentRequested: parties.ackRequested ?? false,
      usage: parties.usage,
    },
    { lineBreak: input.lineBreak ? '\n' : '' },
  );
  w.beginGroup({
    functionalId: GS01_HEALTH_CARE_CLAIM,
    senderCode: parties.gsSenderId,
    receiverCode: parties.gsReceiverId,
    date: createdAt.date,
    time: createdAt.time,
    controlNumber: controlNumbers.gs06,
    version: writer.version,
  });

  const out: Render837Output['transactions'] = [];
  let flatIndex = 0;
  let fileIndex = 2; // ISA = 0, GS = 1: the first ST is the third segment of the file
  transactions.forEach((claims, t) => {
    const base = flatIndex;
    flatIndex += claims.length;
    if (claims.length === 0) fail(X12ErrorCode.MISSING_VALUE, `transaction set ${t} has no claims`);
    const docs = claims as unknown as ClaimDocumentBase[];
    const claimIdentifier = docs[0].claimIdentifier;
    for (let c = 0; c < docs.length; c++) {
      const doc = docs[c];
      if (doc.usageIndicator !== parties.usage) {
        throw withRenderContext(
          new X12Error(X12ErrorCode.INVALID_VALUE, `ISA15: claim usageIndicator ${doc.usageIndicator} differs from the interchange usage ${parties.usage}`, { segmentId: 'ISA', element: 15 }),
          { claimIndex: base + c, transactionIndex: t, loop: 'ISA', path: `transactions[${t}][${c}].usageIndicator` },
        );
      }
      if (doc.claimIdentifier !== claimIdentifier) {
        throw withRenderContext(
          new X12Error(X12ErrorCode.INVALID_VALUE, 'BHT06: claims with different claimIdentifier cannot share a transaction set', { segmentId: 'BHT', element: 6 }),
          { claimIndex: base + c, transactionIndex: t, loop: 'header', path: `transactions[${t}][${c}].claimIdentifier` },
        );
      }
    }

    const st02 = formatTransactionSetControlNumber(controlNumbers.st02[t]);
    // Plan first: the HL tree needs every claim's 2000A/2000B/2000C before the first HL is written.
    const sink = new TransactionSink(w);
    const groups = planHierarchy(writer, { transactionIndex: t, claims: docs.map((doc, c) => ({ index: base + c, position: c, doc })), encoder: sink.encoder });

    w.beginTransaction({ id: ST01_CLAIM, controlNumber: controlNumbers.st02[t], implementationReference: writer.version });
    const claimSubmitter = commonSubmitter(writer, docs);
    try {
      writeHeader(sink, { st02, date: formatDate(createdAt.date), time: formatTime(createdAt.time), claimIdentifier, claimSubmitter, parties });
    } catch (err) {
      // 1000A takes the claims' submitter when they agree (then the first claim is named), else the parties'.
      const fromClaim = claimSubmitter !== undefined && sink.loop === '1000A';
      throw withRenderContext(err, {
        claimIndex: fromClaim ? base : -1,
        transactionIndex: t,
        loop: sink.loop,
        path: fromClaim ? `transactions[${t}][0].submitter` : `parties.${sink.path || 'submitter'}`,
        segmentIndex: fileIndex + sink.count,
      });
    }
    const placed = writeHierarchy(sink, writer, groups, t, fileIndex);
    const segmentCount = sink.count + 1; // + SE
    w.endTransaction();
    fileIndex += segmentCount;
    out.push({ st02, segmentCount, claims: placed });
  });

  w.endGroup();
  const text = w.end();
  return { text, byteLength: text.length, transactions: out };
}
