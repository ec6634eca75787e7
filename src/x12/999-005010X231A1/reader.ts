// The 999 reader (005010X231A1) as a state machine over segments: envelope segments switch
// transactions, body segments go through one explicit dispatch table, and every malformed piece
// becomes a diagnostic instead of an exception. Shell: `read999` (acknowledgments are small).

import { AckCode, mergeDiagnostics, type AckDiagnostic } from '../acks/diagnostics';
import { AckTransactionReader } from '../acks/transaction-reader';
import { noneOf, tokenizeAck } from '../acks/input';
import type { Segment } from '../core/segment';
import { ACCEPTED_999_GUIDES, AK901, AK905, IK304, IK403, IK501, IK502 } from './codes';
import type { Ack999Document, Ack999Transaction, ElementError, ErrorContext, SegmentError, TransactionResponse } from './model';

type Handler = (r: Ack999Reader, tx: Open999, seg: Segment) => void;

/** The 999 transaction set being read, with the loops open inside it. */
class Open999 {
  sawAk1 = false;
  sawAk9 = false;
  /** Loop 2000 (AK2 … IK5), open until IK5, the next AK2, AK9 or SE. */
  response: TransactionResponse | undefined;
  responseIndex = 0;
  sawIk5 = false;
  /** Loop 2100 (IK3), open until the next IK3 or IK5. */
  segmentError: SegmentError | undefined;
  /** Loop 2110 (IK4), open until the next IK4, IK3 or IK5. */
  elementError: ElementError | undefined;

  constructor(
    readonly model: Ack999Transaction,
    readonly segmentIndex: number,
  ) {}
}

/** AK1 — functional group response header: `AK1*HC*101*005010X222A1~`. */
const onAk1: Handler = (r, tx, seg) => {
  if (tx.sawAk1) return r.unexpected(seg, 'a second AK1 in one 999');
  tx.sawAk1 = true;
  const g = tx.model.groupResponse;
  g.functionalIdentifier = r.d.required(seg, 1, 'AK101');
  g.groupControlNumber = r.d.required(seg, 2, 'AK102');
  g.version = r.d.text(seg, 3);
};

/** AK2 — transaction set response header, opens loop 2000: `AK2*837*0001*005010X222A1~`. */
const onAk2: Handler = (r, tx, seg) => {
  r.closeResponse(tx);
  if (!tx.sawAk1 && tx.model.transactionResponses.length === 0) r.d.report(AckCode.MISSING_SEGMENT, 'AK2 before any AK1', seg);
  const response: TransactionResponse = {
    transactionSetId: r.d.required(seg, 1, 'AK201'),
    controlNumber: r.d.required(seg, 2, 'AK202'),
    implementationGuide: r.d.text(seg, 3),
    ackCode: null,
    ackDescription: null,
    errorCodes: [],
    segmentErrors: [],
  };
  tx.model.transactionResponses.push(response);
  tx.response = response;
  tx.responseIndex = seg.index;
  tx.sawIk5 = false;
};

/** IK3 — segment error, opens loop 2100: `IK3*SV1*28*2400*8~`. */
const onIk3: Handler = (r, tx, seg) => {
  tx.elementError = undefined;
  tx.segmentError = undefined;
  if (tx.response === undefined || tx.sawIk5) return r.unexpected(seg, 'IK3 outside an AK2 loop');
  const errorCode = r.d.text(seg, 4);
  const error: SegmentError = {
    segmentId: r.d.required(seg, 1, 'IK301'),
    position: r.d.integer(seg, seg.element(2), 'IK302'),
    loopId: r.d.text(seg, 3),
    errorCode,
    description: r.d.describe(seg, IK304, errorCode, 'IK304'),
    context: [],
    elementErrors: [],
  };
  if (error.position === null && seg.element(2) === '') r.d.report(AckCode.MISSING_VALUE, 'IK302 is empty in IK3', seg);
  tx.response.segmentErrors.push(error);
  tx.segmentError = error;
};

