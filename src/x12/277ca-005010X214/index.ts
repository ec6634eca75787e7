// The 277CA claim acknowledgment reader (005010X214, acks.md §3): model, code tables named after
// their elements, reader, and the accepted/rejected rule.

export { ACCEPTING_CATEGORIES, IMPLEMENTATION_GUIDE_277CA, REJECTING_CATEGORIES, STC01_1, STC01_2, STC03 } from './codes';
export type {
  Ack277CADocument,
  Ack277CATransaction,
  BillingProvider,
  ClaimAcknowledgment,
  InformationReceiver,
  InformationSource,
  LevelTotals,
  Patient as AckPatient,
  ServiceLineAcknowledgment,
  StatusCode,
  StatusInfo,
} from './model';
export { Ack277CAReader, HlLevel, isAccepted, read277CA, read277CASegments } from './reader';
export { claimAccepted, write277CA, type Ack277CAWrite, type ClaimStatusWrite, type ProviderStatusWrite, type StatusWrite, type Write277CAInput } from './write-277ca';
