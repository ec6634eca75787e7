// The sandbox clearinghouse's deterministic rules: which claims its front end rejects (277CA),
// and how its imaginary payers adjudicate the others (835) — a small fee schedule, contractual
// write-off, deductible/coinsurance/copay, denials, interest and reversals. Pure functions of the
// claim (and the 837's ISA13 for claim numbers), in integer cents, so every rerun gives the same
// files. The rules are listed in edi-samples/sandbox/README.md; keep the two in step.

import { servicePaidCents, type AdjustmentWrite, type ClaimPaymentWrite, type ServicePaymentWrite, type StatusWrite } from '../../x12';

/** One 837 service line as the sandbox sees it. */
export interface SandboxLine {
  /** SV101-1 / SV202-1 (`HC`, …); `AD` on dental lines; absent on revenue-code-only lines. */
  procedureQualifier?: string;
  procedureCode?: string;
  modifiers: string[];
  /** SV201 (institutional). */
  revenueCode?: string;
  chargeCents: number;
  /** SV104 / SV205 / SV306 as a decimal string. */
  units?: string;
  /** DTP*472 `CCYYMMDD` (from, to). */
  serviceDate?: string;
  serviceDateEnd?: string;
  /** REF*6R. */
  lineItemControlNumber?: string;
}

/** One 837 claim as the sandbox sees it (built from read837's claim document). */
export interface SandboxClaim {
  kind: 'professional' | 'institutional' | 'dental';
  /** CLM01. */
  patientControlNumber: string;
  /** CLM02 in cents. */
  chargeCents: number;
  /** 2010BB NM109 and NM103. */
  payerId: string;
  payerName: string;
  payerAddress?: { line1: string; city: string; state: string; postalCode: string };
  /** 2010BA NM109. */
  memberId: string;
  /** The patient (2010CA when present, else 2010BA). */
  patient: { lastName: string; firstName?: string };
  /** 2010AA: an organization (`name`) or a person (`name` = last name, `firstName`). */
  billingProvider: { name: string; firstName?: string; npi: string };
  /** SBR01: P, S, T, … */
  responsibility: string;
  /** SBR09. */
  filingCode?: string;
  /** CLM05-1 and CLM05-3. */
  facilityCode: string;
  frequencyCode: string;
  /** 2300 REF*F8: the payer claim number a replacement (7) or void (8) refers to. */
  originalReference?: string;
  /** 837I statement period (DTP*434), `CCYYMMDD`. */
  statementFrom?: string;
  statementTo?: string;
  /** 837D CLM19 PB: a predetermination of benefits — priced, never paid (CLP02 25). */
  predetermination?: boolean;
  lines: SandboxLine[];
}

// ---- 277CA front-end edits ------------------------------------------------------------------

/** Payer IDs the sandbox accepts when no list is configured: any not starting with UNKNOWN. */
export const UNKNOWN_PAYER_PREFIX = 'UNKNOWN';
/** Member IDs the sandbox's payers never heard of. */
export const REJECTED_MEMBER_PREFIX = 'REJ';

/** The STC of a claim the front end accepts: A2 accepted into adjudication, 20 accepted for processing. */
export const ACCEPTED_STATUS: StatusWrite = { categoryCode: 'A2', statusCode: '20', action: 'WQ' };

export interface FrontEndOptions {
  /** When given, only these payer IDs are known (plus none else); otherwise every ID not starting with UNKNOWN. */
  knownPayerIds?: readonly string[];
}

/**
 * The claim-level status of the 277CA: the first failing edit rejects (STC03 U), else accepted.
 * A3:116:PR — claim submitted to the incorrect payer (unknown payer ID);
 * A7:164:IL — entity's contract/member number (member ID starting with REJ).
 */
