// The 835 remittance reader (005010X221A1): streaming events with memory bounded by the largest
// claim, the whole JSON model for small files, balancing per 835-structure §7, coded diagnostics.

export {
  ClaimAdjustmentGroupCode,
  ClaimStatusCode,
  CreditDebitFlagCode,
  IMPLEMENTATION_GUIDE_835,
  PaymentMethodCode,
  TransactionHandlingCode,
  isClaimAdjustmentGroupCode,
  isClaimStatusCode,
} from './codes';
export {
  BALANCE_CODES,
  Remittance835Code,
  Remittance835Error,
  type Remittance835Diagnostic,
  type Remittance835DiagnosticCode,
} from './diagnostics';
export type {
  Adjustment,
  Amount,
  ClaimEvent,
  ClaimPayment,
  IsoDate,
  Patient,
  Payee,
  Payer,
  Payment,
  Procedure,
  ProviderAdjustment,
  Remittance835Document,
  Remittance835Event,
  Remittance835Transaction,
  ServicePayment,
  TransactionEndEvent,
  TransactionHeader,
  TransactionStartEvent,
} from './model';
export { Loop, Remittance835Reader, type Remittance835ReaderOptions } from './reader';
export {
  Remittance835DocumentBuilder,
  read835,
  read835Batches,
  read835Events,
  read835FromStream,
  type Read835Options,
  type Read835StreamOptions,
} from './read-835';
export { Remittance835JsonWriter, type Remittance835JsonWriterOptions } from './json-writer';
export { Sha256, sha256Hex } from './sha256';
export {
  claimPaidCents,
  patientResponsibilityCents,
  paymentCents,
  servicePaidCents,
  write835,
  type AdjustmentWrite,
  type ClaimPaymentWrite,
  type ProviderAdjustmentWrite,
  type Remittance835Write,
  type ServicePaymentWrite,
  type Write835Input,
} from './write-835';
