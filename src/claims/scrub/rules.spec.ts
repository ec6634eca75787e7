import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasErrors, scrubClaim, SCRUB_RULES } from './index';
import { loadPayerRules } from './payer-rules';
import { claimOf, TODAY } from './test-claims';

const KINDS = ['professional', 'institutional', 'dental'] as const;
const registry = loadPayerRules(path.resolve(__dirname, '../../../config/payers'));

describe('the rule table', () => {
  it('has unique SCREAMING_SNAKE codes, a description and at least one kind per rule', () => {
    const codes = SCRUB_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of SCRUB_RULES) {
      expect([rule.code, /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(rule.code)]).toEqual([rule.code, true]);
      expect([rule.code, rule.description.length > 10, rule.kinds.length > 0]).toEqual([rule.code, true, true]);
    }
  });

  it('has every rule tested by name in a spec beside it', () => {
    const specs = fs
      .readdirSync(__dirname)
      .filter((f) => f.endsWith('.rule.spec.ts'))
      .map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8'))
      .join('\n');
    const untested = SCRUB_RULES.filter((r) => !specs.includes(`'${r.code}'`)).map((r) => r.code);
    expect(untested).toEqual([]);
  });
});

describe('scrubClaim', () => {
  it.each(KINDS)('passes the %s fixture through every rule, with its payer rules and without any', (kind) => {
    expect(scrubClaim(kind, claimOf(kind), { today: TODAY, payer: registry.forPayer('99999') })).toEqual([]);
    expect(scrubClaim(kind, claimOf(kind), { today: TODAY, payer: null })).toEqual([]);
  });

  it('lists every failed edit of a claim, in table order', () => {
    const doc = claimOf('professional');
    doc.rendering!.npi = '1728394052';
    doc.claimInformation.claimChargeAmount = '151.00';
    doc.claimInformation.serviceLines[0].serviceDate = '20991231';
    const findings = scrubClaim('professional', doc, { today: TODAY, payer: registry.forPayer('99999') });
    expect(findings.map((f) => [f.code, f.path, f.severity])).toEqual([
      ['NPI_CHECK_DIGIT', 'rendering.npi', 'error'],
      ['CLAIM_CHARGE_MISMATCH', 'claimInformation.claimChargeAmount', 'error'],
      ['SERVICE_DATE_IN_FUTURE', 'claimInformation.serviceLines[0].serviceDate', 'error'],
    ]);
    expect(hasErrors(findings)).toBe(true);
  });

  it('runs only the rules of the claim kind', () => {
    const doc = claimOf('institutional');
    doc.claimInformation.serviceLines[0].institutionalService.serviceLineRevenueCode = '450';
    expect(scrubClaim('institutional', doc, { today: TODAY, payer: null }).map((f) => f.code)).toEqual(['REVENUE_CODE_SYNTAX']);
  });

  it('applies the payer file of the claim: Medicare takes professional claims only, with SBR09 MB', () => {
    const findings = scrubClaim('dental', claimOf('dental'), { today: TODAY, payer: registry.forPayer('99998') });
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['PAYER_CLAIM_KIND_NOT_ACCEPTED', 'tradingPartnerServiceId'],
      ['PAYER_CLAIM_FILING_CODE', 'claimInformation.claimFilingCode'],
    ]);
  });

  it('never puts a submitted value into a message', () => {
    const doc = claimOf('professional');
    doc.billing.npi = '1558374628';
    doc.billing.address!.address1 = 'PO BOX 7731';
    doc.billing.address!.postalCode = '62777';
    doc.claimInformation.patientControlNumber = 'PCNQUINTAVELLE9876543';
    doc.claimInformation.claimChargeAmount = '987.65';
    doc.claimInformation.healthCareCodeInformation[0].diagnosisCode = 'Z99.89';
    doc.claimInformation.serviceLines[0].professionalService.procedureCode = '9921X';
    doc.claimInformation.serviceLines[0].professionalService.procedureModifiers = ['zz'];
    doc.claimInformation.serviceLines[0].serviceDate = '20991231';
    doc.subscriber.dateOfBirth = '21000101';
    doc.claimInformation.serviceLines[1].providerControlNumber = doc.claimInformation.serviceLines[0].providerControlNumber;
    const findings = scrubClaim('professional', doc, { today: TODAY, payer: registry.forPayer('99999') });
    expect(findings.length).toBeGreaterThanOrEqual(10);
    const text = findings.map((f) => f.message).join('\n');
    for (const value of ['1558374628', '7731', '62777', 'QUINTAVELLE', '987.65', 'Z99', '9921X', 'zz', '20991231', '2099', '21000101', 'PCN7Q2X9K4M1-1']) {
      expect([value, text.includes(value)]).toEqual([value, false]);
    }
  });

  it('does not throw on sparse documents', () => {
    for (const kind of KINDS) {
      const doc = claimOf(kind) as unknown as Record<string, any>;
      for (const line of doc.claimInformation.serviceLines) for (const key of Object.keys(line)) if (key !== 'professionalService' && key !== 'institutionalService' && key !== 'dentalService') delete line[key];
      delete doc.subscriber.address;
      delete doc.billing.address;
      expect(() => scrubClaim(kind, doc as never, { today: TODAY, payer: registry.forPayer('99999') })).not.toThrow();
      expect(() => scrubClaim(kind, { claimInformation: {} } as never, { today: TODAY, payer: registry.forPayer('99999') })).not.toThrow();
    }
  });
});
