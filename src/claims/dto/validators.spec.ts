import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, validateSync } from 'class-validator';
import {
  ConflictsWith,
  EachArrayMaxSize,
  EachIsArray,
  IsAmount,
  IsDecimalString,
  IsDigits,
  RequiredForBillingProvider,
  RequiredIfPresent,
  RequiredUnlessPresent,
  SameAsIfPresent,
  isAmount,
  isDecimalString,
  isX12Date,
  isX12DateOrRange,
  isX12DateTime,
  isX12Time,
} from './validators';

describe('X12 dates and times', () => {
  it.each(['20250310', '20240229', '20000229', '19991231', '20250131'])('accepts the real date %s', (d) => {
    expect(isX12Date(d)).toBe(true);
  });

  it.each(['20250230', '20250229', '19000229', '20250431', '20251301', '20250001', '20250100', '2025-03-10', '2025031', '202503100', 20250310, null])(
    'rejects %j',
    (d) => {
      expect(isX12Date(d)).toBe(false);
    },
  );

  it('accepts an RD8 range only in order', () => {
    expect(isX12DateOrRange('20250310')).toBe(true);
    expect(isX12DateOrRange('20250310-20250312')).toBe(true);
    expect(isX12DateOrRange('20250310-20250310')).toBe(true);
    expect(isX12DateOrRange('20250312-20250310')).toBe(false);
    expect(isX12DateOrRange('20250310-20250230')).toBe(false);
    expect(isX12DateOrRange('20250310-')).toBe(false);
    expect(isX12DateOrRange('20250310-20250311-20250312')).toBe(false);
  });

  it('reads DT (CCYYMMDDHHMM) and TM (HHMM)', () => {
    expect(isX12DateTime('202503101430')).toBe(true);
    expect(isX12DateTime('20250310')).toBe(true);
    expect(isX12DateTime('202503102400')).toBe(false);
    expect(isX12DateTime('202502301430')).toBe(false);
    expect(isX12DateTime('2025031014')).toBe(false);
    expect(isX12Time('0000')).toBe(true);
    expect(isX12Time('2359')).toBe(true);
    expect(isX12Time('2400')).toBe(false);
    expect(isX12Time('1260')).toBe(false);
  });
});

describe('amounts and quantities', () => {
  it('accepts unsigned amounts with up to two decimals, as strings', () => {
    for (const a of ['0', '150', '150.5', '150.50', '000.01']) expect(isAmount(a)).toBe(true);
    for (const a of ['150.505', '-1', '1e3', '', ' 1', '1.', '.5', 150]) expect(isAmount(a)).toBe(false);
    expect(isAmount('1'.repeat(18))).toBe(true);
    expect(isAmount('1'.repeat(19))).toBe(false);
    expect(isAmount('1'.repeat(17) + '.11')).toBe(false);
  });

  it('accepts a leading minus only when allowed', () => {
    expect(isAmount('-1.50', { allowNegative: true })).toBe(true);
    expect(isAmount('-1.50')).toBe(false);
  });

  it('limits unit counts to 8 integer digits and 3 decimals', () => {
    for (const q of ['1', '0.5', '12345678', '12345678.123']) expect(isDecimalString(q)).toBe(true);
    for (const q of ['123456789', '1.1234', '-1', '1.', '', 1]) expect(isDecimalString(q)).toBe(false);
  });
});

class Sample {
  @IsOptional() @IsAmount() amount?: string;
  @IsOptional() @IsDecimalString() units?: string;
  @IsOptional() @IsDigits(9) ein?: string;
  @RequiredUnlessPresent('lastName') @IsString() organizationName?: string;
  @IsOptional() @IsString() lastName?: string;
  @RequiredIfPresent('code') @IsString() qualifier?: string;
  @IsOptional() @IsString() code?: string;
  @IsOptional() @IsString() @ConflictsWith('employerId') ssn?: string;
  @IsOptional() @IsString() employerId?: string;
  @IsOptional() @IsString() providerControlNumber?: string;
  @IsOptional() @IsString() @SameAsIfPresent('providerControlNumber') lineItemControlNumber?: string;
  @IsOptional() @EachIsArray() @EachArrayMaxSize(2) lists?: unknown[];
  @IsOptional() providerType?: string;
  @RequiredForBillingProvider('ssn') @IsString() billingEin?: string;
}

function failures(plain: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of validateSync(plainToInstance(Sample, plain))) out[e.property] = Object.keys(e.constraints ?? {});
  return out;
}

describe('decorators', () => {
  const base = { organizationName: 'ACME' };

  it('pass a minimal valid object', () => {
    expect(failures(base)).toEqual({});
  });

  it('check amounts, quantities and digit strings', () => {
    expect(failures({ ...base, amount: '1.234', units: '1.2345', ein: '12345678' })).toEqual({
      amount: ['isAmount'],
      units: ['isDecimalString'],
      ein: ['isDigits'],
    });
  });

  it('require one of two siblings', () => {
    expect(failures({})).toMatchObject({ organizationName: expect.arrayContaining(['conditionallyRequired']) });
    expect(failures({ lastName: 'DOE' })).toEqual({});
  });

  it('require a pair together', () => {
    expect(failures({ ...base, code: 'X' })).toMatchObject({ qualifier: expect.arrayContaining(['conditionallyRequired']) });
    expect(failures({ ...base, code: 'X', qualifier: 'G2' })).toEqual({});
  });

  it('report conflicts and disagreeing aliases', () => {
    expect(failures({ ...base, ssn: '1', employerId: '2' })).toEqual({ ssn: ['conflictsWith'] });
    expect(failures({ ...base, providerControlNumber: 'A', lineItemControlNumber: 'B' })).toEqual({ lineItemControlNumber: ['sameAsIfPresent'] });
    expect(failures({ ...base, providerControlNumber: 'A', lineItemControlNumber: 'A' })).toEqual({});
    expect(failures({ ...base, lineItemControlNumber: 'A' })).toEqual({});
  });

  it('check arrays of arrays', () => {
    expect(failures({ ...base, lists: [[1], 2] })).toEqual({ lists: ['eachIsArray'] });
    expect(failures({ ...base, lists: [[1, 2, 3]] })).toEqual({ lists: ['eachArrayMaxSize'] });
  });

  it('apply billing-only requirements to providers[] items', () => {
    expect(failures({ ...base, providerType: 'BillingProvider' })).toMatchObject({ billingEin: expect.arrayContaining(['conditionallyRequired']) });
    expect(failures({ ...base, providerType: 'BillingProvider', ssn: '123456789' })).toEqual({});
    expect(failures({ ...base, providerType: 'RenderingProvider' })).toEqual({});
  });

  it('never put the submitted value in a message', () => {
    const errors = validateSync(plainToInstance(Sample, { ...base, amount: 'SECRET-1', units: 'SECRET-2', ein: 'SECRET-3', lineItemControlNumber: 'SECRET-4', providerControlNumber: 'X' }));
    const messages = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).not.toContain('SECRET');
  });
});
