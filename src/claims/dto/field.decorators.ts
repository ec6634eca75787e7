// Composed property decorators for the claim request DTOs. Each one stands for a stack such as
// `@ApiPropertyOptional({ description, minLength: 1, maxLength: 60 }) @IsOptional() @IsString()
// @MinLength(1) @MaxLength(60)`: one place says how a kind of field is validated and documented,
// so the OpenAPI schema and the validators cannot drift apart (dto/openapi.spec.ts checks that).
//
// The decorators of a stack are applied bottom-up, as if written one above the other, so the
// class-validator metadata (and the order in which constraints report) is the one such a
// hand-written stack gives. Cross-field rules (ConflictsWith, SameAsIfPresent) stay separate
// decorators, written under the field decorator.
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, getSchemaPath, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  EachArrayMaxSize,
  EachArrayMinSize,
  EachInnerIsString,
  EachInnerMaxLength,
  EachIsArray,
  IsAmount,
  IsDecimalString,
  IsDigits,
  IsX12Date,
  IsX12DateOrRange,
  IsX12DateTime,
  IsX12Time,
  MatchesPattern,
} from './validators';

/** What every field states: its OpenAPI description (cite the X12 element) and when it must be sent. */
export interface FieldOptions {
  description: string;
  /**
   * Omitted: required (@IsDefined). `true`: optional (@IsOptional). A presence rule from
   * validators.ts (RequiredIfPresent, RequiredUnlessPresent, RequiredForBillingProvider): required
   * only when the rule says so. OpenAPI lists only the unconditionally required fields as required.
   */
  optional?: true | PropertyDecorator;
  example?: unknown;
  deprecated?: boolean;
}

/** A class written as a thunk, `() => ClaimAddressDto`, so that it may be declared further down. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassThunk = () => Function;

/**
 * The stack for one field, top to bottom: @ApiProperty, the presence check, then `validators`.
 * `schema` holds the OpenAPI keywords of this kind of field.
 */
function field(options: FieldOptions, schema: ApiPropertyOptions, ...validators: PropertyDecorator[]): PropertyDecorator {
  const { description, optional, example, deprecated } = options;
  const api = ApiProperty({
    description,
    ...schema,
    example,
    deprecated,
    ...(optional === undefined ? {} : { required: false }),
  } as ApiPropertyOptions);
  const presence = optional === undefined ? IsDefined() : optional === true ? IsOptional() : optional;
  const stack = [api, presence, ...validators];
  return applyDecorators(...stack.reverse());
}

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

export interface StringFieldOptions extends FieldOptions {
  max: number;
  /** Defaults to 1: an empty string is present but too short. */
  min?: number;
}

/** A string of `min` (1) to `max` characters (an AN element). */
export function StringField(options: StringFieldOptions): PropertyDecorator {
  const { max, min = 1 } = options;
  return field(options, { minLength: min, maxLength: max }, IsString(), MinLength(min), MaxLength(max));
}

export interface PatternFieldOptions extends FieldOptions {
  /** A maximum length, documented and checked before the pattern. */
  max?: number;
}

/** A string matching `pattern`; `expectation` completes "must be …" in the error message. */
export function PatternField(pattern: RegExp, expectation: string, options: PatternFieldOptions): PropertyDecorator {
  const { max } = options;
  const length = max === undefined ? [] : [MaxLength(max)];
  return field(options, { maxLength: max, pattern: pattern.source }, IsString(), ...length, MatchesPattern(pattern, expectation));
}

/** Digits only, exactly `min` long or `min` to `max` long (NPI, tax IDs, phone numbers). */
export function DigitsField(min: number, max: number, options: FieldOptions): PropertyDecorator;
export function DigitsField(length: number, options: FieldOptions): PropertyDecorator;
export function DigitsField(min: number, maxOrOptions: number | FieldOptions, maybeOptions?: FieldOptions): PropertyDecorator {
  const [max, options] = typeof maxOrOptions === 'number' ? [maxOrOptions, maybeOptions!] : [min, maxOrOptions];
  const pattern = min === max ? `^\\d{${min}}$` : `^\\d{${min},${max}}$`;
  return field(options, { pattern, maxLength: max }, IsString(), IsDigits(min, max));
}

