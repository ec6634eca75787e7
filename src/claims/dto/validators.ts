// Custom class-validator decorators for the claim intake JSON: X12 date/time formats, money and
// quantity strings, digit strings, and the small cross-field rules (required-unless, conflicts).
// Messages say what is expected and never interpolate the submitted value ($value), so they are
// safe to return and log (no PHI). claim-validation.ts maps the constraint names below to codes.
import { ValidateBy, ValidateIf, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** Constraint names registered by this module (ValidationError.constraints keys). */
export const X12_CONSTRAINT = {
  date: 'isX12Date',
  dateOrRange: 'isX12DateOrRange',
  dateTime: 'isX12DateTime',
  time: 'isX12Time',
  amount: 'isAmount',
  decimal: 'isDecimalString',
  digits: 'isDigits',
  pattern: 'matchesPattern',
  required: 'conditionallyRequired',
  conflict: 'conflictsWith',
  sameAs: 'sameAsIfPresent',
  eachIsArray: 'eachIsArray',
  eachArrayMinSize: 'eachArrayMinSize',
  eachArrayMaxSize: 'eachArrayMaxSize',
  eachInnerIsString: 'eachInnerIsString',
  eachInnerMaxLength: 'eachInnerMaxLength',
} as const;

/** Absent means undefined or null; an empty string is present (and fails MinLength(1)). */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function eachPrefix(options?: ValidationOptions): string {
  return options?.each ? 'each item ' : '';
}

// ---------------------------------------------------------------------------------------------
// Dates and times (DTP D8 / RD8 / DT / TM; DMG02; HI dates)
// ---------------------------------------------------------------------------------------------

const D8 = /^(\d{4})(\d{2})(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written CCYYMMDD (20240229 yes, 20250230 no). */
export function isX12Date(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = D8.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** CCYYMMDD, or an RD8 range CCYYMMDD-CCYYMMDD whose start is not after its end. */
export function isX12DateOrRange(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (isX12Date(value)) return true;
  const parts = value.split('-');
  if (parts.length !== 2) return false;
  const [from, to] = parts;
  // Same-width digit strings compare chronologically.
  return isX12Date(from) && isX12Date(to) && from <= to;
}

/** HHMM on a 24-hour clock (DTP TM, e.g. 837I discharge hour). */
export function isX12Time(value: unknown): boolean {
  return typeof value === 'string' && /^([01]\d|2[0-3])[0-5]\d$/.test(value);
}

/** CCYYMMDD or CCYYMMDDHHMM (DTP D8 or DT, e.g. 837I admission date and hour). */
export function isX12DateTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value.length === 8) return isX12Date(value);
  return value.length === 12 && isX12Date(value.slice(0, 8)) && isX12Time(value.slice(8));
}

export function IsX12Date(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: X12_CONSTRAINT.date,
      validator: {
        validate: (value: unknown) => isX12Date(value),
        defaultMessage: () => `${eachPrefix(options)}must be a real calendar date in CCYYMMDD format`,
      },
    },
    options,
  );
}

export function IsX12DateOrRange(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: X12_CONSTRAINT.dateOrRange,
      validator: {
        validate: (value: unknown) => isX12DateOrRange(value),
        defaultMessage: () =>
          `${eachPrefix(options)}must be a date in CCYYMMDD format or a range CCYYMMDD-CCYYMMDD whose start is not after its end`,
      },
    },
    options,
  );
}

export function IsX12DateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: X12_CONSTRAINT.dateTime,
      validator: {
        validate: (value: unknown) => isX12DateTime(value),
        defaultMessage: () => `${eachPrefix(options)}must be a date CCYYMMDD or a date and time CCYYMMDDHHMM`,
      },
    },
    options,
  );
}

export function IsX12Time(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: X12_CONSTRAINT.time,
      validator: {
        validate: (value: unknown) => isX12Time(value),
        defaultMessage: () => `${eachPrefix(options)}must be a time in HHMM format (24-hour clock)`,
      },
    },
    options,
  );
}

// ---------------------------------------------------------------------------------------------
// Money, quantities and digit strings
// ---------------------------------------------------------------------------------------------

/** X12 R elements carry at most 18 digits (the decimal point and sign do not count). */
const MAX_AMOUNT_DIGITS = 18;

export interface AmountOptions {
  /** Allow a leading '-' (only where the guide allows negative amounts). */
  allowNegative?: boolean;
}

