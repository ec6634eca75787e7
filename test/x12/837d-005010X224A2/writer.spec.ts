// 837D writer: the dental specifics — SV3 with the AD qualifier, TOO tooth and surface
// composites (and their limits), DN2 tooth status, DN1 orthodontics, CLM19 predetermination,
// the claim-level service date, the 4-code HI and the rendering specialty rule.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DentalClaimDocument } from '../../../src/x12/claim-json/claim-document';
import { X12ErrorCode } from '../../../src/x12/core/errors';
import { Render837Error, render837, type Render837Output } from '../../../src/x12/837/render';

const SAMPLES = path.resolve(__dirname, '../../../edi-samples/claims');

function claim(change: (d: DentalClaimDocument) => void = () => {}): DentalClaimDocument {
  const d = { claimIdentifier: 'CH', ...JSON.parse(fs.readFileSync(path.join(SAMPLES, '837d-crown-and-fillings.json'), 'utf8')) } as DentalClaimDocument;
  change(d);
  return d;
}

function render(...docs: DentalClaimDocument[]): Render837Output {
  return render837({
    kind: 'dental',
    parties: {
      senderQualifier: 'ZZ',
      senderId: 'SENDER',
      receiverQualifier: 'ZZ',
      receiverId: 'RECEIVER',
      gsSenderId: 'SENDER',
      gsReceiverId: 'RECEIVER',
      usage: 'T',
      submitter: { name: 'GATEWAY', id: 'ETIN01', phone: '2175550199' },
      receiver: { name: 'CLEARINGHOUSE', id: 'CH01' },
    },
    controlNumbers: { isa13: 4, gs06: 4, st02: [1] },
    createdAt: { date: '20250401', time: '0930' },
    transactions: [docs],
  });
}

function body(out: Render837Output): string[] {
  return out.text.split('~').filter(Boolean);
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

describe('837D writer (005010X224A2)', () => {
  it('writes SV3 with the AD qualifier and TOO with the tooth and its surfaces as a composite', () => {
    const out = body(render(claim()));
    expect(out).toContain('ST*837*0001*005010X224A2');
    const i = out.indexOf('SV3*AD:D2393*265.5****1');
    expect(out.slice(i - 1, i + 4)).toEqual(['LX*3', 'SV3*AD:D2393*265.5****1', 'TOO*JP*30*M:O:D', 'REF*6R*DNT2025004-3', 'LX*4']);
    expect(out).toEqual(expect.arrayContaining(['SV3*AD:D2740*1200***I*1', 'TOO*JP*3', 'TOO*JP*14*M:O']));
  });

  it('refuses a sixth surface on a tooth (TOO03 holds five)', () => {
    const err = thrown(() => render(claim((d) => (d.claimInformation.serviceLines[1].teethInformation![0].toothSurfaceCodes = ['M', 'O', 'D', 'B', 'L', 'F']))));
    expect(err).toMatchObject({ code: X12ErrorCode.INVALID_VALUE, segmentId: 'TOO', loop: '2400', path: 'transactions[0][0].claimInformation.serviceLines[1]' });
  });

  it('writes the claim-level service date once, and a line date only when it differs', () => {
    const same = body(render(claim()));
    expect(same.filter((s) => s.startsWith('DTP*472'))).toEqual(['DTP*472*D8*20250312']);
    const differs = body(render(claim((d) => (d.claimInformation.serviceLines[3].serviceDate = '20250314'))));
    expect(differs.filter((s) => s.startsWith('DTP*472'))).toEqual(['DTP*472*D8*20250312', 'DTP*472*D8*20250314']);
  });

  it('writes DN2 tooth status and DN1 orthodontic months in 2300, before the 2310 loops', () => {
    const out = body(
      render(
        claim((d) => (d.claimInformation.orthodonticTotalMonthsOfTreatment = { monthsCount: 24, monthsRemaining: 18 })),
      ),
    );
    const clm = out.findIndex((s) => s.startsWith('CLM*'));
    expect(out.slice(clm + 1, clm + 5)).toEqual(['DTP*472*D8*20250312', 'DN1*24*18', 'DN2*1*M****JP', 'DN2*16*M****JP']);
    expect(out[clm + 5]).toBe('NM1*82*1*CHEN*EMMA****XX*1847392051');
  });

  it('marks a predetermination with CLM19 = PB', () => {
    const out = body(render(claim((d) => (d.claimInformation.predeterminationOfBenefits = true))));
    expect(out).toContain('CLM*DNT2025004*1720.5***11:B:1*Y*A*Y*Y**********PB');
  });

  it('allows at most four diagnosis codes, the first the principal', () => {
    const four = body(
      render(
        claim((d) => {
          d.claimInformation.healthCareCodeInformation = [
            { diagnosisTypeCode: 'ABK', diagnosisCode: 'K0252' },
            { diagnosisTypeCode: 'ABF', diagnosisCode: 'K0262' },
            { diagnosisTypeCode: 'ABF', diagnosisCode: 'K083' },
            { diagnosisTypeCode: 'ABF', diagnosisCode: 'K051' },
          ];
          d.claimInformation.serviceLines[1].dentalService.compositeDiagnosisCodePointers = { diagnosisCodePointers: ['1', '2'] };
        }),
      ),
    );
    expect(four).toEqual(expect.arrayContaining(['HI*ABK:K0252*ABF:K0262*ABF:K083*ABF:K051', 'SV3*AD:D2392*210****1*****1:2']));
    const five = thrown(() =>
      render(
        claim((d) => {
          d.claimInformation.healthCareCodeInformation = ['K0252', 'K0262', 'K083', 'K051', 'K056'].map((c, i) => ({ diagnosisTypeCode: i === 0 ? 'ABK' : 'ABF', diagnosisCode: c }));
        }),
      ),
    );
    expect(five).toMatchObject({ segmentId: 'HI', element: 5 });
  });

  it('requires the rendering provider\'s taxonomy when 2310B is sent (PRV is required there)', () => {
    const err = thrown(() => render(claim((d) => delete d.rendering!.taxonomyCode)));
    expect(err).toMatchObject({ code: X12ErrorCode.MISSING_VALUE, segmentId: 'PRV', element: 3, loop: '2310B', path: 'transactions[0][0].rendering' });
  });
});
