// Validates a claim request body against the DTO of its kind and reports every problem as a
// field error: a JSON path (`claimInformation.serviceLines[1].professionalService.procedureCode`),
// a stable code and a message that says what was expected without ever repeating the value.
// Unknown fields are errors. Business edits (NPI check digit, totals, pointers) come later.
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import type { ClaimKind } from './claim.types';
import { DentalClaimDto } from './dto/dental-claim.dto';
import { InstitutionalClaimDto } from './dto/institutional-claim.dto';
import { ProfessionalClaimDto } from './dto/professional-claim.dto';
import { X12_CONSTRAINT, isPresent } from './dto/validators';

export enum FieldErrorCode {
  EMPTY_BODY = 'EMPTY_BODY',
  REQUIRED = 'REQUIRED',
  UNKNOWN_FIELD = 'UNKNOWN_FIELD',
  NOT_AN_OBJECT = 'NOT_AN_OBJECT',
  NOT_AN_ARRAY = 'NOT_AN_ARRAY',
  NOT_A_STRING = 'NOT_A_STRING',
  NOT_A_BOOLEAN = 'NOT_A_BOOLEAN',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  NOT_AN_INTEGER = 'NOT_AN_INTEGER',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  TOO_FEW_ITEMS = 'TOO_FEW_ITEMS',
  TOO_MANY_ITEMS = 'TOO_MANY_ITEMS',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  PATTERN_MISMATCH = 'PATTERN_MISMATCH',
  NOT_ALLOWED_VALUE = 'NOT_ALLOWED_VALUE',
  INVALID_DATE = 'INVALID_DATE',
  INVALID_TIME = 'INVALID_TIME',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  INVALID_DECIMAL = 'INVALID_DECIMAL',
  CONFLICT = 'CONFLICT',
  TOO_DEEPLY_NESTED = 'TOO_DEEPLY_NESTED',
  INVALID_VALUE = 'INVALID_VALUE',
}

export interface FieldError {
  /** JSON path from the body root; array indices in brackets, 0-based; '' for the body itself. */
  path: string;
  code: FieldErrorCode;
  /** What was expected. Never contains the submitted value (no PHI). */
  message: string;
}

export interface ClaimDtoByKind {
  professional: ProfessionalClaimDto;
  institutional: InstitutionalClaimDto;
  dental: DentalClaimDto;
}
export type ClaimDto = ClaimDtoByKind[ClaimKind];

export type ClaimValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const CLAIM_DTO_CLASSES: { [K in ClaimKind]: new () => ClaimDtoByKind[K] } = {
  professional: ProfessionalClaimDto,
  institutional: InstitutionalClaimDto,
  dental: DentalClaimDto,
};

export function validateClaimBody<K extends ClaimKind>(kind: K, body: unknown): ClaimValidationResult<ClaimDtoByKind[K]> {
  const shapeError = checkBodyShape(body);
  if (shapeError) return { ok: false, errors: [shapeError] };
  const scan = scanBody(body);
  if (scan.tooDeep) return { ok: false, errors: [scan.tooDeep] };

  const instance = plainToInstance(CLAIM_DTO_CLASSES[kind], body as Record<string, unknown>) as ClaimDtoByKind[K];
  const validationErrors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: true, value: true },
  });
  const errors = [
    ...scan.reservedKeys,
    ...flatten(validationErrors, ''),
    ...providerRules(kind, instance as unknown as Record<string, unknown>),
  ];
  if (errors.length === 0) return { ok: true, value: instance };
  return { ok: false, errors: sortErrors(dedupe(errors)) };
}

// ---------------------------------------------------------------------------------------------
// The body itself
// ---------------------------------------------------------------------------------------------

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function checkBodyShape(body: unknown): FieldError | null {
  if (body === undefined || body === null || body === '') {
    return { path: '', code: FieldErrorCode.EMPTY_BODY, message: 'the request body is empty; send a claim as a JSON object' };
  }
  if (!isPlainObject(body)) {
    return { path: '', code: FieldErrorCode.NOT_AN_OBJECT, message: 'the request body must be a JSON object' };
  }
  if (Object.keys(body).length === 0) {
    return { path: '', code: FieldErrorCode.EMPTY_BODY, message: 'the request body is an empty object; send a claim' };
  }
  return null;
}

