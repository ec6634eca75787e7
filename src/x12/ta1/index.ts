// The TA1 interchange acknowledgment reader (acks.md §1): model, note-code table, reader.

export { TA104, TA105 } from './codes';
export type { Ta1Acknowledgment, Ta1Document } from './model';
export { readTa1, readTa1Segment, readTa1Segments } from './reader';
export { writeTa1, type Ta1Write, type WriteTa1Input } from './write-ta1';