export function frontEndStatus(claim: SandboxClaim, options: FrontEndOptions = {}): StatusWrite {
  const known = options.knownPayerIds ? options.knownPayerIds.includes(claim.payerId) : !claim.payerId.toUpperCase().startsWith(UNKNOWN_PAYER_PREFIX);
  if (!known) return { categoryCode: 'A3', statusCode: '116', entityCode: 'PR', action: 'U', message: 'PAYER ID NOT KNOWN TO THE SANDBOX' };
  if (claim.memberId.toUpperCase().startsWith(REJECTED_MEMBER_PREFIX)) {
    return { categoryCode: 'A7', statusCode: '164', entityCode: 'IL', action: 'U', message: 'MEMBER ID NOT FOUND' };
  }
  return ACCEPTED_STATUS;
}

/** REF*1K of the 277CA and CLP07 of the 835: `SBX` + the 837's ISA13 (9 digits) + the claim's ordinal in the file (4 digits, from 1). */
export function payerClaimControlNumber(isa13: string, claimOrdinal: number): string {
  return `SBX${isa13.padStart(9, '0')}${String(claimOrdinal + 1).padStart(4, '0')}`;
}

// ---- 835 adjudication -----------------------------------------------------------------------

/** Allowed amount per unit, in cents, by procedure code. Codes not listed are allowed at 80% of the charge. */
export const FEE_SCHEDULE: Readonly<Record<string, number>> = {
  '99203': 11000,
  '99204': 16500,
  '99212': 5500,
  '99213': 9000,
  '99214': 13000,
  '99284': 26000,
  '99392': 11500,
  '90460': 2400,
  '93000': 1700,
  '36415': 300,
  '80053': 1450,
  '81002': 350,
  '83036': 1300,
  '85025': 1100,
  '73562': 4500,
  '73610': 3500,
  '45378': 42000,
  '29881': 95000,
  A0427: 48000,
  A0425: 900,
  D0220: 2500,
  D2392: 15000,
  D2740: 95000,
};
/** Share of the charge allowed when the procedure is not in the fee schedule (percent). */
export const DEFAULT_ALLOWED_PERCENT = 80;

/** Procedures the sandbox payers deny, with the CARC (group CO) and the RARC (LQ*HE). */
export const DENIED_PROCEDURES: Readonly<Record<string, { carc: string; remark: string }>> = {
  /** Therapeutic exercise: not medically necessary. */
  '97110': { carc: '50', remark: 'N115' },
  /** Behavioural assessment: bundled into the visit. */
  '96127': { carc: '97', remark: 'M15' },
};
/** Member IDs starting with this belong to coverage that has ended: the whole claim is denied CO-27 (CLP02 4). */
export const TERMINATED_MEMBER_PREFIX = 'TERM';

/** Office-visit E/M codes (99201–99499) carry the copay. */
export const COPAY_CENTS = 2500;
/** A member ID whose last character is an odd digit has this much deductible left (applied to the claim's lines in order). */
export const DEDUCTIBLE_CENTS = 5000;
/** Coinsurance share of what remains after copay and deductible, on lines without a copay (percent). */
export const COINSURANCE_PERCENT = 20;
/** Claims paid at or above this total get interest: a PLB L6 of 1% of the claim payment (rounded, added to the payment). */
export const INTEREST_THRESHOLD_CENTS = 100000;
export const INTEREST_PERCENT = 1;
/** The original payment a reversal takes back: every line paid this share of its charge, the rest CO-45, no patient responsibility. */
export const ORIGINAL_ALLOWED_PERCENT = 40;

/** `value × percent / 100` in integer cents, rounded half up. */
export function percentOf(cents: number, percent: number): number {
  return Math.floor((cents * percent + 50) / 100);
}

function isOfficeVisit(code: string | undefined): boolean {
  if (code === undefined || !/^99[2-4]\d\d$/.test(code)) return false;
  const n = Number(code);
  return n >= 99201 && n <= 99499;
}