/**
 * The deepest claim object sits about ten levels down. class-transformer and class-validator
 * recurse, so a small body of nested brackets could exhaust the stack: refuse it first.
 */
export const MAX_BODY_DEPTH = 32;

/**
 * class-transformer silently drops keys such as `__proto__` and `constructor`, so the whitelist
 * never sees them; report them here as unknown fields instead of losing them quietly.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** One iterative walk over the raw body: nesting depth and reserved keys. */
function scanBody(body: unknown): { tooDeep: FieldError | null; reservedKeys: FieldError[] } {
  const reservedKeys: FieldError[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) {
      return {
        tooDeep: {
          path,
          code: FieldErrorCode.TOO_DEEPLY_NESTED,
          message: `nests objects or arrays more than ${MAX_BODY_DEPTH} levels deep`,
        },
        reservedKeys,
      };
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (RESERVED_KEYS.has(key)) {
        reservedKeys.push({ path: childPath, code: FieldErrorCode.UNKNOWN_FIELD, message: 'is not a field of this object' });
      } else {
        stack.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
      }
    }
  }
  return { tooDeep: null, reservedKeys };
}

// ---------------------------------------------------------------------------------------------
// class-validator errors → field errors
// ---------------------------------------------------------------------------------------------

const CODE_BY_CONSTRAINT: Record<string, FieldErrorCode> = {
  isDefined: FieldErrorCode.REQUIRED,
  [X12_CONSTRAINT.required]: FieldErrorCode.REQUIRED,
  whitelistValidation: FieldErrorCode.UNKNOWN_FIELD,
  unknownValue: FieldErrorCode.NOT_AN_OBJECT,
  isObject: FieldErrorCode.NOT_AN_OBJECT,
  nestedValidation: FieldErrorCode.NOT_AN_OBJECT,
  isArray: FieldErrorCode.NOT_AN_ARRAY,
  [X12_CONSTRAINT.eachIsArray]: FieldErrorCode.NOT_AN_ARRAY,
  isString: FieldErrorCode.NOT_A_STRING,
  [X12_CONSTRAINT.eachInnerIsString]: FieldErrorCode.NOT_A_STRING,
  isBoolean: FieldErrorCode.NOT_A_BOOLEAN,
  isNumber: FieldErrorCode.NOT_A_NUMBER,
  isInt: FieldErrorCode.NOT_AN_INTEGER,
  minLength: FieldErrorCode.TOO_SHORT,
  maxLength: FieldErrorCode.TOO_LONG,
  [X12_CONSTRAINT.eachInnerMaxLength]: FieldErrorCode.TOO_LONG,
  arrayMinSize: FieldErrorCode.TOO_FEW_ITEMS,
  [X12_CONSTRAINT.eachArrayMinSize]: FieldErrorCode.TOO_FEW_ITEMS,
  arrayMaxSize: FieldErrorCode.TOO_MANY_ITEMS,
  [X12_CONSTRAINT.eachArrayMaxSize]: FieldErrorCode.TOO_MANY_ITEMS,
  min: FieldErrorCode.OUT_OF_RANGE,
  max: FieldErrorCode.OUT_OF_RANGE,
  isIn: FieldErrorCode.NOT_ALLOWED_VALUE,
  [X12_CONSTRAINT.pattern]: FieldErrorCode.PATTERN_MISMATCH,
  [X12_CONSTRAINT.digits]: FieldErrorCode.PATTERN_MISMATCH,
  [X12_CONSTRAINT.date]: FieldErrorCode.INVALID_DATE,
  [X12_CONSTRAINT.dateOrRange]: FieldErrorCode.INVALID_DATE,
  [X12_CONSTRAINT.dateTime]: FieldErrorCode.INVALID_DATE,
  [X12_CONSTRAINT.time]: FieldErrorCode.INVALID_TIME,
  [X12_CONSTRAINT.amount]: FieldErrorCode.INVALID_AMOUNT,
  [X12_CONSTRAINT.decimal]: FieldErrorCode.INVALID_DECIMAL,
  [X12_CONSTRAINT.conflict]: FieldErrorCode.CONFLICT,
  [X12_CONSTRAINT.sameAs]: FieldErrorCode.CONFLICT,
};

