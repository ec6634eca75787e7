import type { ClaimPayment, Remittance835Diagnostic, ServicePayment } from '../x12';
import { blockingDiagnostics, claimLinesOf, releasableRejection, matchServiceLines, patientResponsibilityCents, statusAfterPayment } from './posting-rules';

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
  it.each([
    ['1', 15000n, 15000n, 'paid'],
    ['2', 16000n, 15000n, 'paid'],
    ['1', 14999n, 15000n, 'partially_paid'],
    ['4', 0n, 15000n, 'denied'],
    ['1', 0n, 15000n, null],
    ['22', 0n, 15000n, 'reversed'],
    ['22', -15000n, 15000n, 'reversed'],
    ['4', 5000n, 15000n, 'partially_paid'],
  ])('CLP02 %s with %s of %s cents paid in all → %s', (code, net, charge, expected) => {
    expect(statusAfterPayment(code, net, charge)).toBe(expected);
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
