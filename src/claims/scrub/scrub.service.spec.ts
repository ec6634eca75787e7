import { registryOf } from './payer-rules';
import { ScrubService } from './scrub.service';
import { claimOf, payerRules } from './test-claims';

describe('ScrubService', () => {
  const service = new ScrubService(registryOf([payerRules({ payerIds: ['99999'], claimFilingCodes: ['CI'] }), payerRules({ payerIds: [], name: 'DEFAULT', claimFilingCodes: ['MC'] })]));

  it('is ready when no edit fails, with the payer rules of the claim', () => {
    const result = service.scrub('professional', claimOf('professional'), new Date('2025-06-30T12:00:00Z'));
    expect(result).toEqual({ status: 'ready', findings: [], errors: [], warnings: [] });
  });

  it("uses the default rules for a payer without its own and splits errors from warnings", () => {
    const doc = claimOf('professional');
    doc.tradingPartnerServiceId = '12345';
    doc.claimInformation.healthCareCodeInformation.push({ diagnosisTypeCode: 'ABF', diagnosisCode: 'I10' });
    const result = service.scrub('professional', doc, new Date('2025-06-30T12:00:00Z'));
    expect(result.status).toBe('invalid');
    expect(result.errors.map((f) => f.code)).toEqual(['PAYER_CLAIM_FILING_CODE']);
    expect(result.warnings.map((f) => f.code)).toEqual(['DX_DUPLICATE']);
    expect(result.findings).toEqual([...result.warnings, ...result.errors]);
  });

  it("takes today's date in UTC", () => {
    const doc = claimOf('professional');
    doc.claimInformation.serviceLines[0].serviceDate = '20250701';
    expect(service.scrub('professional', doc, new Date('2025-06-30T23:59:59Z')).errors.map((f) => f.code)).toEqual(['SERVICE_DATE_IN_FUTURE']);
    expect(service.scrub('professional', doc, new Date('2025-07-01T00:00:00Z')).status).toBe('ready');
  });
});
