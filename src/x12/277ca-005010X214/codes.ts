// Code sets of the 277CA (005010X214) that the reader interprets, each named after the element
// that carries it (acks.md §3). The category list is closed and reported when unknown; the status
// list (code source 508) is long and open, so only the codes the gateway acts on are described.

/** GS08/ST03 of a 277CA functional group. */
export const IMPLEMENTATION_GUIDE_277CA = '005010X214';

/** STC01-1 (and STC10-1, STC11-1) — health care claim status category code. */
export const STC01_1: Readonly<Record<string, string>> = {
  A0: 'Acknowledgement/Forwarded: the claim was forwarded to another entity',
  A1: 'Acknowledgement/Receipt: received, not yet accepted for adjudication',
  A2: 'Acknowledgement/Acceptance into adjudication system',
  A3: 'Acknowledgement/Returned as unprocessable claim',
  A4: 'Acknowledgement/Not Found',
  A5: 'Acknowledgement/Split Claim',
  A6: 'Acknowledgement/Rejected for Missing Information',
  A7: 'Acknowledgement/Rejected for Invalid Information',
  A8: 'Acknowledgement/Rejected for relational field in error',
  D0: 'Data Search Unsuccessful',
  E0: 'Response not possible - error on submitted request data',
  E1: 'Response not possible - system status',
  E2: 'Information Holder is not responding',
  E3: 'Correction required - relational fields in error',
  E4: 'Trading partner agreement specific requirement not met: data correction required',
  F0: 'Finalized',
  F1: 'Finalized/Payment',
  F2: 'Finalized/Denial',
  F3: 'Finalized/Revised',
  F4: 'Finalized/Adjudication Complete - No payment forthcoming',
  P0: 'Pending: Adjudication/Details',
  P1: 'Pending/In Process',
  P2: 'Pending/Payer Review',
  P3: 'Pending/Provider Requested Information',
  P4: 'Pending/Patient Requested Information',
  P5: 'Pending/Payer Administrative/System hold',
};

/** Categories that mean the claim entered (or is on its way into) adjudication (acks.md §3). */
export const ACCEPTING_CATEGORIES: ReadonlySet<string> = new Set(['A0', 'A1', 'A2', 'A5']);
/** Categories that mean the claim was rejected at the front end (acks.md §3). */
export const REJECTING_CATEGORIES: ReadonlySet<string> = new Set(['A3', 'A4', 'A6', 'A7', 'A8']);

/** STC01-2 — health care claim status code: the ones acks.md names (the full list is open). */
export const STC01_2: Readonly<Record<string, string>> = {
  '19': 'Entity acknowledges receipt of claim/encounter',
  '20': 'Accepted for processing',
  '21': 'Missing or invalid information',
  '562': "Entity's National Provider Identifier (NPI)",
};

/** STC03 — action code. */
export const STC03 = {
  Accept: 'WQ',
  Reject: 'U',
} as const;