export function isAmount(value: unknown, opts: AmountOptions = {}): value is string {
  if (typeof value !== 'string') return false;
  const re = opts.allowNegative ? /^-?\d+(\.\d{1,2})?$/ : /^\d+(\.\d{1,2})?$/;
  if (!re.test(value)) return false;
  return value.replace(/[^0-9]/g, '').length <= MAX_AMOUNT_DIGITS;
}

/** An amount as a JSON string: `^\d+(\.\d{1,2})?$` (optionally signed), at most 18 digits. */
export function IsAmount(opts: AmountOptions = {}, options?: ValidationOptions): PropertyDecorator {
  const sign = opts.allowNegative ? 'decimal amount (a leading - is allowed)' : 'non-negative decimal amount';
  return ValidateBy(
    {
      name: X12_CONSTRAINT.amount,
      constraints: [opts],
      validator: {
        validate: (value: unknown) => isAmount(value, opts),
        defaultMessage: () =>
          `${eachPrefix(options)}must be a ${sign} written as a string, with at most 2 decimal places and ${MAX_AMOUNT_DIGITS} digits (e.g. "120.00")`,
      },
    },
    options,
  );
}

export interface DecimalStringOptions {
  maxIntegerDigits?: number;
  maxFractionDigits?: number;
}

export function isDecimalString(value: unknown, opts: DecimalStringOptions = {}): value is string {
  if (typeof value !== 'string') return false;
  const int = opts.maxIntegerDigits ?? 8;
  const frac = opts.maxFractionDigits ?? 3;
  const re = frac > 0 ? new RegExp(`^\\d{1,${int}}(\\.\\d{1,${frac}})?$`) : new RegExp(`^\\d{1,${int}}$`);
  return re.test(value);
}

/**
 * A non-negative quantity as a JSON string (unit counts, SV104/SV205: at most 8 integer digits and
 * 3 decimal places per the TR3 notes).
 */
export function IsDecimalString(opts: DecimalStringOptions = {}, options?: ValidationOptions): PropertyDecorator {
  const int = opts.maxIntegerDigits ?? 8;
  const frac = opts.maxFractionDigits ?? 3;
  return ValidateBy(
    {
      name: X12_CONSTRAINT.decimal,
      constraints: [int, frac],
      validator: {
        validate: (value: unknown) => isDecimalString(value, opts),
        defaultMessage: () =>
          frac > 0
            ? `${eachPrefix(options)}must be a non-negative decimal number written as a string, with at most ${int} integer digits and ${frac} decimal places`
            : `${eachPrefix(options)}must be a whole number written as a string, with at most ${int} digits`,
      },
    },
    options,
  );
}

/** Digits only, exactly `min` long, or between `min` and `max` long. */
export function IsDigits(min: number, max: number = min, options?: ValidationOptions): PropertyDecorator {
  const re = new RegExp(`^\\d{${min},${max}}$`);
  const size = min === max ? `exactly ${min}` : `${min} to ${max}`;
  return ValidateBy(
    {
      name: X12_CONSTRAINT.digits,
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && re.test(value),
        defaultMessage: () => `${eachPrefix(options)}must be ${size} digits`,
      },
    },
    options,
  );
}

/** A regular expression with a human description of what it expects ("a CDT code (D + 4 digits)"). */
export function MatchesPattern(pattern: RegExp, expectation: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: X12_CONSTRAINT.pattern,
      constraints: [pattern.source, expectation],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && pattern.test(value),
        defaultMessage: () => `${eachPrefix(options)}must be ${expectation}`,
      },
    },
    options,
  );
}

// ---------------------------------------------------------------------------------------------
// Cross-field rules inside one object
// ---------------------------------------------------------------------------------------------

function describeFields(fields: readonly string[]): string {
  if (fields.length === 1) return fields[0];
  return `${fields.slice(0, -1).join(', ')} or ${fields[fields.length - 1]}`;
}

/**
 * The property is required when `predicate(object)` holds and optional otherwise. Replaces
 * @IsOptional/@IsDefined on that property: the other validators run only when a value is present
 * or when it is required (then the missing value is reported once, as REQUIRED).
 */
export function RequiredWhen(predicate: (object: Record<string, unknown>) => boolean, explanation: string): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    ValidateIf((object: Record<string, unknown>, value: unknown) => isPresent(value) || predicate(object))(target, propertyKey);
    ValidateBy({
      name: X12_CONSTRAINT.required,
      constraints: [explanation],
      validator: {
        validate: (value: unknown) => isPresent(value),
        defaultMessage: () => `is required ${explanation}`,
      },
    })(target, propertyKey);
  };
}

