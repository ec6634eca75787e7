// 837I writer: the institutional specifics — CLM05 bill type and empty CLM06, statement dates
// always RD8, admission DT/D8, CL1, the HI family (POA in HI0n-9, 12 codes per HI and two HI per
// kind, value amounts), the attending/rendering rule, COB with SVD04, and what has no place here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InstitutionalClaimDocument, OtherDiagnosisInformation } from '../../../src/x12/claim-json/claim-document';
import { X12ErrorCode } from '../../../src/x12/core/errors';
import { Render837Error, render837, type Render837Output } from '../../../src/x12/837/render';

const SAMPLES = path.resolve(__dirname, '../../../edi-samples/claims');

function claim(file: string, change: (d: InstitutionalClaimDocument) => void = () => {}): InstitutionalClaimDocument {
  const d = { claimIdentifier: 'CH', ...JSON.parse(fs.readFileSync(path.join(SAMPLES, `${file}.json`), 'utf8')) } as InstitutionalClaimDocument;
  change(d);
  return d;
}

function render(...docs: InstitutionalClaimDocument[]): Render837Output {
  return render837({
    kind: 'institutional',
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
    controlNumbers: { isa13: 3, gs06: 3, st02: [1] },
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

const dx = (n: number): OtherDiagnosisInformation[] =>
  Array.from({ length: n }, (_, i) => ({ qualifierCode: 'ABF', otherDiagnosisCode: `Z${String(800 + i)}`, presentOnAdmissionIndicator: 'Y' }));

describe('837I writer (005010X223A2)', () => {
  it('writes GS08/ST03 005010X223A2 and CLM with the bill type composite and no CLM06', () => {
    const out = body(render(claim('837i-outpatient-er')));
    expect(out).toEqual(expect.arrayContaining(['GS*HC*SENDER*RECEIVER*20250401*0930*3*X*005010X223A2', 'ST*837*0001*005010X223A2', 'CLM*OPE2025002*1308.75***13:A:1**A*Y*Y']));
  });

  it('writes the statement dates as RD8 even for one day, and admission with hour as DT', () => {
    expect(body(render(claim('837i-outpatient-er')))).toContain('DTP*434*RD8*20250310-20250310');
    const inpatient = body(render(claim('837i-inpatient-admission')));
    expect(inpatient.slice(inpatient.findIndex((s) => s.startsWith('CLM*')) + 1).slice(0, 4)).toEqual([
      'DTP*096*TM*1100',
      'DTP*434*RD8*20250302-20250306',
      'DTP*435*DT*202503021430',
      'CL1*1*7*01',
    ]);
    const dateOnly = body(render(claim('837i-inpatient-admission', (d) => (d.claimInformation.claimDateInformation.admissionDateAndHour = '20250302'))));
    expect(dateOnly).toContain('DTP*435*D8*20250302');
  });

  it('refuses a statement period that ends before it starts', () => {
    const err = thrown(() => render(claim('837i-outpatient-er', (d) => (d.claimInformation.claimDateInformation.statementEndDate = '20250309'))));
    expect(err).toMatchObject({ code: X12ErrorCode.INVALID_DATE, segmentId: 'DTP', element: 3, loop: '2300' });
  });

  it('writes the HI family in TR3 order with POA, procedure dates, spans and value amounts', () => {
    const out = body(render(claim('837i-inpatient-admission')));
    const his = out.filter((s) => s.startsWith('HI*'));
    expect(his).toEqual([
      'HI*ABK:I214:::::::Y',
      'HI*ABJ:R079',
      'HI*ABF:I10:::::::Y*ABF:E119:::::::Y*ABF:E785:::::::Y*ABF:N179:::::::N',
      'HI*BBR:02703ZZ:D8:20250303',
      'HI*BBQ:B2111ZZ:D8:20250303',
      'HI*BI:74:RD8:20250305-20250305',
      'HI*BH:11:D8:20250301',
      'HI*BE:01:::1200*BE:80:::4',
      'HI*BG:39',
    ]);
  });

  it('splits other diagnoses into HI segments of 12 whatever the JSON grouping, and refuses more than 24', () => {
    const fourteen = body(render(claim('837i-inpatient-admission', (d) => (d.claimInformation.otherDiagnosisInformationList = [dx(3), dx(11).map((x, i) => ({ ...x, otherDiagnosisCode: `Y${900 + i}` }))]))));
    const abf = fourteen.filter((s) => s.startsWith('HI*ABF'));
    expect(abf.map((s) => s.split('*').length - 1)).toEqual([12, 2]);
    const err = thrown(() => render(claim('837i-inpatient-admission', (d) => (d.claimInformation.otherDiagnosisInformationList = [dx(12), dx(12), dx(1)]))));
    expect(err).toMatchObject({ code: X12ErrorCode.INVALID_VALUE, segmentId: 'HI' });
    expect(err.message).toContain('at most 24');
  });

  it('refuses a principal procedure without its date (HI01-4)', () => {
    const err = thrown(() => render(claim('837i-inpatient-admission', (d) => delete d.claimInformation.principalProcedureInformation!.principalProcedureDate)));
    expect(err).toMatchObject({ code: X12ErrorCode.MISSING_VALUE, segmentId: 'HI' });
  });

  it('writes 2310A attending with PRV*AT, and 2310D rendering only when it is not the attending', () => {
    const base = claim('837i-outpatient-er');
    const same = body(render(claim('837i-outpatient-er', (d) => (d.rendering = { ...base.attending! }))));
    expect(same).toEqual(expect.arrayContaining(['NM1*71*1*HASSAN*OMAR****XX*1847392051', 'PRV*AT*PXC*207P00000X']));
    expect(same.some((s) => s.startsWith('NM1*82'))).toBe(false);
    const other = body(render(claim('837i-outpatient-er', (d) => (d.rendering = { npi: '1234567893', lastName: 'NAIR', firstName: 'PRIYA' }))));
    expect(other).toContain('NM1*82*1*NAIR*PRIYA****XX*1234567893');
  });

  it('writes SV2 with the revenue code, optional HCPCS composite, REF*6R and 2410 after it', () => {
    const out = body(render(claim('837i-outpatient-er')));
    expect(out).toEqual(expect.arrayContaining(['SV2*0450*HC:99284:25*950*UN*1', 'REF*6R*OPE2025002-1', 'LIN**N4*12345678901', 'CTP****2*ML']));
    expect(body(render(claim('837i-inpatient-admission')))).toContain('SV2*0120**4800*DA*4');
  });

  it('writes 2320 with the X223 AMT order and 2430 with SVD04 revenue codes', () => {
    const out = body(render(claim('837i-outpatient-cob-secondary')));
    const i = out.indexOf('SBR*P*18*FP4400******CI');
    expect(out.slice(i, i + 4)).toEqual(['SBR*P*18*FP4400******CI', 'AMT*D*160', 'AMT*EAF*30', 'OI***Y***Y']);
    expect(out).toEqual(expect.arrayContaining(['SVD*11111*120*HC:99213*0510*1', 'CAS*PR*3*30', 'DTP*573*D8*20250325']));
  });

  it('refuses what the 837I has no place for: SBR05 and a line note', () => {
    const sbr05 = thrown(() => render(claim('837i-outpatient-er', (d) => (d.subscriber.insuranceTypeCode = '12'))));
    expect(sbr05).toMatchObject({ segmentId: 'SBR', element: 5, loop: '2000B' });
    const note = thrown(() => render(claim('837i-outpatient-er', (d) => (d.claimInformation.serviceLines[0].lineNoteText = 'NOTE'))));
    expect(note).toMatchObject({ segmentId: 'NTE', loop: '2400', path: 'transactions[0][0].claimInformation.serviceLines[0]' });
  });

  it('needs an organization as billing provider (2010AA NM102 = 2)', () => {
    const err = thrown(() => render(claim('837i-outpatient-er', (d) => (d.billing = { ...d.billing, organizationName: undefined, lastName: 'DOE' }))));
    expect(err).toMatchObject({ code: X12ErrorCode.MISSING_VALUE, segmentId: 'NM1', element: 3, loop: '2010AA' });
  });
});
