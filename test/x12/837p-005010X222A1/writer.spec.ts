// 837P writer: the tricky parts, each through render837 so the whole path is exercised — HL
// numbering and grouping, the patient level only for dependents, REF*6R on every line, REF*F8
// only with frequency 7/8, HI composites and the 12-code limit, diagnosis pointers, amounts,
// loop 2300 segment ranges, situational provider loops, and delimiters refused with the element named.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProfessionalClaimDocument } from '../../../src/x12/claim-json/claim-document';
import { X12Error, X12ErrorCode } from '../../../src/x12/core/errors';
import { tokenize } from '../../../src/x12/core/tokenizer';
import { Render837Error, render837, type InterchangeParties, type Render837Output } from '../../../src/x12/837/render';

const SAMPLES = path.resolve(__dirname, '../../../edi-samples/claims');

const PARTIES: InterchangeParties = {
  senderQualifier: 'ZZ',
  senderId: 'SENDER',
  receiverQualifier: 'ZZ',
  receiverId: 'RECEIVER',
  gsSenderId: 'SENDER',
  gsReceiverId: 'RECEIVER',
  usage: 'T',
  submitter: { name: 'GATEWAY', id: 'ETIN01', phone: '2175550199' },
  receiver: { name: 'CLEARINGHOUSE', id: 'CH01' },
};

/** A normalized 837P document from a scenario file (the mapper's only default here is claimIdentifier). */
function claim(file = '837p-office-visit-one-line', change: (d: ProfessionalClaimDocument) => void = () => {}): ProfessionalClaimDocument {
  const d = { claimIdentifier: 'CH', ...JSON.parse(fs.readFileSync(path.join(SAMPLES, `${file}.json`), 'utf8')) } as ProfessionalClaimDocument;
  change(d);
  return d;
}

function render(transactions: ProfessionalClaimDocument[][], lineBreak = false): Render837Output {
  return render837({
    kind: 'professional',
    parties: PARTIES,
    controlNumbers: { isa13: 7, gs06: 7, st02: transactions.map((_, i) => i + 1) },
    createdAt: { date: '20250401', time: '0930' },
    transactions,
    lineBreak,
  });
}

/** The body segments of the first transaction as `ID*…` strings (no terminators). */
function body(out: Render837Output): string[] {
  return out.text.split('~').filter(Boolean).map((s) => s.replace(/^\n/, ''));
}

function thrown(work: () => unknown): Render837Error {
  try {
    work();
  } catch (err) {
    if (err instanceof Render837Error) return err;
    throw err;
  }
  throw new Error('expected a Render837Error');
}

function withPcn(pcn: string, change: (d: ProfessionalClaimDocument) => void = () => {}): ProfessionalClaimDocument {
  return claim('837p-office-visit-one-line', (d) => {
    d.claimInformation.patientControlNumber = pcn;
    d.claimInformation.serviceLines[0].providerControlNumber = `${pcn}-1`;
    change(d);
  });
}

