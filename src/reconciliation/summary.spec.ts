import { summarize, type SummaryInput } from './summary';

const BASE: SummaryInput = {
  remittances: { count: 2, amount: '246.25' },
  claimPayments: { count: 3, billed: '450.00', paid: '245.00' },
  unmatched: { count: 1, charge: '100.00', paid: '100.00' },
  adjustments: [],
  providerAdjustments: [],
};

describe('summarize', () => {
  it('splits CO, PR and the other groups, to the cent, with no float drift', () => {
    const s = summarize({
      ...BASE,
      adjustments: [
        { group: 'CO', reason: '45', denied: false, count: 2, amount: '0.10' },
        { group: 'CO', reason: '253', denied: false, count: 1, amount: '0.20' },
        { group: 'PR', reason: '2', denied: false, count: 1, amount: '5.00' },
        { group: 'PR', reason: '1', denied: false, count: 1, amount: '20.01' },
        { group: 'OA', reason: '23', denied: false, count: 1, amount: '3.33' },
        { group: 'PI', reason: '59', denied: false, count: 1, amount: '1.67' },
        { group: 'oa', reason: '23', denied: false, count: 1, amount: '-0.33' },
      ],
    });
    expect(s.contractualAdjustments).toBe('0.30');
    expect(s.patientResponsibility).toBe('25.01');
    expect(s.otherAdjustments).toEqual({ total: '4.67', byGroup: { OA: '3.00', PI: '1.67' } });
    expect(s.billed).toBe('450.00');
    expect(s.paid).toBe('245.00');
    expect(s.remittances).toEqual({ count: 2, amount: '246.25' });
    expect(s.claimPayments).toEqual({ count: 3 });
    expect(s.unmatched).toEqual({ count: 1, charge: '100.00', paid: '100.00' });
  });

  it('counts denials by CARC — denied context only, never deductible/coinsurance/copay — largest amount first', () => {
    const s = summarize(
      {
        ...BASE,
        adjustments: [
          { group: 'CO', reason: '45', denied: false, count: 4, amount: '80.00' },
          { group: 'CO', reason: '50', denied: true, count: 1, amount: '120.00' },
          { group: 'CO', reason: '16', denied: true, count: 2, amount: '30.00' },
          { group: 'PR', reason: '204', denied: true, count: 1, amount: '30.00' },
          { group: 'PR', reason: '1', denied: true, count: 3, amount: '99.00' },
          { group: 'CO', reason: '50', denied: true, count: -1, amount: '-20.00' },
        ],
      },
      (code) => (code === '50' ? 'Not medically necessary' : null),
    );
    expect(s.denials).toEqual({
      count: 3,
      amount: '160.00',
      byReason: [
        { reason: '50', description: 'Not medically necessary', count: 0, amount: '100.00' },
        { reason: '16', description: null, count: 2, amount: '30.00' },
        { reason: '204', description: null, count: 1, amount: '30.00' },
      ],
    });
  });

  it('nets PLB by reason (positive = withheld) and checks paid − PLB against Σ BPR02', () => {
    const s = summarize({ ...BASE, providerAdjustments: [{ reason: 'L6', amount: '-1.00' }, { reason: 'WO', amount: '0.75' }, { reason: 'L6', amount: '-0.25' }] });
    expect(s.providerAdjustments).toEqual({ net: '-0.50', byReason: { L6: '-1.25', WO: '0.75' } });
    expect(s.paymentDifference).toBe('-0.75');
    expect(summarize({ ...BASE, remittances: { count: 2, amount: '245.50' }, providerAdjustments: [{ reason: 'WO', amount: '-0.50' }] }).paymentDifference).toBe('0.00');
  });

  it('answers zeros for an empty range', () => {
    const s = summarize({ remittances: { count: 0, amount: '0.00' }, claimPayments: { count: 0, billed: '0', paid: '0' }, unmatched: { count: 0, charge: '0', paid: '0' }, adjustments: [], providerAdjustments: [] });
    expect(s).toMatchObject({ billed: '0.00', paid: '0.00', contractualAdjustments: '0.00', patientResponsibility: '0.00', denials: { count: 0, amount: '0.00', byReason: [] }, providerAdjustments: { net: '0.00', byReason: {} }, paymentDifference: '0.00' });
  });
});
