// Reads an uploaded list of bank deposits — a JSON array `[{ date, amount, trace }]` or CSV text with
// a `date,amount,trace` header — into checked rows, or every problem with its place. No I/O.
import { amountToCents, formatAmount } from '../claims/money';
import type { FieldIssue } from '../common/gateway-error';
import { CsvSyntaxError, parseCsv } from './csv';

export const MAX_DEPOSITS_PER_UPLOAD = 10_000;

export interface DepositInput {
  /** YYYY-MM-DD. */
  date: string;
  /** Two decimals. */
  amount: string;
  trace: string | null;
}

export type DepositParse = { ok: true; deposits: DepositInput[] } | { ok: false; errors: FieldIssue[] };

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function checkOne(raw: { date?: unknown; amount?: unknown; trace?: unknown }, at: string, errors: FieldIssue[]): DepositInput | null {
  const before = errors.length;
  const date = typeof raw.date === 'string' ? raw.date.trim() : '';
  if (!isIsoDate(date)) errors.push({ path: `${at}.date`, code: 'INVALID_DATE', message: 'date must be a date YYYY-MM-DD' });
  let amount = '';
  const rawAmount = typeof raw.amount === 'number' ? null : typeof raw.amount === 'string' ? raw.amount.trim() : '';
  if (rawAmount === null) {
    errors.push({ path: `${at}.amount`, code: 'INVALID_AMOUNT', message: 'amount must be a decimal string such as "146.00", not a JSON number' });
  } else {
    try {
      const cents = amountToCents(rawAmount);
      if (cents <= 0n) errors.push({ path: `${at}.amount`, code: 'INVALID_AMOUNT', message: 'amount must be more than 0.00' });
      else if (cents >= 1_000_000_000_000n) errors.push({ path: `${at}.amount`, code: 'INVALID_AMOUNT', message: 'amount is too large' });
      amount = formatAmount(cents);
    } catch {
      errors.push({ path: `${at}.amount`, code: 'INVALID_AMOUNT', message: 'amount must be a decimal with at most two decimal places' });
    }
  }
  let trace: string | null = null;
  if (raw.trace !== undefined && raw.trace !== null) {
    if (typeof raw.trace !== 'string' || raw.trace.length > 80) errors.push({ path: `${at}.trace`, code: 'INVALID_TRACE', message: 'trace must be a string of at most 80 characters' });
    else trace = raw.trace.trim() || null;
  }
  return errors.length === before ? { date, amount, trace } : null;
}

function finish(rows: DepositInput[], errors: FieldIssue[]): DepositParse {
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 100) };
  if (rows.length === 0) return { ok: false, errors: [{ path: '', code: 'NO_DEPOSITS', message: 'the upload holds no deposit' }] };
  if (rows.length > MAX_DEPOSITS_PER_UPLOAD) return { ok: false, errors: [{ path: '', code: 'TOO_MANY_DEPOSITS', message: `send at most ${MAX_DEPOSITS_PER_UPLOAD} deposits at once` }] };
  return { ok: true, deposits: rows };
}

export function depositsFromJson(value: unknown): DepositParse {
  if (!Array.isArray(value)) return { ok: false, errors: [{ path: '', code: 'NOT_AN_ARRAY', message: 'the body must be a JSON array of { date, amount, trace }' }] };
  const errors: FieldIssue[] = [];
  const rows: DepositInput[] = [];
  value.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      errors.push({ path: `[${i}]`, code: 'NOT_AN_OBJECT', message: 'each deposit must be an object { date, amount, trace }' });
      return;
    }
    const row = checkOne(item as Record<string, unknown>, `[${i}]`, errors);
    if (row) rows.push(row);
  });
  return finish(rows, errors);
}

export function depositsFromCsv(text: string): DepositParse {
  let records: { line: number; fields: string[] }[];
  try {
    records = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) return { ok: false, errors: [{ path: `line ${err.line}`, code: 'CSV_SYNTAX', message: err.message }] };
    throw err;
  }
  const [header, ...body] = records;
  const names = (header?.fields ?? []).map((f) => f.trim().toLowerCase());
  const col = { date: names.indexOf('date'), amount: names.indexOf('amount'), trace: names.indexOf('trace') };
  if (col.date < 0 || col.amount < 0) return { ok: false, errors: [{ path: 'line 1', code: 'CSV_HEADER', message: 'the first line must be a header with date, amount and (optionally) trace columns' }] };
  const errors: FieldIssue[] = [];
  const rows: DepositInput[] = [];
  for (const r of body) {
    if (r.fields.length !== names.length) {
      errors.push({ path: `line ${r.line}`, code: 'CSV_COLUMNS', message: `expected ${names.length} fields, found ${r.fields.length}` });
      continue;
    }
    const row = checkOne({ date: r.fields[col.date], amount: r.fields[col.amount], trace: col.trace >= 0 ? r.fields[col.trace] : null }, `line ${r.line}`, errors);
    if (row) rows.push(row);
  }
  return finish(rows, errors);
}
