// Golden tests: every scenario in edi-samples/claims (claim JSON in the intake shape, the kind
// taken from the file name prefix) goes through intake validation and the mapper, is rendered
// with fixed control numbers and creation time, and must equal edi-samples/837/<same name>.x12
// byte for byte. node-x12 (an independent parser) must read every file in strict mode.
// Regenerate the expected files with `UPDATE_GOLDEN=1`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { X12Parser } from 'node-x12';
import { validateClaimBody } from '../../../src/claims/claim-validation';
import { toClaimDocument } from '../../../src/claims/claim.mapper';
import type { ClaimDocument, ClaimKind } from '../../../src/x12/claim-json/claim-document';
import { validateX12 } from '../../../src/x12/core/envelope-check';
import { tokenize } from '../../../src/x12/core/tokenizer';
import { render837, type InterchangeParties } from '../../../src/x12/837/render';

const ROOT = path.resolve(__dirname, '../../..');
const CLAIMS = path.join(ROOT, 'edi-samples/claims');
const GOLDEN = path.join(ROOT, 'edi-samples/837');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const KIND_BY_PREFIX: Record<string, ClaimKind> = { '837p': 'professional', '837i': 'institutional', '837d': 'dental' };

/** The sandbox parties every golden file is rendered with. */
export const GOLDEN_PARTIES: InterchangeParties = {
  senderQualifier: 'ZZ',
  senderId: 'X12GWSANDBOX',
  receiverQualifier: 'ZZ',
  receiverId: 'SANDBOXCH',
  gsSenderId: 'X12GWSANDBOX',
  gsReceiverId: 'SANDBOXCH',
  usage: 'T',
  submitter: { name: 'X12 GATEWAY SANDBOX', id: 'X12GWSANDBOX', contactName: 'EDI SUPPORT', phone: '2175550199' },
  receiver: { name: 'SANDBOX CLEARINGHOUSE', id: 'SANDBOXCH' },
};

const FILES = fs.readdirSync(CLAIMS).filter((f) => f.endsWith('.json')).sort();

function kindOf(file: string): ClaimKind {
  const kind = KIND_BY_PREFIX[file.slice(0, 4)];
  if (kind === undefined) throw new Error(`${file}: name must start with 837p-, 837i- or 837d-`);
  return kind;
}

/** A scenario file holds one claim (an object) or several (an array) in the intake shape. */
function loadScenario(file: string): { kind: ClaimKind; docs: ClaimDocument[] } {
  const kind = kindOf(file);
  const json: unknown = JSON.parse(fs.readFileSync(path.join(CLAIMS, file), 'utf8'));
  const bodies = Array.isArray(json) ? json : [json];
  const docs = bodies.map((body, i) => {
    const result = validateClaimBody(kind, body);
    if (!result.ok) throw new Error(`${file}[${i}] fails intake validation: ${JSON.stringify(result.errors)}`);
    return toClaimDocument(kind, result.value);
  });
  return { kind, docs };
}

function renderScenario(kind: ClaimKind, docs: ClaimDocument[]) {
  return render837({
    kind,
    parties: GOLDEN_PARTIES,
    controlNumbers: { isa13: 1, gs06: 1, st02: [1] },
    createdAt: { date: '20250401', time: '1200' },
    transactions: [docs],
    lineBreak: true,
  });
}

describe('837 golden files (edi-samples/claims → edi-samples/837)', () => {
  it('has at least 13 scenarios covering the three kinds', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(13);
    expect(new Set(FILES.map(kindOf))).toEqual(new Set(['professional', 'institutional', 'dental']));
  });

  describe.each(FILES)('%s', (file) => {
    const name = file.replace(/\.json$/, '');
    const goldenPath = path.join(GOLDEN, `${name}.x12`);

    it('passes intake validation and renders byte for byte as the golden file', () => {
      const { kind, docs } = loadScenario(file);
      const out = renderScenario(kind, docs);
      if (UPDATE) fs.writeFileSync(goldenPath, out.text);
      expect(fs.existsSync(goldenPath)).toBe(true);
      expect(out.text).toBe(fs.readFileSync(goldenPath, 'utf8'));
      expect(out.byteLength).toBe(Buffer.byteLength(out.text));
    });

    it('has consistent envelopes and loop 2300 ranges that start at a CLM', () => {
      const { kind, docs } = loadScenario(file);
      const out = renderScenario(kind, docs);
      expect(validateX12(out.text)).toMatchObject({ valid: true, diagnostics: [] });
      const segments = tokenize(out.text);
      const st = segments.findIndex((s) => s.id === 'ST');
      const [tx] = out.transactions;
      expect(tx.claims).toHaveLength(docs.length);
      for (const claim of tx.claims) {
        const first = segments[st + claim.loop2300.firstSegment - 1];
        expect(first.id).toBe('CLM');
        expect(first.element(1)).toBe(claim.patientControlNumber);
        const after = segments[st + claim.loop2300.lastSegment];
        expect(['CLM', 'HL', 'SE']).toContain(after.id);
      }
      // Every service line carries its line item control number (REF*6R).
      const lines = segments.filter((s) => s.id === 'LX').length;
      expect(segments.filter((s) => s.id === 'REF' && s.element(1) === '6R')).toHaveLength(lines);
    });

    it('parses with node-x12 in strict mode (independent oracle)', () => {
      const text = fs.readFileSync(goldenPath, 'utf8');
      const interchange = new X12Parser(true).parse(text) as { functionalGroups: { transactions: { segments: unknown[] }[] }[] };
      const bodySegments = interchange.functionalGroups[0].transactions[0].segments.length;
      // node-x12 lists the body without ST/SE.
      expect(bodySegments + 2).toBe(Number(/SE\*(\d+)\*/.exec(text)?.[1]));
    });
  });
});
