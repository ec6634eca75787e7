// Control number edits: the patient control number (CLM01) and the line item control numbers
// (2400 REF*6R) are the keys that 277CA and 835 responses are matched back on, so they must fit
// what payers keep (CLM01 ≤ 20, REF*6R ≤ 30) and each line's must be unique within the claim.
import { serviceLines } from './claim-view';
import { ALL_KINDS, reporter, type ScrubFinding, type ScrubRule } from './scrub-rule';

export const MAX_PATIENT_CONTROL_NUMBER = 20;
export const MAX_LINE_CONTROL_NUMBER = 30;

const pcn = reporter('PCN_TOO_LONG');
export const patientControlNumberRule: ScrubRule = {
  code: 'PCN_TOO_LONG',
  description: `The patient control number (CLM01) is at most ${MAX_PATIENT_CONTROL_NUMBER} characters`,
  kinds: ALL_KINDS,
  check(doc) {
    const value = (doc.claimInformation as { patientControlNumber?: string } | undefined)?.patientControlNumber;
    return typeof value === 'string' && value.length > MAX_PATIENT_CONTROL_NUMBER
      ? [pcn.error('claimInformation.patientControlNumber', `at most ${MAX_PATIENT_CONTROL_NUMBER} characters: payers truncate longer ones and the 835 would no longer match`, '2300 CLM01')]
      : [];
  },
};

const lineLength = reporter('LINE_CONTROL_NUMBER_TOO_LONG');
export const lineControlNumberLengthRule: ScrubRule = {
  code: 'LINE_CONTROL_NUMBER_TOO_LONG',
  description: `Line item control numbers (REF*6R) are at most ${MAX_LINE_CONTROL_NUMBER} characters`,
  kinds: ALL_KINDS,
  check(doc, ctx) {
    return serviceLines(ctx.kind, doc)
      .filter((line) => typeof line.controlNumber === 'string' && line.controlNumber.length > MAX_LINE_CONTROL_NUMBER)
      .map((line) => lineLength.error(`${line.path}.${line.controlNumberField}`, `at most ${MAX_LINE_CONTROL_NUMBER} characters`, '2400 REF02 (REF01=6R)'));
  },
};

const lineUnique = reporter('LINE_CONTROL_NUMBER_DUPLICATE');
export const lineControlNumberUniqueRule: ScrubRule = {
  code: 'LINE_CONTROL_NUMBER_DUPLICATE',
  description: 'Line item control numbers (REF*6R) are unique within the claim',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    const firstLine = new Map<string, number>();
    const findings: ScrubFinding[] = [];
    for (const line of serviceLines(ctx.kind, doc)) {
      if (typeof line.controlNumber !== 'string' || line.controlNumber === '') continue;
      const first = firstLine.get(line.controlNumber);
      if (first === undefined) firstLine.set(line.controlNumber, line.index);
      else findings.push(lineUnique.error(`${line.path}.${line.controlNumberField}`, `repeats the line item control number of serviceLines[${first}]; each line needs its own`, '2400 REF02 (REF01=6R)'));
    }
    return findings;
  },
};