/** One of the listed codes (an ID element); OpenAPI shows the list as the enum. */
export function CodeField(codes: readonly string[], options: FieldOptions): PropertyDecorator {
  return field(options, { enum: [...codes] }, IsString(), IsIn(codes));
}

/** The optional Optum `providerType` tag of a dedicated provider object: only `type` is allowed. */
export function ProviderTagField(type: string): PropertyDecorator {
  return CodeField([type], { description: `Optum tag; when sent it must be ${type}`, optional: true });
}

// ---------------------------------------------------------------------------------------------
// Dates, times, amounts and quantities (strings in X12 formats)
// ---------------------------------------------------------------------------------------------

// The OpenAPI example of these fields defaults to a typical value of the format; pass `example` to
// show another.

/** CCYYMMDD, a real calendar date (DTP D8, DMG02). */
export function DateField(options: FieldOptions): PropertyDecorator {
  return field({ example: '20250310', ...options }, { pattern: '^\\d{8}$' }, IsString(), IsX12Date());
}

/** CCYYMMDD or a range CCYYMMDD-CCYYMMDD (DTP RD8). */
export function DateOrRangeField(options: FieldOptions): PropertyDecorator {
  return field({ example: '20250310-20250312', ...options }, { pattern: '^\\d{8}(-\\d{8})?$' }, IsString(), IsX12DateOrRange());
}

/** CCYYMMDD or CCYYMMDDHHMM (DTP D8 or DT). */
export function DateTimeField(options: FieldOptions): PropertyDecorator {
  return field({ example: '202503101430', ...options }, { pattern: '^\\d{8}(\\d{4})?$' }, IsString(), IsX12DateTime());
}

/** HHMM on a 24-hour clock (DTP TM). */
export function TimeField(options: FieldOptions): PropertyDecorator {
  return field({ example: '1430', ...options }, { pattern: '^\\d{4}$' }, IsString(), IsX12Time());
}

/** A non-negative amount written as a string, at most 2 decimals (R elements). */
export function AmountField(options: FieldOptions): PropertyDecorator {
  return field({ example: '120.00', ...options }, { pattern: '^\\d+(\\.\\d{1,2})?$' }, IsString(), IsAmount());
}

/** A non-negative quantity written as a string: up to 8 integer digits and 3 decimals. */
export function QuantityField(options: FieldOptions): PropertyDecorator {
  return field({ example: '1', ...options }, { pattern: '^\\d{1,8}(\\.\\d{1,3})?$' }, IsString(), IsDecimalString());
}