/** IK4 — element error, opens loop 2110: `IK4*3*355*7*XX~` (IK401 may be `3:1:2`). */
const onIk4: Handler = (r, tx, seg) => {
  tx.elementError = undefined;
  if (tx.segmentError === undefined) return r.unexpected(seg, 'IK4 outside an IK3 loop');
  // In element order, so that the diagnostics of one IK4 read left to right.
  const positionText = seg.component(1, 1);
  if (positionText === '') r.d.report(AckCode.MISSING_VALUE, 'IK401-1 is empty in IK4', seg);
  const position = r.d.integer(seg, positionText, 'IK401-1');
  const component = r.d.integer(seg, seg.component(1, 2), 'IK401-2');
  const repeat = r.d.integer(seg, seg.component(1, 3), 'IK401-3');
  const errorCode = r.d.required(seg, 3, 'IK403');
  const error: ElementError = {
    position,
    component,
    repeat,
    reference: r.d.text(seg, 2),
    errorCode,
    description: r.d.describe(seg, IK403, errorCode, 'IK403'),
    badData: r.d.text(seg, 4),
    context: [],
  };
  tx.segmentError.elementErrors.push(error);
  tx.elementError = error;
};

/** CTX — context, after IK3 (segment context) or IK4 (element context): `CTX*CLM01:PCN1001~`. */
const onCtx: Handler = (r, tx, seg) => {
  const owner = tx.elementError ?? tx.segmentError;
  if (owner === undefined) return r.unexpected(seg, 'CTX outside an IK3 or IK4 loop');
  const name = seg.component(1, 1);
  if (name === '') r.d.report(AckCode.MISSING_VALUE, 'CTX01-1 is empty in CTX', seg);
  const context: ErrorContext = {
    name: name === '' ? null : name,
    reference: orNull(seg.component(1, 2)),
    segmentId: r.d.text(seg, 2),
    segmentPosition: r.d.integer(seg, seg.element(3), 'CTX03'),
    loopId: r.d.text(seg, 4),
    elementPosition: orNull(seg.components(5).join(':')),
    elementReference: orNull(seg.components(6).join(':')),
  };
  owner.context.push(context);
};

/** IK5 — transaction set response trailer, closes loop 2000: `IK5*R*I5~`. */
const onIk5: Handler = (r, tx, seg) => {
  tx.elementError = undefined;
  tx.segmentError = undefined;
  const response = tx.response;
  if (response === undefined || tx.sawIk5) return r.unexpected(seg, 'IK5 without an open AK2 loop');
  tx.sawIk5 = true;
  response.ackCode = r.d.required(seg, 1, 'IK501');
  response.ackDescription = r.d.describe(seg, IK501, response.ackCode, 'IK501');
  response.errorCodes = r.codes(seg, 2, 6, IK502, 'IK50');
};

/** AK9 — functional group response trailer: `AK9*R*1*1*0~`. */
const onAk9: Handler = (r, tx, seg) => {
  r.closeResponse(tx);
  if (tx.sawAk9) return r.unexpected(seg, 'a second AK9 in one 999');
  tx.sawAk9 = true;
  const g = tx.model.groupResponse;
  g.ackCode = r.d.required(seg, 1, 'AK901');
  g.ackDescription = r.d.describe(seg, AK901, g.ackCode, 'AK901');
  g.includedCount = r.d.integer(seg, r.d.required(seg, 2, 'AK902') ?? '', 'AK902');
  g.receivedCount = r.d.integer(seg, r.d.required(seg, 3, 'AK903') ?? '', 'AK903');
  g.acceptedCount = r.d.integer(seg, r.d.required(seg, 4, 'AK904') ?? '', 'AK904');
  g.errorCodes = r.codes(seg, 5, 9, AK905, 'AK90');
};