describe('837P writer (005010X222A1)', () => {
  describe('HL hierarchy', () => {
    it('numbers HL 1, 2, 3… depth first with parent pointers and child codes', () => {
      const self = withPcn('A1');
      const dependent = withPcn('A2', (d) => {
        d.dependent = {
          relationshipToSubscriberCode: '19',
          firstName: 'EMILY',
          lastName: 'DOE',
          gender: 'F',
          dateOfBirth: '20180704',
          address: { address1: '123 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '627011234' },
        };
      });
      const otherBilling = withPcn('A3', (d) => {
        d.billing = { ...d.billing, npi: '1333444556', organizationName: 'NORTHSIDE PRIMARY CARE' };
      });
      const sameAsFirst = withPcn('A4');
      const hl = body(render([[self, dependent, otherBilling, sameAsFirst]])).filter((s) => s.startsWith('HL*'));
      expect(hl).toEqual(['HL*1**20*1', 'HL*2*1*22*0', 'HL*3*1*22*1', 'HL*4*3*23*0', 'HL*5**20*1', 'HL*6*5*22*0']);
    });

    it('puts claims of the same billing provider and subscriber under one 2000A/2000B, in input order', () => {
      const out = render([[withPcn('B1'), withPcn('B2')]]);
      const ids = body(out).map((s) => s.split('*')[0]);
      expect(ids.filter((id) => id === 'HL')).toHaveLength(2);
      expect(out.transactions[0].claims.map((c) => [c.index, c.patientControlNumber])).toEqual([
        [0, 'B1'],
        [1, 'B2'],
      ]);
    });

    it('writes the 2000C patient loop only when the claim has a dependent', () => {
      const selfOnly = body(render([[claim()]]));
      expect(selfOnly.some((s) => s.startsWith('HL*') && s.endsWith('*23*0'))).toBe(false);
      expect(selfOnly.some((s) => s.startsWith('PAT') || s.startsWith('NM1*QC'))).toBe(false);
      expect(selfOnly).toContain('SBR*P*18*GRP12345******CI');

      const dep = body(render([[claim('837p-dependent-patient')]]));
      expect(dep).toEqual(expect.arrayContaining(['HL*2*1*22*1', 'SBR*P**GRP77001******CI', 'HL*3*2*23*0', 'PAT*19', 'NM1*QC*1*ROE*TIMMY']));
      // The subscriber's own address/demographics are sent only when the subscriber is the patient.
      const subscriberLoop = dep.slice(dep.indexOf('HL*2*1*22*1'), dep.indexOf('HL*3*2*23*0'));
      expect(subscriberLoop.some((s) => s.startsWith('N3') || s.startsWith('DMG'))).toBe(false);
    });

    it('groups by what the loops write, not by object identity or key order', () => {
      const a = withPcn('G1');
      const b = withPcn('G2', (d) => {
        // Same subscriber and billing provider data, built in another key order, plus a billing
        // field that only 2010BB uses: one 2000A and one 2000B still hold both claims.
        const { address, ...rest } = d.subscriber;
        d.subscriber = { address: { ...address! }, ...rest };
        d.billing = { contactInformation: d.billing.contactInformation, ...d.billing };
      });
      const c = withPcn('G3', (d) => (d.subscriber.memberId = 'W000000003'));
      const lines = body(render([[a, b, c]]));
      expect(lines.filter((s) => s.startsWith('HL*'))).toEqual(['HL*1**20*1', 'HL*2*1*22*0', 'HL*3*1*22*0']);
      expect(lines.filter((s) => s.startsWith('CLM*')).map((s) => s.split('*')[1])).toEqual(['G1', 'G2', 'G3']);
    });

    it('opens a new 2000B after 100 claims under one subscriber (2300 repeats at most 100 times)', () => {
      const claims = Array.from({ length: 101 }, (_, i) => withPcn(`C${i}`));
      const hl = body(render([claims])).filter((s) => s.startsWith('HL*'));
      expect(hl).toEqual(['HL*1**20*1', 'HL*2*1*22*0', 'HL*3*1*22*0']);
    });
  });

  describe('loop 2300 segment ranges', () => {
    it('point at the CLM and at the last segment of each claim, counted from ST = 1', () => {
      const out = render([[withPcn('R1'), withPcn('R2'), claim('837p-dependent-patient')]]);
      const segs = tokenize(out.text);
      const st = segs.findIndex((s) => s.id === 'ST');
      const claims = out.transactions[0].claims;
      expect(claims.map((c) => c.patientControlNumber)).toEqual(['R1', 'R2', 'PCN3DP0003']);
      for (const c of claims) {
        expect(segs[st + c.loop2300.firstSegment - 1].elements.slice(0, 2)).toEqual(['CLM', c.patientControlNumber]);
        expect(segs[st + c.loop2300.lastSegment - 1].id).toBe('REF'); // REF*6R of the claim's last line
        expect(['CLM', 'HL', 'SE']).toContain(segs[st + c.loop2300.lastSegment].id);
      }
      expect(claims[1].loop2300.firstSegment).toBe(claims[0].loop2300.lastSegment + 1);
      expect(out.transactions[0].segmentCount).toBe(Number(segs.find((s) => s.id === 'SE')?.element(1)));
    });
  });

  describe('service lines', () => {
    it('always sends REF*6R with the line item control number', () => {
      const lines = body(render([[claim('837p-many-lines-twelve-diagnoses')]]));
      const refs = lines.filter((s) => s.startsWith('REF*6R*'));
      expect(refs).toEqual(Array.from({ length: 8 }, (_, i) => `REF*6R*PCN2ML0002-${i + 1}`));
    });

    it('refuses a line without a line item control number, or a repeated one', () => {
      const missing = thrown(() => render([[claim(undefined, (d) => delete d.claimInformation.serviceLines[0].providerControlNumber)]]));
      expect(missing).toMatchObject({ code: X12ErrorCode.MISSING_VALUE, segmentId: 'REF', element: 2, loop: '2400', path: 'transactions[0][0].claimInformation.serviceLines[0]' });
      const repeated = thrown(() =>
        render([[claim('837p-corrected-claim', (d) => (d.claimInformation.serviceLines[1].providerControlNumber = d.claimInformation.serviceLines[0].providerControlNumber))]]),
      );
      expect(repeated).toMatchObject({ code: X12ErrorCode.INVALID_VALUE, segmentId: 'REF', element: 2 });
    });

    it('builds SV1 with modifiers, up to 4 pointers, MJ minutes, and SV105 only when the POS differs', () => {
      const lines = body(render([[claim('837p-many-lines-twelve-diagnoses')]]));
      expect(lines).toContain('SV1*HC:99214:25*185*UN*1***1:2:3:4');
      expect(lines).toContain('SV1*HC:97110:GP:KX:59:76*64*UN*2***4:12');
      expect(lines).toContain('SV1*HC:36415*12.5*UN*1***1');
      expect(body(render([[claim('837p-anesthesia-minutes')]]))).toContain('SV1*HC:00790:AA*1140*MJ*95***1');
      const pos = body(render([[claim(undefined, (d) => (d.claimInformation.serviceLines[0].professionalService.placeOfServiceCode = '02'))]]));
      expect(pos).toContain('SV1*HC:99213*120*UN*1*02**1');
      const samePos = body(render([[claim(undefined, (d) => (d.claimInformation.serviceLines[0].professionalService.placeOfServiceCode = '11'))]]));
      expect(samePos).toContain('SV1*HC:99213*120*UN*1***1');
    });

    it('refuses a diagnosis pointer that points past the claim\'s diagnoses, naming SV107-n', () => {
      const err = thrown(() => render([[claim(undefined, (d) => (d.claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers = ['1', '2']))]]));
      expect(err).toMatchObject({ code: X12ErrorCode.INVALID_VALUE, segmentId: 'SV1', element: 7, component: 2 });
      expect(err.message).toContain('SV107-2');
    });

    it('writes the DME segments in TR3 order: SV5, line PWK, then the CMN PWK*CT, CR3, CRC*09', () => {
      const lines = body(
        render([
          [
            claim('837p-full-coverage', (d) => {
              d.claimInformation.serviceLines[4].durableMedicalEquipmentCertificateOfMedicalNecessity = { attachmentTransmissionCode: 'AB' };
            }),
          ],
        ]),
      );
      const i = lines.indexOf('SV5*HC:20610*DA*30*50*500*4');
      expect(lines.slice(i, i + 6)).toEqual(['SV5*HC:20610*DA*30*50*500*4', 'PWK*OZ*EL***AC*CMN001', 'PWK*CT*AB', 'CR3*I*MO*6', 'CRC*09*Y*38', 'DTP*472*D8*20250310']);
      // 2420B carries no name in X222A1: only NM102 and the NPI.
      expect(lines).toContain('NM1*QB*1******XX*1543210987');
    });

    it('writes the 2410 drug loop (LIN/CTP/REF*XZ) after the line REFs', () => {
      const lines = body(render([[claim('837p-ndc-drug-line')]]));
      const i = lines.indexOf('LIN**N4*12345678901');
      expect(lines.slice(i - 1, i + 3)).toEqual(['REF*6R*PCN10NDC10-2', 'LIN**N4*12345678901', 'CTP****2*ML', 'REF*XZ*RX445566']);
    });
  });

  describe('frequency and REF*F8', () => {
    const f8 = (freq: '1' | '7' | '8'): string[] =>
      body(
        render([
          [
            claim(undefined, (d) => {
              d.claimInformation.claimFrequencyCode = freq;
              d.claimInformation.claimSupplementalInformation = { claimControlNumber: 'PAYER123' };
            }),
          ],
        ]),
      );
    it('sends REF*F8 for a replacement (7) and a void (8), with CLM05-3', () => {
      expect(f8('7')).toEqual(expect.arrayContaining(['CLM*PCN1OV0001*120***11:B:7*Y*A*Y*Y', 'REF*F8*PAYER123']));
      expect(f8('8')).toEqual(expect.arrayContaining(['CLM*PCN1OV0001*120***11:B:8*Y*A*Y*Y', 'REF*F8*PAYER123']));
    });
    it('never sends REF*F8 on an original claim (1), even when the JSON carries one', () => {
      expect(f8('1').some((s) => s.startsWith('REF*F8'))).toBe(false);
    });
  });

  describe('HI diagnosis composites', () => {
    it('writes ABK first and ABF after it, 12 at most, without decimal points', () => {
      const lines = body(render([[claim('837p-many-lines-twelve-diagnoses')]]));
      expect(lines).toContain('HI*ABK:E119*ABF:I10*ABF:E785*ABF:M1711*ABF:R0789*ABF:Z794*ABF:J449*ABF:K219*ABF:F419*ABF:G4733*ABF:N1830*ABF:E669');
      const dotted = body(render([[claim(undefined, (d) => (d.claimInformation.healthCareCodeInformation[0].diagnosisCode = 'J06.9'))]]));
      expect(dotted).toContain('HI*ABK:J069');
    });

    it('refuses a 13th diagnosis, naming HI13', () => {
      const err = thrown(() =>
        render([[claim('837p-many-lines-twelve-diagnoses', (d) => d.claimInformation.healthCareCodeInformation.push({ diagnosisTypeCode: 'ABF', diagnosisCode: 'Z87891' }))]]),
      );
      expect(err).toMatchObject({ code: X12ErrorCode.INVALID_VALUE, segmentId: 'HI', element: 13, loop: '2300' });
    });

    it('refuses a list whose first code is not the principal diagnosis', () => {
      const err = thrown(() => render([[claim(undefined, (d) => (d.claimInformation.healthCareCodeInformation[0].diagnosisTypeCode = 'ABF'))]]));
      expect(err).toMatchObject({ segmentId: 'HI', element: 1, component: 1 });
    });
  });

  describe('amounts', () => {
    it('writes the minimal R form and recomputes CLM02 from the lines in cents', () => {
      const lines = body(render([[claim('837p-many-lines-twelve-diagnoses')]]));
      // 185 + 45 + 12.50 + 30 + 150 + 64 + 58.25 + 20 = 564.75
      expect(lines.find((s) => s.startsWith('CLM*'))).toBe('CLM*PCN2ML0002*564.75***11:B:1*Y*A*Y*Y');
      expect(lines).toContain('SV1*HC:94010*58.25*UN*1***7:10');
      const cents = body(render([[claim(undefined, (d) => {
        d.claimInformation.claimChargeAmount = '0.10';
        d.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount = '0.10';
        d.claimInformation.patientAmountPaid = '10.00';
      })]]));
      expect(cents).toEqual(expect.arrayContaining(['CLM*PCN1OV0001*0.1***11:B:1*Y*A*Y*Y', 'AMT*F5*10', 'SV1*HC:99213*0.1*UN*1***1']));
    });

    it('refuses a claim whose CLM02 is not the sum of its lines', () => {
      const err = thrown(() => render([[claim(undefined, (d) => (d.claimInformation.claimChargeAmount = '120.01'))]]));
      expect(err).toMatchObject({ code: X12ErrorCode.INVALID_VALUE, segmentId: 'CLM', element: 2, claimIndex: 0 });
    });

    it('refuses a float-like amount with more than two decimals', () => {
      const err = thrown(() => render([[claim(undefined, (d) => (d.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount = '120.005'))]]));
      expect(err).toMatchObject({ code: X12ErrorCode.INVALID_NUMBER, segmentId: 'SV1', element: 2 });
    });
  });

  describe('situational provider loops', () => {
    it('omits 2310B when the rendering provider is the billing provider', () => {
      const same = body(render([[claim(undefined, (d) => (d.rendering = { npi: d.billing.npi, lastName: 'SOLO', firstName: 'DOC', taxonomyCode: '207Q00000X' }))]]));
      expect(same.some((s) => s.startsWith('NM1*82'))).toBe(false);
      const differs = body(render([[claim('837p-rendering-differs-from-billing')]]));
      expect(differs).toEqual(expect.arrayContaining(['NM1*82*1*LOPEZ*MARIA*E***XX*1627384955', 'PRV*PE*PXC*207X00000X', 'REF*0B*036123456']));
    });

    it('omits 2310C when the service facility is at the billing address', () => {
      const atBilling = body(render([[claim(undefined, (d) => (d.claimInformation.serviceFacilityLocation = { organizationName: 'CLINIC', address: { ...d.billing.address! } }))]]));
      expect(atBilling.some((s) => s.startsWith('NM1*77'))).toBe(false);
      const elsewhere = body(render([[claim('837p-service-facility')]]));
      const i = elsewhere.indexOf('NM1*77*2*SPRINGFIELD ENDOSCOPY CENTER*****XX*1369248715');
      expect(elsewhere.slice(i, i + 4)).toEqual([
        'NM1*77*2*SPRINGFIELD ENDOSCOPY CENTER*****XX*1369248715',
        'N3*400 SURGERY PKWY*SUITE 200',
        'N4*SPRINGFIELD*IL*627045510',
        'PER*IC*FRONT DESK*TE*2175550400',
      ]);
    });
  });

  describe('COB (2320/2330A/2330B) and 2430', () => {
    it('writes the other payer loops and each line\'s prior adjudication', () => {
      const lines = body(render([[claim('837p-cob-secondary')]]));
      expect(lines).toEqual(
        expect.arrayContaining(['SBR*S*18*GRP12345******CI', 'SBR*P*18*FP990011******CI', 'AMT*D*98', 'OI***Y***Y', 'NM1*PR*2*FIRST EXAMPLE PLAN*****PI*11111', 'SVD*11111*80*HC:99213**1', 'DTP*573*D8*20250320']),
      );
    });

    it('refuses a 2430 whose SVD01 is not one of the claim\'s other payers', () => {
      const err = thrown(() => render([[claim('837p-cob-secondary', (d) => (d.claimInformation.serviceLines[0].lineAdjudicationInformation![0].otherPayerPrimaryIdentifier = '22222'))]]));
      expect(err).toMatchObject({ segmentId: 'SVD', element: 1, loop: '2430', path: 'transactions[0][0].claimInformation.serviceLines[0].lineAdjudicationInformation[0]' });
    });
  });

  describe('delimiters and characters', () => {
    it('refuses a delimiter inside a value with an X12Error naming the element, claim, loop and path', () => {
      const err = thrown(() => render([[claim(), claim(undefined, (d) => (d.subscriber.lastName = 'DOE*SMITH'))]]));
      expect(err).toBeInstanceOf(X12Error);
      expect(err).toMatchObject({ code: X12ErrorCode.DELIMITER_IN_DATA, segmentId: 'NM1', element: 3, claimIndex: 1, loop: '2010BA', path: 'transactions[0][1].subscriber' });
      expect(err.message).toContain('NM103');
      expect(err.message).not.toContain('SMITH'); // values are PHI: never in messages
    });

    it('refuses the component separator inside a simple element too', () => {
      const err = thrown(() => render([[claim(undefined, (d) => (d.claimInformation.patientControlNumber = 'PCN:1'))]]));
      expect(err).toMatchObject({ code: X12ErrorCode.DELIMITER_IN_DATA, segmentId: 'CLM', element: 1, loop: '2300' });
    });

    it('refuses a value longer than its element, naming it', () => {
      const err = thrown(() => render([[claim(undefined, (d) => (d.billing.address!.address1 = 'X'.repeat(56)))]]));
      expect(err).toMatchObject({ code: X12ErrorCode.VALUE_TOO_LONG, segmentId: 'N3', element: 1, loop: '2010AA' });
    });
  });

  describe('envelope', () => {
    it('drops trailing empty elements and writes newlines only when asked', () => {
      const flat = render([[claim()]]).text;
      // ISA16 is ':' itself, so look past the fixed-width ISA.
      expect(flat.slice(106)).not.toMatch(/[*:]~/);
      expect(flat).not.toContain('\n');
      const broken = render([[claim()]], true).text;
      expect(broken.replace(/\n/g, '')).toBe(flat);
      expect(broken.split('\n')[0]).toHaveLength(106);
    });

    it('writes one ST per transaction with its ST02, BHT03 and SE01', () => {
      const out = render([[claim()], [claim('837p-void-claim')]]);
      const segs = tokenize(out.text);
      expect(segs.filter((s) => s.id === 'ST').map((s) => s.element(2))).toEqual(['0001', '0002']);
      expect(segs.filter((s) => s.id === 'BHT').map((s) => s.element(3))).toEqual(['0001', '0002']);
      expect(out.transactions.map((t) => t.st02)).toEqual(['0001', '0002']);
      expect(out.transactions[1].claims[0].index).toBe(1);
      expect(segs.find((s) => s.id === 'GE')?.element(1)).toBe('2');
    });

    it('uses the parties\' submitter ID in 1000A NM109 and its name when the claims disagree', () => {
      const a = claim();
      const b = claim('837p-void-claim', (d) => (d.submitter = { organizationName: 'ANOTHER BILLER', contactInformation: { phoneNumber: '2175550111' } }));
      const lines = body(render([[a, b]]));
      expect(lines).toEqual(expect.arrayContaining(['NM1*41*2*GATEWAY*****46*ETIN01', 'PER*IC**TE*2175550199', 'NM1*40*2*CLEARINGHOUSE*****46*CH01']));
      expect(body(render([[a]]))).toContain('NM1*41*2*EXAMPLE BILLING SERVICE*****46*ETIN01');
    });

    it('refuses claims whose usage indicator differs from ISA15, and a wrong number of ST02', () => {
      const prod = thrown(() => render([[claim(undefined, (d) => (d.usageIndicator = 'P'))]]));
      expect(prod).toMatchObject({ segmentId: 'ISA', element: 15, claimIndex: 0 });
      expect(() =>
        render837({ kind: 'professional', parties: PARTIES, controlNumbers: { isa13: 1, gs06: 1, st02: [] }, createdAt: { date: '20250401', time: '0930' }, transactions: [[claim()]] }),
      ).toThrow(expect.objectContaining({ code: X12ErrorCode.INVALID_CONTROL_NUMBER }));
    });
  });
});
