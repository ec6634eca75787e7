// Code sets of the 835 (005010X221A1) that the reader interprets, each named after the element
// that carries it (code-lists.md §10, §11, §14, §15). Unknown values are reported and kept, never
// dropped: payers send codes the lists do not have yet.

/** CLP02 — claim status code (code-lists.md §10). */
export const ClaimStatusCode = {
  ProcessedAsPrimary: '1',
  ProcessedAsSecondary: '2',
  ProcessedAsTertiary: '3',
  Denied: '4',
  ProcessedAsPrimaryForwarded: '19',
  ProcessedAsSecondaryForwarded: '20',
  ProcessedAsTertiaryForwarded: '21',
  /** Reversal of a previous payment: every amount carries the opposite sign (835-structure §8). */
  Reversal: '22',
  NotOurClaimForwarded: '23',
  PredeterminationPricingOnly: '25',
} as const;
export type ClaimStatusCode = (typeof ClaimStatusCode)[keyof typeof ClaimStatusCode];

/** CAS01 — claim adjustment group code (code-lists.md §11). */
export const ClaimAdjustmentGroupCode = {
  ContractualObligation: 'CO',
  OtherAdjustment: 'OA',
  PayerInitiatedReduction: 'PI',
  PatientResponsibility: 'PR',
  /** Corrections and reversals: 4010 only, retired in 5010; still accepted when reading. */
  CorrectionsAndReversals: 'CR',
} as const;
export type ClaimAdjustmentGroupCode = (typeof ClaimAdjustmentGroupCode)[keyof typeof ClaimAdjustmentGroupCode];

/** BPR01 — transaction handling code (835-structure §2). */
export const TransactionHandlingCode = {
  PaymentWithRemittance: 'C',
  PaymentOnly: 'D',
  NotificationOnly: 'H',
  RemittanceOnly: 'I',
  Prenotification: 'P',
  SplitPaymentAndRemittance: 'U',
  HandlingPartyOption: 'X',
} as const;
export type TransactionHandlingCode = (typeof TransactionHandlingCode)[keyof typeof TransactionHandlingCode];

/** BPR03 — credit/debit flag. */
export const CreditDebitFlagCode = { Credit: 'C', Debit: 'D' } as const;
export type CreditDebitFlagCode = (typeof CreditDebitFlagCode)[keyof typeof CreditDebitFlagCode];

/** BPR04 — payment method code. */
export const PaymentMethodCode = {
  AutomatedClearingHouse: 'ACH',
  FinancialInstitutionOption: 'BOP',
  Check: 'CHK',
  FederalReserveWire: 'FWT',
  NonPayment: 'NON',
} as const;
export type PaymentMethodCode = (typeof PaymentMethodCode)[keyof typeof PaymentMethodCode];

/** GS08 of an 835 functional group. */
export const IMPLEMENTATION_GUIDE_835 = '005010X221A1';

// Switches rather than Set lookups: these run once per claim and per CAS segment, and comparing
// a short string is cheaper than hashing it.

export function isClaimStatusCode(value: string): value is ClaimStatusCode {
  switch (value) {
    case '1':
    case '2':
    case '3':
    case '4':
    case '19':
    case '20':
    case '21':
    case '22':
    case '23':
    case '25':
      return true;
    default:
      return false;
  }
}

export function isClaimAdjustmentGroupCode(value: string): value is ClaimAdjustmentGroupCode {
  switch (value) {
    case 'CO':
    case 'PR':
    case 'OA':
    case 'PI':
    case 'CR':
      return true;
    default:
      return false;
  }
}
