// The sandbox clearinghouse over every sample claim: each scenario in edi-samples/claims is
// rendered as `x12gw generate` renders it (intake validation, mapper, line control numbers, sandbox
// parties, ISA14 = 1), answered by the sandbox, and every answer is read back with the project's
// own readers: no diagnostics, 999 accepted, 277CA PCNs equal to the 837's, 835s balanced. Plus a
// broken 837 (999 IK3 at the right position), member and payer rejections, and the rules that must
// fire somewhere in the sample set (denial, PLB, reversal + correction). A few answers are golden
// files in edi-samples/sandbox (regenerate with UPDATE_GOLDEN=1). SANDBOX_DUMP=DIR writes every
// answer to DIR (for pyx12: /work/shared/tools/x12validate).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateClaimBody } from '../../src/claims/claim-validation';
import { toClaimDocument } from '../../src/claims/claim.mapper';
import { assignLineControlNumbers } from '../../src/claims/line-control-numbers';
import { SANDBOX_PARTIES } from '../../src/cli/generate.command';
import { runSandboxClearinghouse, type SandboxResponseFile } from '../../src/clearinghouses/sandbox/sandbox-clearinghouse';
import type { ClaimDocument, ClaimKind } from '../../src/x12/claim-json/claim-document';
import {
  read835,
  read837,
  readAcknowledgment,
  render837,
  type Ack277CADocument,
  type Ack999Document,
  type Remittance835Document,
  type Ta1Document,
} from '../../src/x12';

const ROOT = path.resolve(__dirname, '../..');
const CLAIMS = path.join(ROOT, 'edi-samples/claims');
const GOLDEN = path.join(ROOT, 'edi-samples/sandbox');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const DUMP = process.env.SANDBOX_DUMP;
const CLOCK = (): Date => new Date('2025-04-02T09:30:00Z');
const KIND_BY_PREFIX: Record<string, ClaimKind> = { '837p': 'professional', '837i': 'institutional', '837d': 'dental' };
/** Scenarios whose answers are kept as golden files. */
const GOLDEN_SCENARIOS = ['837p-office-visit-one-line', '837p-corrected-claim', '837i-inpatient-admission'];

const FILES = fs.readdirSync(CLAIMS).filter((f) => f.endsWith('.json')).sort();

function loadDocs(file: string, edit?: (body: Record<string, unknown>) => void): { kind: ClaimKind; docs: ClaimDocument[] } {
  const kind = KIND_BY_PREFIX[file.slice(0, 4)];
  const json: unknown = JSON.parse(fs.readFileSync(path.join(CLAIMS, file), 'utf8'));
  const bodies = (Array.isArray(json) ? json : [json]) as Record<string, unknown>[];
  const docs = bodies.map((body, i) => {
    edit?.(body);
    const result = validateClaimBody(kind, body);
    if (!result.ok) throw new Error(`${file}[${i}] fails intake validation: ${JSON.stringify(result.errors)}`);
    const doc = toClaimDocument(kind, result.value);
    assignLineControlNumbers(kind, doc, doc.claimInformation.patientControlNumber);
    return doc;
  });
  return { kind, docs };
}

/** The 837 as `x12gw generate` builds it, with ISA14 = 1 and the scenario's own ISA13. */
function render(kind: ClaimKind, docs: ClaimDocument[], isa13: number): string {
  return render837({
    kind,
    parties: { ...SANDBOX_PARTIES, ackRequested: true },
    controlNumbers: { isa13, gs06: isa13, st02: [1] },
    createdAt: { date: '20250401', time: '1200' },
    transactions: [docs],
    lineBreak: true,
  }).text;
}

function byExt(files: SandboxResponseFile[], ext: string): SandboxResponseFile[] {
  return files.filter((f) => f.name.endsWith(ext));
}

function read999(file: SandboxResponseFile): Ack999Document {
  const doc = readAcknowledgment(file.content);
  expect(doc.type).toBe('999');
  return doc as Ack999Document;
}

