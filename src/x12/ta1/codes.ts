// Code sets of the TA1 interchange acknowledgment, each named after the element that carries it
// (acks.md §1). Unknown values are reported and kept.

/** TA104 — interchange acknowledgment code. */
export const TA104 = {
  A: 'Accepted, no errors',
  E: 'Accepted, errors noted in TA105',
  R: 'Rejected',
} as const satisfies Record<string, string>;

/** TA105 — interchange note code (acks.md §1, paraphrased). */
export const TA105: Readonly<Record<string, string>> = {
  '000': 'No error',
  '001': 'ISA13 and IEA02 differ',
  '002': 'Standard named by the control standards identifier not supported',
  '003': 'Version of the controls (ISA12) not supported',
  '004': 'Segment terminator invalid',
  '005': 'Interchange sender ID qualifier invalid',
  '006': 'Interchange sender ID invalid',
  '007': 'Interchange receiver ID qualifier invalid',
  '008': 'Interchange receiver ID invalid',
  '009': 'Interchange receiver ID unknown to this receiver',
  '010': 'Authorization information qualifier invalid',
  '011': 'Authorization information value invalid',
  '012': 'Security information qualifier invalid',
  '013': 'Security information value invalid',
  '014': 'Interchange date (ISA09) invalid',
  '015': 'Interchange time (ISA10) invalid',
  '016': 'Interchange standards identifier invalid',
  '017': 'Interchange version ID (ISA12) invalid',
  '018': 'Interchange control number (ISA13) invalid',
  '019': 'Acknowledgment requested (ISA14) invalid',
  '020': 'Test indicator (ISA15) invalid',
  '021': 'Number of included groups (IEA01) wrong',
  '022': 'Control structure invalid',
  '023': 'Improper (premature) end of file',
  '024': 'Invalid interchange content',
  '025': 'Duplicate interchange control number',
  '026': 'Data element separator invalid',
  '027': 'Component element separator invalid',
  '028': 'Invalid delivery date in deferred delivery request',
  '029': 'Invalid delivery time in deferred delivery request',
  '030': 'Invalid delivery time code in deferred delivery request',
  '031': 'Invalid grade of service code',
};
