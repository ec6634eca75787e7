// The 999 implementation acknowledgment reader (005010X231A1, acks.md §2): model, code tables named
// after their elements, reader.

export { ACCEPTED_999_GUIDES, AK901, AK905, IK304, IK403, IK501, IK502, IMPLEMENTATION_GUIDE_999 } from './codes';
export type { Ack999Document, Ack999Transaction, ElementError, ErrorContext, GroupResponse, SegmentError, TransactionResponse } from './model';
export { Ack999Reader, read999, read999Segments } from './reader';
export { ik501Of, write999, type Ack999Write, type BusinessUnitWrite, type ElementErrorWrite, type SegmentErrorWrite, type TransactionResponseWrite, type Write999Input } from './write-999';