function read277(file: SandboxResponseFile): Ack277CADocument {
  const doc = readAcknowledgment(file.content);
  expect(doc.type).toBe('277CA');
  return doc as Ack277CADocument;
}

/** With SANDBOX_DUMP=DIR, every answer is written to DIR/<scenario>--<file> (for pyx12). */
function dump(scenario: string, files: SandboxResponseFile[]): void {
  if (!DUMP) return;
  fs.mkdirSync(DUMP, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(DUMP, `${scenario}--${f.name}`), f.content);
}

interface Outcome {
  name: string;
  files: SandboxResponseFile[];
  remits: Remittance835Document[];
}

const outcomes: Outcome[] = [];

describe('sandbox clearinghouse over edi-samples/claims', () => {
  describe.each(FILES.map((f, i) => [f, i] as const))('%s', (file, i) => {
    const name = file.replace(/\.json$/, '');
    const { kind, docs } = loadDocs(file);
    const x12 = render(kind, docs, 1001 + i);
    const files = runSandboxClearinghouse(x12, { clock: CLOCK });
    const pcns = read837(x12).claims.map((c) => c.patientControlNumber);

    dump(name, files);

    it('answers with a TA1, a 999, a 277CA and 835s, all readable without diagnostics', () => {
      const ta1 = readAcknowledgment(byExt(files, '.ta1')[0].content) as Ta1Document;
      expect(ta1.type).toBe('TA1');
      expect(ta1.diagnostics).toEqual([]);
      expect(ta1.acknowledgments[0]).toMatchObject({ interchangeControlNumber: String(1001 + i).padStart(9, '0'), acknowledgmentCode: 'A', noteCode: '000' });

      const ack = read999(byExt(files, '.999')[0]);
      expect(ack.diagnostics).toEqual([]);
      expect(ack.transactions[0].groupResponse).toMatchObject({ ackCode: 'A', groupControlNumber: String(1001 + i), includedCount: 1, receivedCount: 1, acceptedCount: 1 });
      expect(ack.transactions[0].transactionResponses.map((t) => t.ackCode)).toEqual(['A']);

      const ca = read277(byExt(files, '.277')[0]);
      expect(ca.diagnostics).toEqual([]);
      const claims = ca.transactions.flatMap((t) => t.claims);
      expect(claims.map((c) => c.patientControlNumber)).toEqual(pcns);
      expect(claims.every((c) => c.accepted && c.payerClaimControlNumber !== null)).toBe(true);

      const remits = byExt(files, '.835').map((f) => read835(f.content));
      expect(remits.length).toBeGreaterThan(0);
      for (const r of remits) {
        for (const t of r.transactions) {
          expect(t.diagnostics).toEqual([]);
          expect(t.balanced).toBe(true);
        }
      }
      // Every accepted claim is paid under the 277CA's payer claim number (or reversed under its F8).
      const paid = remits.flatMap((r) => r.transactions.flatMap((t) => t.claims));
      for (const c of claims) {
        const mine = paid.filter((p) => p.patientControlNumber === c.patientControlNumber);
        expect(mine.length).toBeGreaterThan(0);
        if (mine.some((p) => p.status !== '22')) expect(mine.filter((p) => p.status !== '22').map((p) => p.payerClaimControlNumber)).toEqual([c.payerClaimControlNumber]);
      }
      // REF*6R comes back on every line that had one.
      const lcns = docs.flatMap((d) => (d.claimInformation.serviceLines as { providerControlNumber?: string; lineItemControlNumber?: string }[]).map((l) => l.providerControlNumber ?? l.lineItemControlNumber)).filter(Boolean);
      const returned = new Set(paid.flatMap((p) => p.services.map((s) => s.lineItemControlNumber)));
      for (const l of lcns) expect(returned.has(l ?? null)).toBe(true);
      outcomes.push({ name, files, remits });
    });

    it('gives the same bytes on a rerun', () => {
      expect(runSandboxClearinghouse(x12, { clock: CLOCK })).toEqual(files);
    });

    if (GOLDEN_SCENARIOS.includes(name)) {
      it('matches the golden files in edi-samples/sandbox', () => {
        for (const f of files) {
          const golden = path.join(GOLDEN, `${name}--${f.name}`);
          const text = f.content.replace(/~/g, '~\n');
          if (UPDATE) {
            fs.mkdirSync(GOLDEN, { recursive: true });
            fs.writeFileSync(golden, text);
          }
          expect(text).toBe(fs.readFileSync(golden, 'utf8'));
        }
      });
    }
  });

  it('denies, adjusts at provider level and reverses somewhere in the sample set', () => {
    expect(outcomes).toHaveLength(FILES.length);
    const transactions = outcomes.flatMap((o) => o.remits.flatMap((r) => r.transactions));
    const claims = transactions.flatMap((t) => t.claims);
    const lineAdjustments = claims.flatMap((c) => c.services.flatMap((s) => s.adjustments));
    // Denials: CO-50 and CO-97 lines.
    expect(lineAdjustments.some((a) => a.group === 'CO' && a.reason === '50')).toBe(true);
    expect(lineAdjustments.some((a) => a.group === 'CO' && a.reason === '97')).toBe(true);
    // Patient responsibility of all three kinds, and the contractual write-off.
    for (const reason of ['1', '2', '3']) expect(lineAdjustments.some((a) => a.group === 'PR' && a.reason === reason)).toBe(true);
    expect(lineAdjustments.some((a) => a.group === 'CO' && a.reason === '45')).toBe(true);
    // PLB interest.
    expect(transactions.some((t) => t.providerAdjustments.some((p) => p.reason === 'L6' && p.amount !== null && p.amount.startsWith('-')))).toBe(true);
    // Reversal then correction of the same PCN (837P frequency 7 with REF*F8).
    const corrected = claims.filter((c) => c.patientControlNumber === 'PCN5CR0005');
    expect(corrected.map((c) => c.status)).toEqual(['22', '1']);
    expect(corrected[0].paid?.startsWith('-')).toBe(true);
  });
});