/** Body segments of a 999 (acks.md §2), by segment ID. */
const BODY: Readonly<Record<string, Handler>> = {
  AK1: onAk1,
  AK2: onAk2,
  IK3: onIk3,
  CTX: onCtx,
  IK4: onIk4,
  IK5: onIk5,
  AK9: onAk9,
};

function orNull(v: string): string | null {
  return v === '' ? null : v;
}

/** Push every segment in order, then `end()`. */
export class Ack999Reader extends AckTransactionReader<Open999> {
  readonly transactions: Ack999Transaction[] = [];

  protected body(tx: Open999, seg: Segment): void {
    const handler = BODY[seg.id];
    if (handler) handler(this, tx, seg);
    else this.unexpected(seg, `${seg.id} is not a segment of the 999`);
  }

  /** Close loop 2000, reporting a missing IK5. */
  closeResponse(tx: Open999): void {
    if (tx.response !== undefined && !tx.sawIk5) {
      this.d.report(AckCode.MISSING_SEGMENT, `AK2 ${tx.response.controlNumber ?? ''} has no IK5`, tx.responseIndex);
    }
    tx.response = undefined;
    tx.segmentError = undefined;
    tx.elementError = undefined;
  }

  /** Error codes in elements from..to, each checked against its table. */
  codes(seg: Segment, from: number, to: number, table: Readonly<Record<string, string>>, prefix: string): string[] {
    const out: string[] = [];
    for (let n = from; n <= to; n++) {
      const c = seg.element(n);
      if (c === '') continue;
      this.d.describe(seg, table, c, `${prefix}${n}`);
      out.push(c);
    }
    return out;
  }

  protected open(seg: Segment): Open999 | undefined {
    if (seg.element(1) !== '999') {
      this.d.report(AckCode.UNSUPPORTED_TRANSACTION, `transaction set ${JSON.stringify(seg.element(1))} is not a 999; skipped`, seg);
      return undefined;
    }
    const guide = seg.element(3) || this.groupVersion;
    if (!ACCEPTED_999_GUIDES.has(guide)) {
      this.d.report(AckCode.UNSUPPORTED_VERSION, `999 labelled ${JSON.stringify(guide)}, not 005010X231A1; read anyway`, seg);
    }
    const model: Ack999Transaction = {
      controlNumber: seg.element(2),
      groupResponse: {
        functionalIdentifier: null,
        groupControlNumber: null,
        version: null,
        ackCode: null,
        ackDescription: null,
        errorCodes: [],
        includedCount: null,
        receivedCount: null,
        acceptedCount: null,
      },
      transactionResponses: [],
    };
    this.transactions.push(model);
    return new Open999(model, seg.index);
  }

  protected finish(tx: Open999): void {
    this.closeResponse(tx);
    if (!tx.sawAk1) this.d.report(AckCode.MISSING_SEGMENT, `999 ${tx.model.controlNumber} has no AK1`, tx.segmentIndex);
    if (!tx.sawAk9) this.d.report(AckCode.MISSING_SEGMENT, `999 ${tx.model.controlNumber} has no AK9`, tx.segmentIndex);
  }
}

/** Read a whole 999 file. Throws an AcknowledgmentError when the input is not X12 or holds no 999. */
export function read999(input: string | Uint8Array): Ack999Document {
  const { segments, diagnostics } = tokenizeAck(input);
  return read999Segments(segments, diagnostics);
}

/** The same, over segments already tokenized (`carried`: their lexical and envelope diagnostics). */
export function read999Segments(segments: readonly Segment[], carried: readonly AckDiagnostic[] = []): Ack999Document {
  const reader = new Ack999Reader();
  for (const seg of segments) reader.push(seg);
  reader.end();
  if (reader.transactions.length === 0) noneOf('999', segments);
  return {
    type: '999',
    interchangeAcknowledgments: reader.interchangeAcknowledgments,
    transactions: reader.transactions,
    diagnostics: mergeDiagnostics(carried, reader.d.list),
  };
}
