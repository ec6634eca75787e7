// The incremental JSON writer: what it writes event by event parses to exactly the whole model
// (sha256 last when known only at the end), one claim per line, for every scenario file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Remittance835JsonWriter } from '../../../src/x12/835-005010X221A1/json-writer';
import { read835, read835Events } from '../../../src/x12/835-005010X221A1/read-835';

const DIR = path.resolve(__dirname, '../../../edi-samples/835');
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.835'));

async function written(data: Uint8Array, sha256?: string): Promise<string[]> {
  const writer = new Remittance835JsonWriter(sha256 === undefined ? {} : { sha256 });
  const lines = [writer.begin()];
  for await (const e of read835Events([data])) lines.push(writer.write(e));
  lines.push(writer.end(sha256 === undefined ? 'f'.repeat(64) : undefined));
  return lines;
}

describe('Remittance835JsonWriter', () => {
  it.each(FILES)('%s: the streamed JSON equals read835()', async (file) => {
    const data = new Uint8Array(fs.readFileSync(path.join(DIR, file)));
    const model = read835(data, { sha256: 'f'.repeat(64) });
    const lines = await written(data);
    expect(JSON.parse(lines.join('\n'))).toEqual(model);
    expect(lines.filter((l) => l.startsWith('{"patientControlNumber"') || l.startsWith(',{"patientControlNumber"'))).toHaveLength(
      model.transactions.reduce((n, t) => n + t.claims.length, 0),
    );
  });

  it('writes sha256 after type when it is known up front, last otherwise', async () => {
    const data = fs.readFileSync(path.join(DIR, 'multiple-payments.835'));
    const early = await written(data, 'a'.repeat(64));
    expect(early[0]).toBe(`{"type":"835","sha256":"${'a'.repeat(64)}","transactions":[`);
    expect(early[early.length - 1]).toBe(']}');
    const late = await written(data);
    expect(late[0]).toBe('{"type":"835","transactions":[');
    expect(late[late.length - 1]).toBe(`],"sha256":"${'f'.repeat(64)}"}`);
    expect(Object.keys(JSON.parse(early.join('')))).toEqual(['type', 'sha256', 'transactions']);
  });

  it('refuses to end inside an open transaction', () => {
    const w = new Remittance835JsonWriter();
    w.begin();
    w.write({ type: 'transaction-start', controlNumber: '1', payment: {} as never, payer: {} as never, payee: {} as never });
    expect(() => w.end(null)).toThrow(/open transaction/);
  });
});
