// Acknowledgments we receive after sending an 837 (acks.md): TA1, 999 (005010X231A1) and 277CA
// (005010X214) readers, their JSON models and coded diagnostics, and `readAcknowledgment`, which
// picks the reader by content.

export { AckCode, AcknowledgmentError, type AckDiagnostic, type AckDiagnosticCode } from './diagnostics';
export { readAcknowledgment, type AcknowledgmentDocument, type AcknowledgmentType } from './read-ack';
export * from '../ta1/index';
export * from '../999-005010X231A1/index';
export * from '../277ca-005010X214/index';
