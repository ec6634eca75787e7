// render837 encodes each claim's 2000B/2000C once while planning the HL tree and keys the
// grouping by those bytes; these tests pin what that must preserve: grouping, line breaks, and
// where a refused 2000B value is reported (its claim, loop and segment position in the file).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ClaimDocument } from '../../../src/x12/claim-json/claim-document';
import { X12ErrorCode } from '../../../src/x12/core/errors';
import { tokenize } from '../../../src/x12/core/tokenizer';
import { Render837Error, render837, type InterchangeParties, type Render837Input } from '../../../src/x12/837/render';

const PARTIES: InterchangeParties = {
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

const CLAIMS = path.resolve(__dirname, '../../../edi-samples/claims');

function load(file: string): ClaimDocument {
  const json = JSON.parse(fs.readFileSync(path.join(CLAIMS, file), 'utf8'));
  return { claimIdentifier: 'CH', usageIndicator: 'T', ...(Array.isArray(json) ? json[0] : json) } as ClaimDocument;
}

function input(claims: ClaimDocument[], lineBreak = false): Render837Input {
  return {
    kind: 'professional',
    parties: PARTIES,
    controlNumbers: { isa13: 1, gs06: 1, st02: [1] },
    createdAt: { date: '20250401', time: '1200' },
    transactions: [claims],
    lineBreak,
  };
}

/** `count` copies of a scenario with their own CLM01 and REF*6R; `subscriber(i)` sets each member ID. */
function copies(file: string, count: number, memberId: (i: number) => string): ClaimDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const doc = JSON.parse(JSON.stringify(load(file)));
    doc.claimInformation.patientControlNumber = `PCN${i}`;
    doc.claimInformation.serviceLines.forEach((l: { providerControlNumber: string }, n: number) => (l.providerControlNumber = `PCN${i}-${n}`));
    doc.subscriber.memberId = memberId(i);
    return doc;
  });
}

const hl = (text: string) => tokenize(text).filter((s) => s.id === 'HL').map((s) => s.elements.slice(1).join('*'));

describe('render837 2000B/2000C blocks', () => {
  it('groups claims whose 2000B would be written identically, and only those', () => {
    const claims = copies('837p-office-visit-one-line.json', 4, (i) => (i % 2 === 0 ? 'M100' : 'M200'));
    const { text, transactions } = render837(input(claims));
    expect(hl(text)).toEqual(['1**20*1', '2*1*22*0', '3*1*22*0']);
    // File order follows the groups: claims 0 and 2 under HL 2, then 1 and 3 under HL 3.
    expect(transactions[0].claims.map((c) => c.patientControlNumber)).toEqual(['PCN0', 'PCN2', 'PCN1', 'PCN3']);
    expect(transactions[0].segmentCount).toBe(tokenize(text).filter((s) => !['ISA', 'GS', 'GE', 'IEA'].includes(s.id)).length);
  });

  it('writes the same segments with a line break after each terminator', () => {
    const claims = copies('837p-dependent-patient.json', 3, (i) => `M${i % 2}`);
    expect(render837(input(claims, true)).text).toBe(render837(input(claims)).text.replaceAll('~', '~\n'));
  });

  it('reports a refused 2000B value for its claim, loop and segment position, as when written', () => {
    const claims = copies('837p-office-visit-one-line.json', 3, (i) => `M${i}`);
    claims[2].subscriber.lastName = 'DO*E';
    let error: unknown;
    try {
      render837(input(claims));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(Render837Error);
    const e = error as Render837Error;
    expect([e.code, e.claimIndex, e.loop, e.path, e.segmentId, e.element]).toEqual([X12ErrorCode.DELIMITER_IN_DATA, 2, '2010BA', 'transactions[0][2].subscriber', 'NM1', 3]);
    // The position is the one the NM1 would have had: right after the claims before it.
    const ok = copies('837p-office-visit-one-line.json', 3, (i) => `M${i}`);
    const segments = tokenize(render837(input(ok)).text);
    const nm1 = segments.findIndex((s, i) => s.id === 'NM1' && s.elements[1] === 'IL' && segments.slice(0, i).filter((x) => x.id === 'NM1' && x.elements[1] === 'IL').length === 2);
    expect(e.segmentIndex).toBe(nm1);
  });
});
