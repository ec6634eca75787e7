// runSandboxClearinghouse on edi-samples/837 files: the response envelopes (parties swapped,
// control numbers from the 837's ISA13, dates from the clock), the TA1 rules, 999 envelope errors,
// and the input it refuses. The sample-wide behaviour is in test/x12/sandbox-clearinghouse.spec.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readAcknowledgment, type Ack999Document, type Ta1Document } from '../../x12';
import { SandboxInputError, responseControlNumber, runSandboxClearinghouse } from './sandbox-clearinghouse';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'edi-samples/837/837p-office-visit-one-line.x12'), 'utf8');
const clock = (): Date => new Date('2025-04-02T09:30:00Z');
const withTa1 = (text: string): string => text.replace(/^(ISA(?:\*[^*]*){13}\*)0\*/, '$11*');

describe('runSandboxClearinghouse', () => {
  it('answers from the 837 receiver to its sender, numbered from its ISA13, dated by the clock', () => {
    const files = runSandboxClearinghouse(SAMPLE, { clock });
    expect(files.map((f) => f.name)).toEqual(['000000001.999', '000000001.277', '000000001-99999.835']);
    for (const [i, f] of files.entries()) {
      const slot = [1, 2, 10][i];
      const isa13 = String(responseControlNumber('000000001', slot)).padStart(9, '0');
      expect(f.content.startsWith(`ISA*00*          *00*          *ZZ*SANDBOXCH      *ZZ*X12GWSANDBOX   *250402*0930*^*00501*${isa13}*0*T*:~`)).toBe(true);
      expect(f.content).toContain(`GS*${['FA', 'HN', 'HP'][i]}*SANDBOXCH*X12GWSANDBOX*20250402*0930*${Number(isa13)}*X*`);
      expect(f.content.endsWith(`IEA*1*${isa13}~`)).toBe(true);
    }
  });

  it('derives control numbers as (ISA13 mod 10^7) × 100 + slot', () => {
    expect(responseControlNumber('123456789', 2)).toBe(345678902);
    expect(responseControlNumber('000001017', 10)).toBe(101710);
  });

  it('sends a TA1 when ISA14 is 1 (A 000), and an R 001 alone whenever IEA02 differs from ISA13', () => {
    const ok = runSandboxClearinghouse(withTa1(SAMPLE), { clock });
    const ta1 = readAcknowledgment(ok[0].content) as Ta1Document;
    expect(ok[0].name).toBe('000000001.ta1');
    expect(ta1.acknowledgments[0]).toMatchObject({ interchangeControlNumber: '000000001', date: '250401', time: '1200', acknowledgmentCode: 'A', noteCode: '000' });
    const bad = runSandboxClearinghouse(SAMPLE.replace('IEA*1*000000001~', 'IEA*1*000000002~'), { clock });
    expect(bad.map((f) => f.name)).toEqual(['000000001.ta1']);
    expect((readAcknowledgment(bad[0].content) as Ta1Document).acknowledgments[0]).toMatchObject({ acknowledgmentCode: 'R', noteCode: '001' });
  });

  it('rejects a transaction set whose SE01 count is wrong (IK502 4) and answers nothing further', () => {
    const files = runSandboxClearinghouse(SAMPLE.replace(/SE\*(\d+)\*0001~/, (_m, n: string) => `SE*${Number(n) + 1}*0001~`), { clock });
    expect(files.map((f) => f.name)).toEqual(['000000001.999']);
    const ack = readAcknowledgment(files[0].content) as Ack999Document;
    expect(ack.transactions[0].transactionResponses[0]).toMatchObject({ ackCode: 'R', errorCodes: ['4'] });
    expect(ack.transactions[0].groupResponse).toMatchObject({ ackCode: 'R', acceptedCount: 0 });
  });

  it('refuses input without an ISA', () => {
    expect(() => runSandboxClearinghouse('hello', { clock })).toThrow(SandboxInputError);
  });
});