/** Constraints whose messages come from validators.ts (value-free by construction). */
const OWN_CONSTRAINTS = new Set<string>(Object.values(X12_CONSTRAINT));

/**
 * When one of these fails, the value has the wrong kind altogether: report only that, and not the
 * length/pattern/child errors that follow from it.
 */
const KIND_PRIORITY = [
  FieldErrorCode.REQUIRED,
  // Before NOT_AN_OBJECT: a string where an array of objects belongs also fails nested validation.
  FieldErrorCode.NOT_AN_ARRAY,
  FieldErrorCode.NOT_A_STRING,
  FieldErrorCode.NOT_A_BOOLEAN,
  FieldErrorCode.NOT_A_NUMBER,
  FieldErrorCode.NOT_AN_INTEGER,
  FieldErrorCode.NOT_AN_OBJECT,
];
const KIND_CODES = new Set<FieldErrorCode>(KIND_PRIORITY);

function flatten(errors: ValidationError[], parentPath: string, parentIsArray = false): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const path = childPath(parentPath, error.property, parentIsArray);
    const found = Object.entries(error.constraints ?? {}).map(([name, raw]) => ({
      name,
      code: CODE_BY_CONSTRAINT[name] ?? FieldErrorCode.INVALID_VALUE,
      raw,
    }));
    const kindErrors = found.filter((f) => KIND_CODES.has(f.code));
    if (kindErrors.length > 0) {
      kindErrors.sort((a, b) => KIND_PRIORITY.indexOf(a.code) - KIND_PRIORITY.indexOf(b.code));
      const first = kindErrors[0];
      out.push({ path, code: first.code, message: messageFor(first.name, first.code, first.raw, error) });
      continue;
    }
    for (const f of found) out.push({ path, code: f.code, message: messageFor(f.name, f.code, f.raw, error) });
    if (error.children?.length) out.push(...flatten(error.children, path, Array.isArray(error.value)));
  }
  return out;
}

function childPath(parent: string, property: string | undefined, parentIsArray: boolean): string {
  if (property === undefined || property === '') return parent;
  if (parentIsArray && /^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

interface ConstraintArgs {
  constraints: unknown[];
  each: boolean;
}

/** Looks up the decorator arguments (max length, allowed values…) of a failed constraint. */
function constraintArgs(error: ValidationError, name: string): ConstraintArgs {
  const target = error.target;
  if (!target || typeof target !== 'object' || Array.isArray(target)) return { constraints: [], each: false };
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === name || m.type === name));
  return { constraints: metadata?.constraints ?? [], each: metadata?.each ?? false };
}

