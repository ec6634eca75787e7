import { depositsFromCsv, depositsFromJson, isIsoDate } from './deposit-input';

describe('deposit uploads', () => {
  it('reads a JSON array, normalizing amounts and empty traces', () => {
    expect(depositsFromJson([{ date: '2025-04-02', amount: '146', trace: ' EFT1 ' }, { date: '2025-04-03', amount: '0.5', trace: '' }])).toEqual({
      ok: true,
      deposits: [{ date: '2025-04-02', amount: '146.00', trace: 'EFT1' }, { date: '2025-04-03', amount: '0.50', trace: null }],
    });
  });

  it('reports every bad field with its place', () => {
    const r = depositsFromJson([{ date: '2025-02-30', amount: 12.5 }, { date: '2025-04-01', amount: '-1.00' }, 'x']);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['[0].date INVALID_DATE', '[0].amount INVALID_AMOUNT', '[1].amount INVALID_AMOUNT', '[2] NOT_AN_OBJECT']);
    expect(depositsFromJson({})).toMatchObject({ ok: false });
    expect(depositsFromJson([])).toMatchObject({ ok: false, errors: [{ code: 'NO_DEPOSITS' }] });
  });

  it('reads CSV by header names, in any column order, with quoted fields', () => {
    expect(depositsFromCsv('trace,Amount,date\r\n"EFT,9","1,00",2025-04-01\r\n')).toMatchObject({ ok: false, errors: [{ path: 'line 2.amount' }] });
    expect(depositsFromCsv('amount,date,trace\n"146.00",2025-04-01,"EFT ""9"""\n12.00,2025-04-02,\n')).toEqual({
      ok: true,
      deposits: [{ date: '2025-04-01', amount: '146.00', trace: 'EFT "9"' }, { date: '2025-04-02', amount: '12.00', trace: null }],
    });
    expect(depositsFromCsv('when,how much\n2025-04-01,1.00\n')).toMatchObject({ ok: false, errors: [{ code: 'CSV_HEADER' }] });
    expect(depositsFromCsv('date,amount,trace\n2025-04-01,1.00\n')).toMatchObject({ ok: false, errors: [{ code: 'CSV_COLUMNS', path: 'line 2' }] });
  });

  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('20250401')).toBe(false);
  });
});
