// What a kind-specific 837 writer (P, I, D) provides to the shared transaction writer, and the
// transaction header it writes for all three: BHT, 1000A submitter, 1000B receiver.

import { X12Error, X12ErrorCode } from '../core/errors';
import type { ClaimKind, ContactInformation, Dependent } from '../claim-json/claim-document';
import { BHT01_STRUCTURE, BHT02_PURPOSE_ORIGINAL, NM101_ENTITY_IDENTIFIER, NM108_ID_QUALIFIER } from './codes';
import { contact, FULL_CONTACT, nm1, type PartyName } from './segments';
import type { Sink } from './sink';

/** Fields every claim document kind has, used by the shared writer. */
export interface ClaimDocumentBase {
  usageIndicator: 'P' | 'T';
  claimIdentifier: string;
  dependent?: Dependent;
}

/** The 1000A submitter a claim proposes (name and contact; the ID always comes from the parties). */
export interface SubmitterView {
  name: PartyName;
  contact?: ContactInformation;
}

/**
 * One 837 implementation guide. The shared writer groups claims by what `loop2000A` and
 * `loop2000B`/`loop2000C` write, numbers the HL segments, and calls `loop2300` per claim.
 */
export interface ClaimTransactionWriter<D extends ClaimDocumentBase> {
  readonly kind: ClaimKind;
  /** GS08 and ST03, e.g. `005010X222A1`. */
  readonly version: string;
  /** CLM01. */
  patientControlNumber(doc: D): string;
  /** The claim's own 1000A submitter, if it has one. */
  submitter(doc: D): SubmitterView | undefined;
  /** 2000A after the HL: PRV, 2010AA, 2010AB, 2010AC. */
  loop2000A(sink: Sink, doc: D): void;
  /**
   * Every input `loop2000A` reads: claims with equal inputs (as JSON) get the same 2000A without
   * writing it again — billing providers repeat across a batch, so this is the hot path's cache.
   */
  loop2000AInputs(doc: D): readonly unknown[];
  /** 2000B after the HL: SBR, PAT, 2010BA, 2010BB. `doc.dependent` decides SBR02. */
  loop2000B(sink: Sink, doc: D): void;
  /** 2000C after the HL: PAT, 2010CA (only called when the claim has a dependent). */
  loop2000C(sink: Sink, doc: D, dependent: Dependent): void;
  /** 2300 and every loop under it. */
  loop2300(sink: Sink, doc: D): void;
}

/** The 1000A/1000B parties of the interchange (the public InterchangeParties, narrowed). */
export interface HeaderParties {
  submitter: { name: string; id: string; contactName?: string; phone?: string; email?: string };
  receiver: { name: string; id: string };
}

/**
 * BHT, 1000A, 1000B, e.g.
 * `BHT*0019*00*0001*20240315*1200*CH~NM1*41*2*GOOD HEALTH BILLING*****46*SUBMITTER01~PER*IC*JANE CLERK*TE*5555551234~NM1*40*2*ACME HEALTH PLAN*****46*RECEIVER01~`
 *
 * 1000A takes the name and contact the claims propose when they all propose the same one, else
 * the parties' submitter; NM109 is always the parties' submitter ID (the ETIN the receiver
 * assigned to us, whatever the claim JSON says).
 */
export function writeHeader(
  sink: Sink,
  h: { st02: string; date: string; time: string; claimIdentifier: string; claimSubmitter: SubmitterView | undefined; parties: HeaderParties },
): void {
  sink.enter('header', '');
  sink.segment('BHT', [BHT01_STRUCTURE, BHT02_PURPOSE_ORIGINAL, h.st02, h.date, h.time, h.claimIdentifier]);

  sink.enter('1000A', 'submitter');
  const p = h.parties.submitter;
  const claimSubmitter = h.claimSubmitter;
  const name: PartyName = claimSubmitter?.name ?? { organizationName: p.name };
  nm1(sink, NM101_ENTITY_IDENTIFIER.submitter, name, 'either', NM108_ID_QUALIFIER.etin, p.id);
  const partiesContact: ContactInformation = { name: p.contactName, phoneNumber: p.phone, email: p.email };
  const written = contact(sink, claimSubmitter?.contact ?? partiesContact, FULL_CONTACT) || (claimSubmitter?.contact !== undefined && contact(sink, partiesContact, FULL_CONTACT));
  if (!written) {
    throw new X12Error(X12ErrorCode.MISSING_VALUE, 'PER04 (submitter phone, fax or e-mail) is required in 1000A', { segmentId: 'PER', element: 4 });
  }

  sink.enter('1000B', 'receiver');
  nm1(sink, NM101_ENTITY_IDENTIFIER.receiver, { organizationName: h.parties.receiver.name }, 'nonPerson', NM108_ID_QUALIFIER.etin, h.parties.receiver.id);
}
