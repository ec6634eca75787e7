import { sniffTransaction } from './sniff-transaction';

const isa = (el = '*', term = '~') =>
  ['ISA', '00', '          ', '00', '          ', 'ZZ', 'CLEARINGHOUSE  ', 'ZZ', 'X12GW          ', '250401', '1200', '^', '00501', '000000001', '0', 'P', ':'].join(el) + term;

describe('sniffTransaction', () => {
  it('names the first transaction set by ST01', () => {
    expect(sniffTransaction(`${isa()}GS*HP*A*B*20250401*1200*1*X*005010X221A1~ST*835*0001~`)).toBe('835');
    expect(sniffTransaction(`${isa()}\nGS*FA*A*B*20250401*1200*1*X*005010X231A1~\nST*999*0001*005010X231A1~`)).toBe('999');
    expect(sniffTransaction(`\uFEFF${isa('|', '\n')}GS|HN|A|B|20250401|1200|1|X|005010X214\nST|277|0001|005010X214\n`)).toBe('277');
  });

  it('sees a TA1 alone, and a 999 behind a TA1 ahead of GS (Office Ally)', () => {
    expect(sniffTransaction(`${isa()}TA1*000000123*250401*1200*A*000~IEA*0*000000001~`)).toBe('TA1');
    expect(sniffTransaction(`${isa()}TA1*000000123*250401*1200*A*000~GS*FA*A*B*20250401*1200*1*X*005010X231A1~ST*999*0001~`)).toBe('999');
  });

  it('returns null for what is not an interchange, and empty for one without TA1 or ST', () => {
    expect(sniffTransaction('this is not an X12 file')).toBeNull();
    expect(sniffTransaction('ISA*00*short~')).toBeNull();
    expect(sniffTransaction(`${isa()}IEA*0*000000001~`)).toBe('');
  });
});