/** A non-negative decimal number of any precision written as a string (rates, percentages, weights). */
export function DecimalField(options: PatternFieldOptions): PropertyDecorator {
  return PatternField(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string', options);
}

/** PRV03 provider taxonomy code: 10 letters and digits. */
export function TaxonomyCodeField(options: FieldOptions): PropertyDecorator {
  return PatternField(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)', options);
}

/** An ICD code written without the dot (E11.9 → E119). */
export function IcdCodeField(options: PatternFieldOptions): PropertyDecorator {
  return PatternField(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)', options);
}

// ---------------------------------------------------------------------------------------------
// JSON booleans and numbers
// ---------------------------------------------------------------------------------------------

export function BooleanField(options: FieldOptions): PropertyDecorator {
  return field(options, { type: Boolean }, IsBoolean());
}

export interface RangeFieldOptions extends FieldOptions {
  min: number;
  max?: number;
}

/** A JSON integer from `min` (to `max`). */
export function IntegerField(options: RangeFieldOptions): PropertyDecorator {
  const { min, max } = options;
  const upper = max === undefined ? [] : [Max(max)];
  return field(options, { type: 'integer', minimum: min, maximum: max }, IsInt(), Min(min), ...upper);
}

/** A finite JSON number from `min`. */
export function NumberField(options: RangeFieldOptions): PropertyDecorator {
  const { min, max } = options;
  const upper = max === undefined ? [] : [Max(max)];
  return field(
    options,
    { type: Number, minimum: min, maximum: max },
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(min),
    ...upper,
  );
}

// ---------------------------------------------------------------------------------------------
// Objects and arrays
// ---------------------------------------------------------------------------------------------

// @nestjs/swagger takes `type` for a lazy class reference only when the function is named "type",
// as an arrow function written as the value of a `type:` key is; so the schemas below wrap the
// thunk in `type: () => …` rather than pass it on (schema-stability.spec.ts catches a dropped one).

/** A nested object validated as `cls()`. */
export function NestedField(cls: ClassThunk, options: FieldOptions): PropertyDecorator {
  return field(options, { type: () => cls() }, IsObject(), ValidateNested(), Type(cls));
}

export interface ArrayFieldOptions extends FieldOptions {
  /** Most items allowed. */
  max: number;
  /** Fewest items allowed when the array is sent; defaults to 1. 0: an empty array passes. */
  min?: number;
}

/** IsArray and the item count, with the matching OpenAPI minItems/maxItems. */
function itemCount({ min = 1, max }: ArrayFieldOptions): [ApiPropertyOptions, PropertyDecorator[]] {
  if (min === 0) return [{ maxItems: max }, [IsArray(), ArrayMaxSize(max)]];
  return [{ minItems: min, maxItems: max }, [IsArray(), ArrayMinSize(min), ArrayMaxSize(max)]];
}

/** An array of nested objects validated as `cls()`. */
export function ArrayField(cls: ClassThunk, options: ArrayFieldOptions): PropertyDecorator {
  const [count, validators] = itemCount(options);
  return field(options, { type: () => [cls()], ...count }, ...validators, ValidateNested({ each: true }), Type(cls));
}

export interface StringArrayFieldOptions extends ArrayFieldOptions {
  /** Shortest item; defaults to 1. */
  itemMin?: number;
  /** Longest item. */
  itemMax?: number;
  /** Or: every item matches this pattern ("must be …" completed by the expectation). */
  itemPattern?: [RegExp, string];
}

/** An array of non-empty strings (remark codes, condition codes, pointers). */
export function StringArrayField(options: StringArrayFieldOptions): PropertyDecorator {
  const { itemMin = 1, itemMax, itemPattern } = options;
  const [count, validators] = itemCount(options);
  const each = { each: true };
  const item = itemPattern ? MatchesPattern(itemPattern[0], itemPattern[1], each) : MaxLength(itemMax!, each);
  return field(options, { type: [String], ...count }, ...validators, IsString(each), MinLength(itemMin, each), item);
}

/** An array of codes from the list; OpenAPI shows the list as the items' enum. */
export function CodeArrayField(codes: readonly string[], options: ArrayFieldOptions): PropertyDecorator {
  const [count, validators] = itemCount(options);
  const each = { each: true };
  return field(options, { isArray: true, enum: [...codes], ...count }, ...validators, IsString(each), IsIn(codes, each));
}

export interface ListsFieldOptions extends FieldOptions {
  /** Most inner arrays (HI segments). */
  max: number;
  /** Most items in one inner array (HI composites in one segment). */
  innerMax: number;
}

function listsValidators({ max, innerMax }: ListsFieldOptions): PropertyDecorator[] {
  return [IsArray(), ArrayMinSize(1), ArrayMaxSize(max), EachIsArray(), EachArrayMinSize(1), EachArrayMaxSize(innerMax)];
}

function listsSchema({ max, innerMax }: ListsFieldOptions, items: Record<string, unknown>): ApiPropertyOptions {
  const inner = { type: 'array', minItems: 1, maxItems: innerMax, items };
  return { type: 'array', minItems: 1, maxItems: max, items: inner } as ApiPropertyOptions;
}

/**
 * 837I "…List" properties: an array of non-empty arrays of `cls()` objects, each inner array one
 * HI segment. `cls()` must already be defined (its schema path is resolved right away) and be
 * registered with @ApiExtraModels on the class.
 */
export function ObjectListsField(cls: ClassThunk, options: ListsFieldOptions): PropertyDecorator {
  const schema = listsSchema(options, { $ref: getSchemaPath(cls()) });
  return field(options, schema, ...listsValidators(options), ValidateNested({ each: true }), Type(cls));
}

/** As ObjectListsField, for arrays of arrays of strings of 1 to `itemMax` characters. */
export function StringListsField(options: ListsFieldOptions & { itemMax: number }): PropertyDecorator {
  const { itemMax } = options;
  const schema = listsSchema(options, { type: 'string', minLength: 1, maxLength: itemMax });
  return field(options, schema, ...listsValidators(options), EachInnerIsString(), EachInnerMaxLength(itemMax));
}
