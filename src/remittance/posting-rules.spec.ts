import type { ClaimPayment, Remittance835Diagnostic, ServicePayment } from '../x12';
import { blockingDiagnostics, claimLinesOf, isDenialAdjustment, releasableRejection, matchServiceLines, patientResponsibilityCents, settle, statusAfterPayment } from './posting-rules';

function svc(code: string, options: Partial<ServicePayment> & { modifiers?: string[] } = {}): ServicePayment {
  const { modifiers = [], ...rest } = options;
  return { procedure: { qualifier: 'HC', code, modifiers }, charge: '10.00', paid: '10.00', units: null, serviceDate: '2025-03-10', lineItemControlNumber: null, adjustments: [], remarks: [], ...rest };
}

const DOCUMENT = {
  claimInformation: {
    serviceLines: [
      { serviceDate: '20250310', providerControlNumber: 'L-1', professionalService: { procedureCode: '99213', procedureModifiers: ['25'] } },
      { serviceDate: '20250311', providerControlNumber: 'L-2', professionalService: { procedureCode: '99213' } },
      { serviceDate: '20250310', lineItemControlNumber: 'L-3', institutionalService: { procedureCode: '83036' } },
    ],
  },
};

describe('statusAfterPayment', () => {
  const s = (paid: bigint, denied = 0n, patient = 0n, expected = 0n) => ({ paid, denied, patient, expected });
  it.each<[string, ReturnType<typeof s>, string | null]>([
    ['1', s(15000n), 'paid'],
    ['2', s(9000n, 0n, 2000n, 4000n), 'paid'],
    ['1', s(9000n, 4000n, 0n, 2000n), 'partially_paid'],
    ['1', s(6000n, 0n, 1000n, 1000n), 'partially_paid'],
    ['4', s(0n, 15000n), 'denied'],
    ['4', s(5000n, 10000n), 'partially_paid'],
    ['1', s(0n, 15000n), 'denied'],
    ['1', s(0n, 0n, 12000n, 3000n), 'paid'],
    ['1', s(0n, 0n, 5000n), null],
    ['1', s(0n), null],
    ['25', s(0n, 0n, 0n, 15000n), null],
    ['22', s(0n), 'reversed'],
    ['22', s(-15000n), 'reversed'],
  ])('CLP02 %s with %o of a 150.00 charge → %s', (code, settlement, expected) => {
    expect(statusAfterPayment(code, settlement, 15000n)).toBe(expected);
  });
});

describe('settle', () => {
  const adj = (group: string, reason: string, amount: string) => ({ group, reason, amount });
  it('sorts adjustments into denied, patient and expected; contractual, sequestration and prior payer are not denials', () => {
    expect(settle(9000n, [adj('CO', '45', '30.00'), adj('PR', '2', '12.00'), adj('CO', '253', '1.20'), adj('OA', '23', '5.00'), adj('CO', '50', '64.00'), adj('OA', '18', '1.00')])).toEqual({
      paid: 9000n, denied: 6500n, patient: 1200n, expected: 3620n,
    });
    expect(isDenialAdjustment('PR', '2')).toBe(false);
    expect(isDenialAdjustment('PR', '204')).toBe(true);
    expect(isDenialAdjustment('CO', '97')).toBe(true);
  });
});

describe('matchServiceLines', () => {
  const lines = claimLinesOf(DOCUMENT);

  it('reads the lines of every claim kind with ISO dates', () => {
    expect(lines).toEqual([
      { index: 0, controlNumber: 'L-1', procedureCode: '99213', modifiers: ['25'], serviceDate: '2025-03-10' },
      { index: 1, controlNumber: 'L-2', procedureCode: '99213', modifiers: [], serviceDate: '2025-03-11' },
      { index: 2, controlNumber: 'L-3', procedureCode: '83036', modifiers: [], serviceDate: '2025-03-10' },
    ]);
    expect(claimLinesOf(null)).toEqual([]);
  });

  it('matches REF*6R first, case-insensitively, even when the code changed', () => {
    expect(matchServiceLines([svc('99999', { lineItemControlNumber: 'l-2' })], lines)).toEqual([1]);
  });

  it('falls back to code + modifiers + date, taking each line once', () => {
    const services = [svc('99213', { serviceDate: '2025-03-11' }), svc('99213', { modifiers: ['25'] }), svc('83036'), svc('83036')];
    expect(matchServiceLines(services, lines)).toEqual([1, 0, 2, null]);
  });

  it('does not match another date or other modifiers', () => {
    expect(matchServiceLines([svc('99213', { serviceDate: '2025-04-01' }), svc('99213', { modifiers: ['59'] })], lines)).toEqual([null, null]);
  });
});

describe('patientResponsibilityCents and blockingDiagnostics', () => {
  it('sums PR adjustments at claim and line level only', () => {
    const claim = {
      adjustments: [{ group: 'PR', reason: '1', amount: '10.00', quantity: null }, { group: 'CO', reason: '45', amount: '99.00', quantity: null }],
      services: [svc('99213', { adjustments: [{ group: 'PR', reason: '2', amount: '2.50', quantity: null }] })],
    } as unknown as ClaimPayment;
    expect(patientResponsibilityCents(claim)).toBe(1250n);
  });

  it('blocks an unbalanced set or a missing segment, not a warning', () => {
    expect(blockingDiagnostics(true, [{ code: 'UNKNOWN_CODE', message: 'x', segmentIndex: 3 }])).toEqual([]);
    expect(blockingDiagnostics(true, [{ code: 'MISSING_SEGMENT', message: 'no TRN', segmentIndex: 3 }])).toHaveLength(1);
    expect(blockingDiagnostics(false, [])).toEqual([expect.objectContaining({ code: 'PAYMENT_OUT_OF_BALANCE' })]);
  });
});

describe('releasableRejection', () => {
  const d = (code: string) => ({ code, message: code, segmentIndex: 3 }) as Remittance835Diagnostic;
  it.each([
    [['PAYMENT_OUT_OF_BALANCE'], true],
    [['LINE_OUT_OF_BALANCE', 'CLAIM_OUT_OF_BALANCE', 'UNKNOWN_CODE'], true],
    [['CLAIM_OUT_OF_BALANCE', 'BALANCE_NOT_VERIFIABLE'], false],
    [['PAYMENT_OUT_OF_BALANCE', 'INVALID_NUMBER'], false],
    [['PAYMENT_OUT_OF_BALANCE', 'MISSING_SEGMENT'], false],
    [['LINE_OUT_OF_BALANCE', 'TOO_MANY_DIAGNOSTICS'], false],
    [['COUNT_MISMATCH'], false],
    [[], false],
  ])('%j → %s', (codes, expected) => {
    expect(releasableRejection((codes as string[]).map(d))).toBe(expected);
  });
});