/** CLP06 from SBR09: the 835 list lacks some 837 codes (835-structure §3). */
const FILING_835: ReadonlySet<string> = new Set(['12', '13', '14', '15', '16', '17', 'AM', 'CH', 'DS', 'HM', 'LM', 'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ']);
const FILING_837_TO_835: Readonly<Record<string, string>> = { CI: '15', BL: '12', FI: 'OF', '11': 'ZZ' };

export function filingIndicator835(sbr09: string | undefined): string {
  if (sbr09 === undefined || sbr09 === '') return 'ZZ';
  if (FILING_835.has(sbr09)) return sbr09;
  return FILING_837_TO_835[sbr09] ?? 'ZZ';
}

/** CLP02 of a processed claim: 1/2/3 by the payer's responsibility (SBR01 P/S/T). */
function processedStatus(claim: SandboxClaim): string {
  return claim.responsibility === 'S' ? '2' : claim.responsibility === 'T' ? '3' : '1';
}

function svc(line: SandboxLine, adjustments: AdjustmentWrite[], extra: Partial<ServicePaymentWrite> = {}): ServicePaymentWrite {
  const procedure =
    line.procedureCode !== undefined
      ? { qualifier: line.procedureQualifier ?? 'HC', code: line.procedureCode, modifiers: line.modifiers }
      : { qualifier: 'NU', code: line.revenueCode ?? '0001' };
  return {
    procedure,
    chargeCents: line.chargeCents,
    revenueCode: line.procedureCode !== undefined ? line.revenueCode : undefined,
    units: line.units,
    serviceDate: line.serviceDate,
    serviceDateEnd: line.serviceDateEnd,
    lineItemControlNumber: line.lineItemControlNumber,
    adjustments,
    ...extra,
  };
}

function claimHeader(claim: SandboxClaim, status: string, payerClaimNumber: string): Omit<ClaimPaymentWrite, 'services' | 'chargeCents' | 'adjustments'> {
  return {
    patientControlNumber: claim.patientControlNumber,
    status,
    filingIndicator: filingIndicator835(claim.filingCode),
    payerClaimControlNumber: payerClaimNumber,
    facilityCode: claim.facilityCode,
    frequencyCode: claim.frequencyCode,
    patient: { ...claim.patient, memberId: claim.memberId },
    statementFrom: claim.statementFrom,
    statementTo: claim.statementTo,
  };
}

/** Units as thousandths (`"8.5"` → 8500), in integers; absent, zero or unreadable counts as 1. */
function milliUnits(units: string | undefined): number {
  const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(units ?? '');
  if (!m) return 1000;
  const value = Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0'));
  return value > 0 ? value : 1000;
}

/** Allowed cents of one line: the fee schedule × units (never above the charge), else 80% of the charge. */
export function allowedCents(line: SandboxLine): number {
  const fee = line.procedureCode !== undefined ? FEE_SCHEDULE[line.procedureCode] : undefined;
  if (fee === undefined) return percentOf(line.chargeCents, DEFAULT_ALLOWED_PERCENT);
  const scheduled = Math.floor((fee * milliUnits(line.units) + 500) / 1000);
  return Math.min(line.chargeCents, scheduled);
}