function plural(n: unknown, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

function messageFor(name: string, code: FieldErrorCode, raw: string, error: ValidationError): string {
  if (OWN_CONSTRAINTS.has(name)) return raw;
  const { constraints, each } = constraintArgs(error, name);
  const item = each ? 'each item ' : '';
  const [first] = constraints;
  switch (code) {
    case FieldErrorCode.REQUIRED:
      return 'is required';
    case FieldErrorCode.UNKNOWN_FIELD:
      return 'is not a field of this object';
    case FieldErrorCode.NOT_AN_OBJECT:
      return 'must be an object';
    case FieldErrorCode.NOT_AN_ARRAY:
      return 'must be an array';
    case FieldErrorCode.NOT_A_STRING:
      return `${item}must be a string`;
    case FieldErrorCode.NOT_A_BOOLEAN:
      return `${item}must be a boolean (true or false)`;
    case FieldErrorCode.NOT_A_NUMBER:
      return `${item}must be a number`;
    case FieldErrorCode.NOT_AN_INTEGER:
      return `${item}must be a whole number`;
    case FieldErrorCode.TOO_SHORT:
      return `${item}must be at least ${plural(first, 'character')} long`;
    case FieldErrorCode.TOO_LONG:
      return `${item}must be at most ${plural(first, 'character')} long`;
    case FieldErrorCode.TOO_FEW_ITEMS:
      return `must have at least ${plural(first, 'item')}`;
    case FieldErrorCode.TOO_MANY_ITEMS:
      return `must have at most ${plural(first, 'item')}`;
    case FieldErrorCode.OUT_OF_RANGE:
      return name === 'min' ? `${item}must be at least ${String(first)}` : `${item}must be at most ${String(first)}`;
    case FieldErrorCode.NOT_ALLOWED_VALUE:
      return Array.isArray(first) ? `${item}must be one of: ${first.join(', ')}` : `${item}is not an allowed value`;
    default:
      return 'is not valid';
  }
}

// ---------------------------------------------------------------------------------------------
// Rules across the top-level provider objects
// ---------------------------------------------------------------------------------------------

/** providerType → the dedicated top-level property it stands for. */
const PROVIDER_SLOTS: Record<ClaimKind, Record<string, string>> = {
  professional: {
    BillingProvider: 'billing',
    RenderingProvider: 'rendering',
    ReferringProvider: 'referring',
    SupervisingProvider: 'supervising',
    OrderingProvider: 'ordering',
  },
  dental: {
    BillingProvider: 'billing',
    RenderingProvider: 'rendering',
    ReferringProvider: 'referring',
    SupervisingProvider: 'supervising',
  },
  institutional: {
    BillingProvider: 'billing',
    AttendingProvider: 'attending',
    ReferringProvider: 'referring',
    RenderingProvider: 'rendering',
  },
};

/**
 * The billing provider (2010AA) is required, through `billing` or a providers[] item. providers[]
 * holds at most one item per type. On 837P/837D (Stedi forbids mixing the two forms) an item may
 * not duplicate a dedicated object that is also sent; on 837I the list overrides the dedicated
 * objects (claim-json.md §3, §6.3).
 */
function providerRules(kind: ClaimKind, claim: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const providers = Array.isArray(claim.providers) ? (claim.providers as unknown[]) : [];
  const slots = PROVIDER_SLOTS[kind];
  const seen = new Set<string>();
  providers.forEach((item, index) => {
    const type = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).providerType : undefined;
    if (typeof type !== 'string' || !(type in slots)) return;
    const path = `providers[${index}].providerType`;
    if (seen.has(type)) {
      errors.push({ path, code: FieldErrorCode.CONFLICT, message: 'another providers[] item already has this providerType' });
    } else if (kind !== 'institutional' && isPresent(claim[slots[type]])) {
      errors.push({
        path,
        code: FieldErrorCode.CONFLICT,
        message: `must not be sent together with the dedicated ${slots[type]} object; use one form or the other`,
      });
    }
    seen.add(type);
  });
  if (!isPresent(claim.billing) && !seen.has('BillingProvider')) {
    errors.push({
      path: 'billing',
      code: FieldErrorCode.REQUIRED,
      message: 'is required (or a providers[] item with providerType BillingProvider)',
    });
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Ordering
// ---------------------------------------------------------------------------------------------

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.code}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Splits a path into comparable tokens: names, and array indices as numbers. */
function pathTokens(path: string): Array<string | number> {
  const tokens: Array<string | number> = [];
  for (const part of path.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      tokens.push(part);
      continue;
    }
    if (m[1]) tokens.push(m[1]);
    for (const index of m[2].matchAll(/\[(\d+)\]/g)) tokens.push(Number(index[1]));
  }
  return tokens;
}

function comparePaths(a: string, b: string): number {
  const ta = pathTokens(a);
  const tb = pathTokens(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}

/** Sorted by path (indices numerically), then code; Array.prototype.sort is stable. */
export function sortErrors(errors: FieldError[]): FieldError[] {
  return [...errors].sort((a, b) => comparePaths(a.path, b.path) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
