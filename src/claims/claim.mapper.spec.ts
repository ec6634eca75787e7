import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateClaimBody, type ClaimDtoByKind } from './claim-validation';
import { summarizeClaim, toClaimDocument } from './claim.mapper';
import type { ClaimKind } from './claim.types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>;

const fixtureDir = path.resolve(__dirname, '../../test/fixtures/claims');
function fixture(name: string): Body {
  return JSON.parse(fs.readFileSync(path.join(fixtureDir, `${name}.json`), 'utf8'));
}
const professional = () => fixture('professional-office-visit');
const institutional = () => fixture('institutional-outpatient-er');
const dental = () => fixture('dental-crown');

function dto<K extends ClaimKind>(kind: K, body: Body): ClaimDtoByKind[K] {
  const result = validateClaimBody(kind, body);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Validates, maps and round-trips through JSON (what the database stores). */
function documentOf<K extends ClaimKind>(kind: K, body: Body) {
  const doc = toClaimDocument(kind, dto(kind, body));
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  return doc;
}

function expectPlain(value: unknown, at = 'document'): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => expectPlain(item, `${at}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    expect([at, Object.getPrototypeOf(value)]).toEqual([at, Object.prototype]);
    for (const [key, member] of Object.entries(value)) {
      expect([`${at}.${key}`, member]).not.toEqual([`${at}.${key}`, undefined]);
      expectPlain(member, `${at}.${key}`);
    }
  }
}

describe('toClaimDocument', () => {
  it('copies the professional example into plain objects with the same field names', () => {
    const body = professional();
    const value = dto('professional', body);
    const doc = toClaimDocument('professional', value);
    expectPlain(doc);
    const { providerType: _billingType, ...billing } = body.billing;
    const { providerType: _renderingType, ...rendering } = body.rendering;
    expect(doc).toEqual({ ...body, billing, rendering, claimIdentifier: 'CH' });
    // a copy, not a view: changing the document leaves the DTO alone
    doc.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount = '1.00';
    expect(value.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount).toBe('120.00');
  });

  it('fills the defaults Stedi applies: usage indicator P, BHT06 CH, subscriber SBR01 P', () => {
    const body = professional();
    delete body.usageIndicator;
    delete body.subscriber.paymentResponsibilityLevelCode;
    const doc = documentOf('professional', body);
    expect(doc.usageIndicator).toBe('P');
    expect(doc.claimIdentifier).toBe('CH');
    expect(doc.subscriber.paymentResponsibilityLevelCode).toBe('P');

    const d = dental();
    delete d.subscriber.paymentResponsibilityLevelCode;
    d.claimIdentifier = 'RP';
    const dentalDoc = documentOf('dental', d);
    expect(dentalDoc.subscriber.paymentResponsibilityLevelCode).toBe('P');
    expect(dentalDoc.claimIdentifier).toBe('RP');
  });

  it('drops optional members sent as null', () => {
    const body = professional();
    body.dependent = null;
    body.subscriber.middleName = null;
    const doc = documentOf('professional', body);
    expect('dependent' in doc).toBe(false);
    expect('middleName' in doc.subscriber).toBe(false);
  });

  describe('line item control numbers', () => {
    it('837P: lineItemControlNumber becomes providerControlNumber', () => {
      const body = professional();
      const line = body.claimInformation.serviceLines[0];
      delete line.providerControlNumber;
      line.lineItemControlNumber = 'ALIAS-1';
      body.claimInformation.serviceLines[1].lineItemControlNumber = 'PCN7Q2X9K4M1-2';
      const lines = documentOf('professional', body).claimInformation.serviceLines;
      expect(lines.map((l) => l.providerControlNumber)).toEqual(['ALIAS-1', 'PCN7Q2X9K4M1-2']);
      for (const l of lines) expect(l).not.toHaveProperty('lineItemControlNumber');
    });

    it('837P: a line without one stays without one (intake assigns it) and LX01 is dropped', () => {
      const body = professional();
      delete body.claimInformation.serviceLines[0].providerControlNumber;
      body.claimInformation.serviceLines[0].assignedNumber = '7';
      const [line] = documentOf('professional', body).claimInformation.serviceLines;
      expect(line).not.toHaveProperty('providerControlNumber');
      expect(line).not.toHaveProperty('assignedNumber');
    });

    it('837I: keeps lineItemControlNumber, or takes it from serviceLineReferenceInformation', () => {
      const body = institutional();
      const line = body.claimInformation.serviceLines[1];
      delete line.lineItemControlNumber;
      line.serviceLineReferenceInformation = { providerControlNumber: 'REF-2', repricedLineItemRefNumber: 'R9' };
      body.claimInformation.serviceLines[0].serviceLineReferenceInformation = { providerControlNumber: 'HX4N8R2T6W-1' };
      const lines = documentOf('institutional', body).claimInformation.serviceLines;
      expect(lines[0].lineItemControlNumber).toBe('HX4N8R2T6W-1');
      expect(lines[0]).not.toHaveProperty('serviceLineReferenceInformation');
      expect(lines[1].lineItemControlNumber).toBe('REF-2');
      expect(lines[1].serviceLineReferenceInformation).toEqual({ repricedLineItemRefNumber: 'R9' });
    });

    it('837D: providerControlNumber passes through', () => {
      const lines = documentOf('dental', dental()).claimInformation.serviceLines;
      expect(lines.map((l) => l.providerControlNumber)).toEqual(['DNT5K8P2Q7-1', 'DNT5K8P2Q7-2']);
    });
  });

  describe('providers[] resolution', () => {
    it('837I example: BillingProvider and AttendingProvider fill billing and attending', () => {
      const body = institutional();
      const doc = documentOf('institutional', body);
      const { providerType: _b, ...billing } = body.providers[0];
      const { providerType: _a, ...attending } = body.providers[1];
      expect(doc.billing).toEqual(billing);
      expect(doc.attending).toEqual(attending);
      expect(doc).not.toHaveProperty('providers');
      expect(doc).not.toHaveProperty('rendering');
    });

    it('837I: providers[] overrides the dedicated objects', () => {
      const body = institutional();
      body.attending = { lastName: 'DEDICATED', npi: '1728394051' };
      body.billing = { employerId: '999999999', address: { address1: '1 OTHER ST', city: 'X' } };
      const doc = documentOf('institutional', body);
      expect(doc.attending?.lastName).toBe('LOPEZ');
      expect(doc.billing.employerId).toBe('371234568');
    });

    it('837I: dedicated objects are used when providers[] lacks that type', () => {
      const body = institutional();
      body.providers = [body.providers[0]];
      body.attending = { providerType: 'AttendingProvider', lastName: 'DEDICATED', npi: '1728394051' };
      expect(documentOf('institutional', body).attending).toEqual({ lastName: 'DEDICATED', npi: '1728394051' });
    });

    it('837P legacy form: every type lands in its dedicated object, providerType dropped', () => {
      const body = professional();
      body.providers = [
        { ...body.billing },
        { ...body.rendering },
        { providerType: 'ReferringProvider', npi: '1447563820', lastName: 'JONES' },
        { providerType: 'SupervisingProvider', npi: '1627384955', lastName: 'BROWN' },
        { providerType: 'OrderingProvider', npi: '1369248715', lastName: 'GREEN' },
      ];
      delete body.billing;
      delete body.rendering;
      const doc = documentOf('professional', body);
      expect(doc.billing).toMatchObject({ npi: '1558374629', employerId: '371234567' });
      expect(doc.rendering).toEqual({ npi: '1728394051', firstName: 'ALAN', lastName: 'SMITH', taxonomyCode: '207Q00000X' });
      expect(doc.referring).toEqual({ npi: '1447563820', lastName: 'JONES' });
      expect(doc.supervising).toEqual({ npi: '1627384955', lastName: 'BROWN' });
      expect(doc.ordering).toEqual({ npi: '1369248715', lastName: 'GREEN' });
      for (const p of [doc.billing, doc.rendering, doc.referring, doc.supervising, doc.ordering]) expect(p).not.toHaveProperty('providerType');
      expect(doc).not.toHaveProperty('providers');
    });

    it('837D legacy form', () => {
      const body = dental();
      body.providers = [{ ...body.billing }];
      delete body.billing;
      expect(documentOf('dental', body).billing).toMatchObject({ npi: '1369248715', organizationName: 'SPRINGFIELD DENTAL GROUP' });
    });
  });

  it('folds the older single forms into their lists', () => {
    const body = professional();
    body.claimInformation.fileInformation = 'K3 DATA';
    body.claimInformation.claimSupplementalInformation = {
      priorAuthorizationNumber: 'PA1',
      reportInformation: { attachmentReportTypeCode: '03', attachmentTransmissionCode: 'BM' },
      reportInformations: [{ attachmentReportTypeCode: '04', attachmentTransmissionCode: 'FX', attachmentControlNumber: 'AC123' }],
    };
    const info = documentOf('professional', body).claimInformation;
    expect(info.fileInformationList).toEqual(['K3 DATA']);
    expect(info).not.toHaveProperty('fileInformation');
    expect(info.claimSupplementalInformation).toEqual({
      priorAuthorizationNumber: 'PA1',
      reportInformations: [
        { attachmentReportTypeCode: '03', attachmentTransmissionCode: 'BM' },
        { attachmentReportTypeCode: '04', attachmentTransmissionCode: 'FX', attachmentControlNumber: 'AC123' },
      ],
    });

    const inst = institutional();
    const pwk = (code: string) => ({ attachmentReportTypeCode: code, attachmentTransmissionCode: 'BM' });
    inst.claimInformation.serviceLines[0].serviceLineSupplementalInformation = pwk('03');
    inst.claimInformation.serviceLines[0].serviceLineSupplementalInformations = [pwk('04')];
    inst.claimInformation.serviceLines[0].lineSupplementInformation = { reportInformation: pwk('05'), reportInformations: [pwk('06')] };
    const [line] = documentOf('institutional', inst).claimInformation.serviceLines;
    expect(line.serviceLineSupplementalInformations).toEqual([pwk('03'), pwk('04'), pwk('05'), pwk('06')]);
    expect(line).not.toHaveProperty('serviceLineSupplementalInformation');
    expect(line).not.toHaveProperty('lineSupplementInformation');
  });

  it('keeps amounts as the strings that were sent', () => {
    const body = professional();
    body.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount = '120';
    const doc = documentOf('professional', body);
    expect(doc.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount).toBe('120');
    expect(doc.claimInformation.claimChargeAmount).toBe('150.00');
  });
});

describe('summarizeClaim', () => {
  it('summarizes the three examples', () => {
    expect(summarizeClaim('professional', documentOf('professional', professional()))).toEqual({
      kind: 'professional',
      payerId: '99999',
      payerName: 'EXAMPLE HEALTH PLAN',
      billingNpi: '1558374629',
      billingProviderKey: '1558374629',
      patientControlNumber: 'PCN7Q2X9K4M1',
      frequencyCode: '1',
      totalCharge: '150.00',
      serviceDateFrom: '2025-03-10',
      serviceDateTo: '2025-03-10',
      usageIndicator: 'T',
      lineCount: 2,
    });
    expect(summarizeClaim('institutional', documentOf('institutional', institutional()))).toMatchObject({
      kind: 'institutional',
      billingNpi: '1447563820',
      totalCharge: '450.00',
      serviceDateFrom: '2025-03-10',
      serviceDateTo: '2025-03-10',
      lineCount: 2,
    });
    expect(summarizeClaim('dental', documentOf('dental', dental()))).toMatchObject({
      kind: 'dental',
      payerName: 'EXAMPLE DENTAL PLAN',
      totalCharge: '1245.00',
      serviceDateFrom: '2025-03-12',
      serviceDateTo: '2025-03-12',
      lineCount: 2,
    });
  });

  it('adds line charges in exact cents and writes two decimals', () => {
    const body = professional();
    const [line] = body.claimInformation.serviceLines;
    body.claimInformation.serviceLines = ['0.10', '0.20', '0.3', '150'].map((charge, i) => ({
      ...JSON.parse(JSON.stringify(line)),
      providerControlNumber: `L${i}`,
      professionalService: { ...line.professionalService, lineItemChargeAmount: charge },
    }));
    expect(summarizeClaim('professional', documentOf('professional', body)).totalCharge).toBe('150.60');

    body.claimInformation.serviceLines = [{ ...line, professionalService: { ...line.professionalService, lineItemChargeAmount: '150' } }];
    expect(summarizeClaim('professional', documentOf('professional', body)).totalCharge).toBe('150.00');

    body.claimInformation.serviceLines = [
      { ...line, providerControlNumber: 'A', professionalService: { ...line.professionalService, lineItemChargeAmount: '0.10' } },
      { ...line, providerControlNumber: 'B', professionalService: { ...line.professionalService, lineItemChargeAmount: '0.20' } },
    ];
    expect(summarizeClaim('professional', documentOf('professional', body)).totalCharge).toBe('0.30');
  });

  it('spans the earliest line date to the latest line end date', () => {
    const body = professional();
    const [a, b] = body.claimInformation.serviceLines;
    a.serviceDate = '20250305';
    a.serviceDateEnd = '20250320';
    b.serviceDate = '20250301';
    const summary = summarizeClaim('professional', documentOf('professional', body));
    expect([summary.serviceDateFrom, summary.serviceDateTo]).toEqual(['2025-03-01', '2025-03-20']);
  });

  it('uses the statement period on 837I', () => {
    const body = institutional();
    body.claimInformation.claimDateInformation = { statementBeginDate: '20250301', statementEndDate: '20250310' };
    body.claimInformation.serviceLines[0].serviceDate = '20250228';
    const summary = summarizeClaim('institutional', documentOf('institutional', body));
    expect([summary.serviceDateFrom, summary.serviceDateTo]).toEqual(['2025-03-01', '2025-03-10']);
  });

  it('uses the claim service date (or range) and line dates on 837D, or null without any', () => {
    const body = dental();
    body.claimInformation.claimDateInformation.serviceDate = '20250301-20250312';
    body.claimInformation.serviceLines[1].serviceDate = '20250314';
    let summary = summarizeClaim('dental', documentOf('dental', body));
    expect([summary.serviceDateFrom, summary.serviceDateTo]).toEqual(['2025-03-01', '2025-03-14']);

    delete body.claimInformation.claimDateInformation;
    for (const line of body.claimInformation.serviceLines) delete line.serviceDate;
    summary = summarizeClaim('dental', documentOf('dental', body));
    expect([summary.serviceDateFrom, summary.serviceDateTo]).toEqual([null, null]);
  });

  it('keys the billing provider by NPI, else EIN, else its first secondary identifier', () => {
    const noNpi = professional();
    delete noNpi.billing.npi;
    noNpi.billing.locationNumber = 'LOC-7';
    let summary = summarizeClaim('professional', documentOf('professional', noNpi));
    expect([summary.billingNpi, summary.billingProviderKey]).toEqual([null, 'EI:371234567']);

    delete noNpi.billing.employerId;
    noNpi.billing.ssn = '123456789';
    summary = summarizeClaim('professional', documentOf('professional', noNpi));
    expect(summary.billingProviderKey).toBe('LU:LOC-7');

    const inst = institutional();
    delete inst.providers[0].npi;
    summary = summarizeClaim('institutional', documentOf('institutional', inst));
    expect([summary.billingNpi, summary.billingProviderKey]).toEqual([null, 'EI:371234568']);
  });

  it('reports a missing payer name as null and the defaulted usage indicator', () => {
    const body = professional();
    delete body.tradingPartnerName;
    delete body.usageIndicator;
    const summary = summarizeClaim('professional', documentOf('professional', body));
    expect(summary.payerName).toBeNull();
    expect(summary.usageIndicator).toBe('P');
  });
});