describe('sandbox clearinghouse rejections', () => {
  it('rejects a structurally broken 837 in the 999, with IK3 at the segment position (ST = 1)', () => {
    const { kind, docs } = loadDocs('837p-office-visit-one-line.json');
    const x12 = render(kind, docs, 2001);
    // Make SV103 (unit of measure) an invalid code: acks.md's example of an element error.
    const broken = x12.replace(/^(SV1\*[^*]*\*[^*]*\*)UN\*/m, '$1XX*');
    expect(broken).not.toBe(x12);
    const lines = broken.split('\n');
    const st = lines.findIndex((l) => l.startsWith('ST*'));
    const sv1 = lines.findIndex((l) => l.startsWith('SV1*'));
    const files = runSandboxClearinghouse(broken, { clock: CLOCK });
    dump('broken-sv103', files);
    expect(files.map((f) => f.name)).toEqual(['000002001.ta1', '000002001.999']);
    const ack = read999(files[1]);
    expect(ack.diagnostics).toEqual([]);
    const response = ack.transactions[0].transactionResponses[0];
    expect(response.ackCode).toBe('R');
    expect(response.segmentErrors[0]).toMatchObject({ segmentId: 'SV1', position: sv1 - st + 1, loopId: '2400', errorCode: '8' });
    expect(response.segmentErrors[0].context[0]).toMatchObject({ name: 'CLM01', reference: 'PCN1OV0001' });
    expect(response.segmentErrors[0].elementErrors[0]).toMatchObject({ position: 3, errorCode: '7', badData: 'XX' });
    expect(ack.transactions[0].groupResponse).toMatchObject({ ackCode: 'R', acceptedCount: 0 });
  });

  it('rejects an 837 with a required segment removed, naming the missing segment', () => {
    const { kind, docs } = loadDocs('837p-office-visit-one-line.json');
    const x12 = render(kind, docs, 2002);
    const lines = x12.split('\n');
    const dtp = lines.findIndex((l) => l.startsWith('DTP*472'));
    lines.splice(dtp, 1);
    const broken = lines.join('\n').replace(/^SE\*(\d+)\*/m, (_m, n: string) => `SE*${Number(n) - 1}*`);
    const st = lines.findIndex((l) => l.startsWith('ST*'));
    const lx = lines.findIndex((l) => l.startsWith('LX*'));
    const files = runSandboxClearinghouse(broken, { clock: CLOCK });
    dump('missing-dtp472', files);
    const ack = read999(files[1]);
    const response = ack.transactions[0].transactionResponses[0];
    expect(response.ackCode).toBe('R');
    expect(response.segmentErrors[0]).toMatchObject({ segmentId: 'DTP', position: lx - st + 1, loopId: '2400', errorCode: '3' });
  });

  it('rejects exactly the claim whose member ID starts with REJ, and the one with an unknown payer', () => {
    const { kind, docs } = loadDocs('837p-batch-two-billing-providers.json', (body) => {
      const claim = body.claimInformation as { patientControlNumber: string };
      if (claim.patientControlNumber === 'PCN13BA002') (body.subscriber as { memberId: string }).memberId = 'REJ0000001';
      if (claim.patientControlNumber === 'PCN13BA004') body.tradingPartnerServiceId = 'UNKNOWN01';
    });
    const x12 = render(kind, docs, 2003);
    const files = runSandboxClearinghouse(x12, { clock: CLOCK });
    dump('rejected-member-and-payer', files);
    const ca = read277(byExt(files, '.277')[0]);
    expect(ca.diagnostics).toEqual([]);
    const claims = ca.transactions[0].claims;
    expect(claims.map((c) => [c.patientControlNumber, c.accepted]).sort()).toEqual([
      ['PCN13BA001', true],
      ['PCN13BA002', false],
      ['PCN13BA003', true],
      ['PCN13BA004', false],
    ]);
    const pcn = (id: string) => claims.find((c) => c.patientControlNumber === id)!;
    expect(pcn('PCN13BA002').statuses[0]).toMatchObject({ categoryCode: 'A7', statusCode: '164', entityCode: 'IL', action: 'U' });
    expect(pcn('PCN13BA002').payerClaimControlNumber).toBeNull();
    expect(pcn('PCN13BA004').statuses[0]).toMatchObject({ categoryCode: 'A3', statusCode: '116', entityCode: 'PR', action: 'U' });
    expect(ca.transactions[0].informationReceivers[0]).toMatchObject({ acceptedQuantity: 2, rejectedQuantity: 2 });
    const paid = byExt(files, '.835').flatMap((f) => read835(f.content).transactions.flatMap((t) => t.claims.map((c) => c.patientControlNumber)));
    expect(paid.sort()).toEqual(['PCN13BA001', 'PCN13BA003']);
  });

  it('denies the whole claim (CLP02 4, CO-27) for a member ID starting with TERM', () => {
    const { kind, docs } = loadDocs('837p-office-visit-one-line.json', (body) => {
      (body.subscriber as { memberId: string }).memberId = 'TERM000001';
    });
    const files = runSandboxClearinghouse(render(kind, docs, 2004), { clock: CLOCK });
    dump('terminated-member', files);
    const remit = read835(byExt(files, '.835')[0].content).transactions[0];
    expect(remit.balanced).toBe(true);
    expect(remit.payment).toMatchObject({ amount: '0.00', handlingCode: 'H', method: 'NON' });
    expect(remit.claims[0]).toMatchObject({ status: '4', paid: '0.00' });
    expect(remit.claims[0].services[0].adjustments).toEqual([expect.objectContaining({ group: 'CO', reason: '27' })]);
  });
});
