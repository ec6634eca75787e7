// The sandbox's deterministic rules, one at a time: front-end edits, fee schedule and fallback,
// contractual write-off, copay/deductible/coinsurance, denials, whole-claim denial, reversal and
// correction, void, predetermination — every result balanced (the 835 writer's arithmetic).
import { claimPaidCents, patientResponsibilityCents, servicePaidCents, type ClaimPaymentWrite } from '../../x12';
import { adjudicate, allowedCents, claimPayments, filingIndicator835, frontEndStatus, payerClaimControlNumber, percentOf, type SandboxClaim, type SandboxLine } from './sandbox-adjudication';

const line = (over: Partial<SandboxLine> = {}): SandboxLine => ({ procedureQualifier: 'HC', procedureCode: '99213', modifiers: [], chargeCents: 12000, units: '1', serviceDate: '20250310', ...over });

const claim = (over: Partial<SandboxClaim> = {}): SandboxClaim => ({
  kind: 'professional',
  patientControlNumber: 'PCN1',
  chargeCents: 12000,
  payerId: '99999',
  payerName: 'EXAMPLE HEALTH PLAN',
  memberId: 'W123456780',
  patient: { lastName: 'DOE', firstName: 'JANE' },
  billingProvider: { name: 'CLINIC', npi: '1234567893' },
  responsibility: 'P',
  filingCode: 'CI',
  facilityCode: '11',
  frequencyCode: '1',
  lines: [line()],
  ...over,
});

const adjustmentsOf = (p: ClaimPaymentWrite) => p.services.flatMap((s) => s.adjustments.map((a) => `${a.group}-${a.reason} ${a.amountCents}`));

describe('sandbox front end (277CA)', () => {
  it('accepts a known payer and member with A2:20 WQ', () => {
    expect(frontEndStatus(claim())).toEqual({ categoryCode: 'A2', statusCode: '20', action: 'WQ' });
  });

  it('rejects an UNKNOWN… payer ID (A3:116:PR) and a REJ… member ID (A7:164:IL)', () => {
    expect(frontEndStatus(claim({ payerId: 'UNKNOWN42' }))).toMatchObject({ categoryCode: 'A3', statusCode: '116', entityCode: 'PR', action: 'U' });
    expect(frontEndStatus(claim({ memberId: 'REJ123' }))).toMatchObject({ categoryCode: 'A7', statusCode: '164', entityCode: 'IL', action: 'U' });
  });

  it('knows only the configured payer IDs when a list is given', () => {
    expect(frontEndStatus(claim(), { knownPayerIds: ['99999'] }).action).toBe('WQ');
    expect(frontEndStatus(claim({ payerId: '88888' }), { knownPayerIds: ['99999'] }).action).toBe('U');
  });

  it('numbers payer claims from the ISA13 and the claim ordinal', () => {
    expect(payerClaimControlNumber('1017', 0)).toBe('SBX0000010170001');
  });
});