/** Required unless one of the sibling properties is present ("organizationName or lastName"). */
export function RequiredUnlessPresent(...siblings: string[]): PropertyDecorator {
  return RequiredWhen(
    (object) => !siblings.some((name) => isPresent(object[name])),
    `unless ${describeFields(siblings)} is present`,
  );
}

/** Required as soon as one of the sibling properties is present (pairs such as SV202-1/-2). */
export function RequiredIfPresent(...siblings: string[]): PropertyDecorator {
  return RequiredWhen(
    (object) => siblings.some((name) => isPresent(object[name])),
    `when ${describeFields(siblings)} is present`,
  );
}

/**
 * In a legacy providers[] item: required when the item's providerType is BillingProvider (2010AA
 * rules), unless one of the listed siblings is present.
 */
export function RequiredForBillingProvider(...unlessPresent: string[]): PropertyDecorator {
  return RequiredWhen(
    (object) => object.providerType === 'BillingProvider' && !unlessPresent.some((name) => isPresent(object[name])),
    unlessPresent.length
      ? `for a BillingProvider unless ${describeFields(unlessPresent)} is present`
      : 'for a BillingProvider',
  );
}

/** Fails (CONFLICT) when this property and any of the siblings are both present. */
export function ConflictsWith(...siblings: string[]): PropertyDecorator {
  return ValidateBy({
    name: X12_CONSTRAINT.conflict,
    constraints: siblings,
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        if (!isPresent(value) || !args) return true;
        const object = args.object as Record<string, unknown>;
        return !siblings.some((name) => isPresent(object[name]));
      },
      defaultMessage: () => `must not be sent together with ${describeFields(siblings)}`,
    },
  });
}

function getPath(object: unknown, path: string): unknown {
  let current: unknown = object;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * An alias must agree with its canonical property when both are sent (CONFLICT otherwise).
 * `otherPath` may be dotted to reach into a nested object of the same parent.
 */
export function SameAsIfPresent(otherPath: string): PropertyDecorator {
  return ValidateBy({
    name: X12_CONSTRAINT.sameAs,
    constraints: [otherPath],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        if (!isPresent(value) || !args) return true;
        const other = getPath(args.object, otherPath);
        return !isPresent(other) || other === value;
      },
      defaultMessage: () => `must equal ${otherPath} when both are sent`,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Arrays of arrays (837I "…List" properties: each inner array becomes one HI segment)
// ---------------------------------------------------------------------------------------------

export function EachIsArray(): PropertyDecorator {
  return ValidateBy({
    name: X12_CONSTRAINT.eachIsArray,
    validator: {
      validate: (value: unknown) => !Array.isArray(value) || value.every((item) => Array.isArray(item)),
      defaultMessage: () => 'each item must be an array',
    },
  });
}

export function EachArrayMinSize(min: number): PropertyDecorator {
  return ValidateBy({
    name: X12_CONSTRAINT.eachArrayMinSize,
    constraints: [min],
    validator: {
      validate: (value: unknown) =>
        !Array.isArray(value) || value.every((item) => !Array.isArray(item) || item.length >= min),
      defaultMessage: () => `each inner array must have at least ${min} item${min === 1 ? '' : 's'}`,
    },
  });
}

export function EachArrayMaxSize(max: number): PropertyDecorator {
  return ValidateBy({
    name: X12_CONSTRAINT.eachArrayMaxSize,
    constraints: [max],
    validator: {
      validate: (value: unknown) =>
        !Array.isArray(value) || value.every((item) => !Array.isArray(item) || item.length <= max),
      defaultMessage: () => `each inner array must have at most ${max} items`,
    },
  });
}

/** For string[][]: every inner item is a string. */
export function EachInnerIsString(): PropertyDecorator {
  return ValidateBy({
    name: X12_CONSTRAINT.eachInnerIsString,
    validator: {
      validate: (value: unknown) =>
        !Array.isArray(value) ||
        value.every((item) => !Array.isArray(item) || item.every((inner) => typeof inner === 'string')),
      defaultMessage: () => 'each inner item must be a string',
    },
  });
}

/** For string[][]: every inner string is between 1 and `max` characters. */
export function EachInnerMaxLength(max: number): PropertyDecorator {
  return ValidateBy({
    name: X12_CONSTRAINT.eachInnerMaxLength,
    constraints: [max],
    validator: {
      validate: (value: unknown) =>
        !Array.isArray(value) ||
        value.every(
          (item) =>
            !Array.isArray(item) ||
            item.every((inner) => typeof inner !== 'string' || (inner.length >= 1 && inner.length <= max)),
        ),
      defaultMessage: () => `each inner item must be 1 to ${max} characters`,
    },
  });
}