/** The adjudication of a claim as it stands (CLP02 1/2/3, or 4 when every line is denied). */
export function adjudicate(claim: SandboxClaim, payerClaimNumber: string): ClaimPaymentWrite {
  if (claim.memberId.toUpperCase().startsWith(TERMINATED_MEMBER_PREFIX)) {
    return {
      ...claimHeader(claim, '4', payerClaimNumber),
      chargeCents: claim.chargeCents,
      adjustments: [],
      services: claim.lines.map((l) => svc(l, [{ group: 'CO', reason: '27', amountCents: l.chargeCents }], { allowedCents: 0 })),
    };
  }
  let deductibleLeft = /[13579]$/.test(claim.memberId) ? DEDUCTIBLE_CENTS : 0;
  let copayTaken = false;
  const services = claim.lines.map((line) => {
    const denial = line.procedureCode !== undefined ? DENIED_PROCEDURES[line.procedureCode] : undefined;
    if (denial) return svc(line, [{ group: 'CO', reason: denial.carc, amountCents: line.chargeCents }], { remarks: [denial.remark] });
    const allowed = allowedCents(line);
    const adjustments: AdjustmentWrite[] = [];
    if (line.chargeCents > allowed) adjustments.push({ group: 'CO', reason: '45', amountCents: line.chargeCents - allowed });
    let remaining = allowed;
    if (!copayTaken && isOfficeVisit(line.procedureCode)) {
      copayTaken = true;
      const copay = Math.min(COPAY_CENTS, remaining);
      remaining -= copay;
      if (copay > 0) adjustments.push({ group: 'PR', reason: '3', amountCents: copay });
    } else {
      const deductible = Math.min(deductibleLeft, remaining);
      deductibleLeft -= deductible;
      remaining -= deductible;
      if (deductible > 0) adjustments.push({ group: 'PR', reason: '1', amountCents: deductible });
      const coinsurance = percentOf(remaining, COINSURANCE_PERCENT);
      if (coinsurance > 0) adjustments.push({ group: 'PR', reason: '2', amountCents: coinsurance });
    }
    return svc(line, adjustments, { allowedCents: allowed });
  });
  const allDenied = claim.lines.every((l) => l.procedureCode !== undefined && DENIED_PROCEDURES[l.procedureCode] !== undefined);
  return { ...claimHeader(claim, allDenied ? '4' : processedStatus(claim), payerClaimNumber), chargeCents: claim.chargeCents, adjustments: [], services };
}

/**
 * The reversal (CLP02 22) of the payment the sandbox pretends it made on the original claim named
 * by REF*F8: each line paid 40% of its charge, the rest CO-45, no patient responsibility;
 * every amount negated (835-structure §8), CLP07 = the original payer claim number.
 */
export function reversalOf(claim: SandboxClaim, originalPayerClaimNumber: string): ClaimPaymentWrite {
  return {
    ...claimHeader(claim, '22', originalPayerClaimNumber),
    frequencyCode: '1',
    chargeCents: -claim.chargeCents,
    adjustments: [],
    services: claim.lines.map((l) => {
      const writeOff = l.chargeCents - percentOf(l.chargeCents, ORIGINAL_ALLOWED_PERCENT);
      const negated = { ...l, chargeCents: -l.chargeCents };
      return svc(negated, writeOff !== 0 ? [{ group: 'CO', reason: '45', amountCents: -writeOff }] : []);
    }),
  };
}

/**
 * The 835 claim payments for one accepted claim, in order:
 * - frequency 7 with REF*F8: the reversal of the original, then the corrected claim (with REF*F8);
 * - frequency 8 with REF*F8: the reversal only (the void takes the original payment back);
 * - a predetermination (837D CLM19): priced only, CLP02 25;
 * - anything else: its adjudication.
 */
export function claimPayments(claim: SandboxClaim, payerClaimNumber: string): ClaimPaymentWrite[] {
  if (claim.predetermination) return [predeterminationOf(adjudicate(claim, payerClaimNumber))];
  const original = claim.originalReference;
  if (original !== undefined && claim.frequencyCode === '8') return [reversalOf(claim, original)];
  if (original !== undefined && claim.frequencyCode === '7') {
    return [reversalOf(claim, original), { ...adjudicate(claim, payerClaimNumber), originalReferenceNumber: original }];
  }
  return [adjudicate(claim, payerClaimNumber)];
}

/** A priced predetermination: CLP02 25, what would be paid moved to OA-101 (anticipated payment), so CLP04 = 0. */
export function predeterminationOf(payment: ClaimPaymentWrite): ClaimPaymentWrite {
  return {
    ...payment,
    status: payment.status === '4' ? '4' : '25',
    services: payment.services.map((s) => {
      const would = servicePaidCents(s);
      return would > 0 ? { ...s, adjustments: [...s.adjustments, { group: 'OA', reason: '101', amountCents: would }] } : s;
    }),
  };
}
