import { addressPostalCodeRule, addressStateRule, billingPoBoxRule, billingZipRule, facilityZipRule, PO_BOX, usZipFormatRule } from './address.rule';
import { check, claimOf, codesAndPaths } from './test-claims';

const KINDS = ['professional', 'institutional', 'dental'] as const;
const facility = (postalCode: string) => ({ organizationName: 'ANNEX CLINIC', address: { address1: '5 SIDE ST', city: 'SPRINGFIELD', state: 'IL', postalCode } });

describe('BILLING_ZIP_NOT_NINE_DIGITS', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(billingZipRule, kind, claimOf(kind))).toEqual([]);
  });

  it.each(['62701', '62701-9876'])('flags a US billing ZIP %s', (zip) => {
    const doc = claimOf('institutional');
    doc.billing.address.postalCode = zip;
    const findings = check(billingZipRule, 'institutional', doc);
    expect(codesAndPaths(findings)).toEqual([['BILLING_ZIP_NOT_NINE_DIGITS', 'billing.address.postalCode']]);
    expect(findings[0].location).toBe('2010AA N403');
  });

  it('leaves foreign addresses alone', () => {
    const doc = claimOf('professional');
    Object.assign(doc.billing.address!, { postalCode: 'K1A0B1', countryCode: 'CA', state: 'ON' });
    expect(check(billingZipRule, 'professional', doc)).toEqual([]);
  });
});

describe('FACILITY_ZIP_NOT_NINE_DIGITS', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(facilityZipRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags claim-level and line-level service facilities', () => {
    const doc = claimOf('professional');
    doc.claimInformation.serviceFacilityLocation = facility('627019999');
    expect(check(facilityZipRule, 'professional', doc)).toEqual([]);
    doc.claimInformation.serviceFacilityLocation = facility('62701');
    doc.claimInformation.serviceLines[1].serviceFacilityLocation = facility('6270');
    const findings = check(facilityZipRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([
      ['FACILITY_ZIP_NOT_NINE_DIGITS', 'claimInformation.serviceFacilityLocation.address.postalCode'],
      ['FACILITY_ZIP_NOT_NINE_DIGITS', 'claimInformation.serviceLines[1].serviceFacilityLocation.address.postalCode'],
    ]);
    expect(findings.map((f) => f.location)).toEqual(['2310C N403', '2420C N403']);
  });

  it('uses 2310E on 837I', () => {
    const doc = claimOf('institutional');
    doc.claimInformation.serviceFacilityLocation = facility('62701');
    expect(check(facilityZipRule, 'institutional', doc).map((f) => f.location)).toEqual(['2310E N403']);
  });
});

describe('BILLING_ADDRESS_PO_BOX', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(billingPoBoxRule, kind, claimOf(kind))).toEqual([]);
  });

  it('recognizes the usual spellings, and not streets that merely contain the letters', () => {
    for (const line of ['PO BOX 123', 'P.O. Box 9', 'p o box 1', 'POB 77', 'Post Office Box 5', 'LOCKBOX 12', 'P.O. DRAWER 4']) expect([line, PO_BOX.test(line)]).toEqual([line, true]);
    for (const line of ['100 CLINIC DR', '12 POBLANO WAY', '1 BOXWOOD LN', '9 POST OFFICE SQ', 'SUITE 200 POPLAR AVE']) expect([line, PO_BOX.test(line)]).toEqual([line, false]);
  });

  it('flags a PO box in either address line', () => {
    const doc = claimOf('dental');
    doc.billing.address!.address2 = 'PO BOX 4410';
    expect(codesAndPaths(check(billingPoBoxRule, 'dental', doc))).toEqual([['BILLING_ADDRESS_PO_BOX', 'billing.address.address2']]);
  });
});

describe('ADDRESS_STATE_REQUIRED', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(addressStateRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags any US or Canadian address without a state, wherever it is', () => {
    const doc = claimOf('professional');
    delete doc.subscriber.address!.state;
    doc.payToAddress = { address1: 'PO BOX 1', city: 'TORONTO', countryCode: 'CA', postalCode: 'M5V2T6' };
    doc.payerAddress = { address1: '1 RUE X', city: 'PARIS', countryCode: 'FR', postalCode: '75001' };
    expect(codesAndPaths(check(addressStateRule, 'professional', doc))).toEqual([
      ['ADDRESS_STATE_REQUIRED', 'subscriber.address.state'],
      ['ADDRESS_STATE_REQUIRED', 'payToAddress.state'],
    ]);
  });
});

describe('ADDRESS_POSTAL_CODE_REQUIRED', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(addressPostalCodeRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags a US address without a ZIP', () => {
    const doc = claimOf('institutional');
    delete doc.subscriber.address!.postalCode;
    expect(codesAndPaths(check(addressPostalCodeRule, 'institutional', doc))).toEqual([['ADDRESS_POSTAL_CODE_REQUIRED', 'subscriber.address.postalCode']]);
  });
});

describe('US_ZIP_FORMAT', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(usZipFormatRule, kind, claimOf(kind))).toEqual([]);
  });

  it('accepts 5 and 9 digits and flags anything else, leaving the nine-digit addresses to their own rules', () => {
    const doc = claimOf('professional');
    doc.subscriber.address!.postalCode = '62701';
    expect(check(usZipFormatRule, 'professional', doc)).toEqual([]);
    doc.subscriber.address!.postalCode = '62701-1234';
    doc.billing.address!.postalCode = '62701-1234';
    expect(codesAndPaths(check(usZipFormatRule, 'professional', doc))).toEqual([['US_ZIP_FORMAT', 'subscriber.address.postalCode']]);
  });
});