describe('sandbox adjudication (835)', () => {
  it('allows the fee schedule × units, never above the charge, else 80% of the charge', () => {
    expect(allowedCents(line())).toBe(9000);
    expect(allowedCents(line({ chargeCents: 5000 }))).toBe(5000);
    expect(allowedCents(line({ procedureCode: '85025', units: '2', chargeCents: 10000 }))).toBe(2200);
    expect(allowedCents(line({ procedureCode: 'X9999', chargeCents: 10001 }))).toBe(8001);
    expect(percentOf(10001, 80)).toBe(8001);
  });

  it('writes off charge − allowed (CO-45) and takes the copay on the first office visit', () => {
    const p = adjudicate(claim(), 'SBX1');
    expect(p.status).toBe('1');
    expect(adjustmentsOf(p)).toEqual(['CO-45 3000', 'PR-3 2500']);
    expect(claimPaidCents(p)).toBe(6500);
    expect(patientResponsibilityCents(p)).toBe(2500);
  });

  it('applies the $50 deductible (odd last digit of the member ID) and 20% coinsurance on other lines', () => {
    const p = adjudicate(claim({ memberId: 'W1', chargeCents: 22000, lines: [line(), line({ procedureCode: '73562', chargeCents: 10000 })] }), 'SBX1');
    expect(adjustmentsOf(p)).toEqual(['CO-45 3000', 'PR-3 2500', 'CO-45 5500', 'PR-1 4500']);
    const q = adjudicate(claim({ memberId: 'W2', lines: [line({ procedureCode: '73562', chargeCents: 10000 })], chargeCents: 10000 }), 'SBX1');
    expect(adjustmentsOf(q)).toEqual(['CO-45 5500', 'PR-2 900']);
  });

  it('denies 97110 (CO-50, N115) and 96127 (CO-97, M15); CLP02 4 when every line is denied', () => {
    const p = adjudicate(claim({ lines: [line(), line({ procedureCode: '97110', chargeCents: 8000 })], chargeCents: 20000 }), 'SBX1');
    expect(p.status).toBe('1');
    expect(p.services[1]).toMatchObject({ adjustments: [{ group: 'CO', reason: '50', amountCents: 8000 }], remarks: ['N115'] });
    const all = adjudicate(claim({ lines: [line({ procedureCode: '96127', chargeCents: 3000 })], chargeCents: 3000 }), 'SBX1');
    expect(all.status).toBe('4');
    expect(claimPaidCents(all)).toBe(0);
  });

  it('denies the whole claim CO-27 for a TERM… member', () => {
    const p = adjudicate(claim({ memberId: 'TERM1' }), 'SBX1');
    expect(p.status).toBe('4');
    expect(adjustmentsOf(p)).toEqual(['CO-27 12000']);
  });

  it('processes as secondary (CLP02 2) when SBR01 is S and maps CLP06', () => {
    expect(adjudicate(claim({ responsibility: 'S' }), 'SBX1').status).toBe('2');
    expect([filingIndicator835('CI'), filingIndicator835('MB'), filingIndicator835('BL'), filingIndicator835(undefined)]).toEqual(['15', 'MB', '12', 'ZZ']);
  });

  it('reverses the original (CLP02 22, negated, CLP07 = F8) before the correction of a frequency-7 claim', () => {
    const [reversal, correction] = claimPayments(claim({ frequencyCode: '7', originalReference: 'ORIG1' }), 'SBX2');
    expect(reversal).toMatchObject({ status: '22', chargeCents: -12000, payerClaimControlNumber: 'ORIG1' });
    expect(claimPaidCents(reversal)).toBe(-4800);
    expect(reversal.services.map(servicePaidCents)).toEqual([-4800]);
    expect(correction).toMatchObject({ status: '1', payerClaimControlNumber: 'SBX2', originalReferenceNumber: 'ORIG1' });
  });

  it('only reverses a void (frequency 8 with F8); a frequency 7 without F8 is adjudicated as it stands', () => {
    expect(claimPayments(claim({ frequencyCode: '8', originalReference: 'ORIG1' }), 'SBX2').map((p) => p.status)).toEqual(['22']);
    expect(claimPayments(claim({ frequencyCode: '7' }), 'SBX2').map((p) => p.status)).toEqual(['1']);
  });

  it('prices a predetermination without paying it (CLP02 25, OA-101)', () => {
    const [p] = claimPayments(claim({ kind: 'dental', predetermination: true, lines: [line({ procedureQualifier: 'AD', procedureCode: 'D8080', chargeCents: 500000 })], chargeCents: 500000 }), 'SBX3');
    expect(p.status).toBe('25');
    expect(claimPaidCents(p)).toBe(0);
    expect(adjustmentsOf(p)).toEqual(['CO-45 100000', 'PR-2 80000', 'OA-101 320000']);
  });
});
