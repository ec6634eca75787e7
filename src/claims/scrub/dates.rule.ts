// Date-of-service edits: no service date after the day the claim is scrubbed, ranges that do not run
// backwards, line dates (2400 DTP*472) inside the claim's span (837I statement period DTP*434,
// 837D claim-level DTP*472), and no service before the patient's birth (DMG02).
import type { ClaimDocument, ClaimKind } from '../../x12/claim-json/claim-document';
import { dental, institutional, patientDateOfBirth, serviceLines } from './claim-view';
import { ALL_KINDS, compactDate, reporter, type ScrubFinding, type ScrubRule } from './scrub-rule';

export interface DateField {
  date: string;
  path: string;
  location: string;
}

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{8}$/.test(value);

/** `20250310-20250312` (837D claim-level range) or `20250310` → its ends. */
function rangeEnds(value: string | undefined): [string, string] | null {
  if (typeof value !== 'string') return null;
  const [from, to = from] = value.split('-');
  return isDate(from) && isDate(to) ? [from, to] : null;
}

/** Every date of service in the claim, lines and claim level. */
function serviceDates(kind: ClaimKind, doc: ClaimDocument): DateField[] {
  const out: DateField[] = [];
  for (const line of serviceLines(kind, doc)) {
    if (isDate(line.serviceDate)) out.push({ date: line.serviceDate, path: `${line.path}.serviceDate`, location: '2400 DTP*472' });
    if (isDate(line.serviceDateEnd)) out.push({ date: line.serviceDateEnd, path: `${line.path}.serviceDateEnd`, location: '2400 DTP*472' });
  }
  if (kind === 'institutional') {
    const dates = institutional(doc).claimInformation?.claimDateInformation;
    if (isDate(dates?.statementBeginDate)) out.push({ date: dates.statementBeginDate, path: 'claimInformation.claimDateInformation.statementBeginDate', location: '2300 DTP*434' });
    if (isDate(dates?.statementEndDate)) out.push({ date: dates.statementEndDate, path: 'claimInformation.claimDateInformation.statementEndDate', location: '2300 DTP*434' });
  }
  if (kind === 'dental') {
    const ends = rangeEnds(dental(doc).claimInformation?.claimDateInformation?.serviceDate);
    if (ends) for (const date of new Set(ends)) out.push({ date, path: 'claimInformation.claimDateInformation.serviceDate', location: '2300 DTP*472' });
  }
  return out;
}

/** The earliest date of service in the claim, with where it is. */
export function earliestServiceDate(kind: ClaimKind, doc: ClaimDocument): DateField | null {
  return serviceDates(kind, doc).reduce<DateField | null>((first, d) => (first === null || d.date < first.date ? d : first), null);
}

/** Whole days from one CCYYMMDD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The claim's span of service, when the claim has one (837I statement period, 837D claim-level date). */
export function claimSpan(kind: ClaimKind, doc: ClaimDocument): { from: string; to: string; what: string } | null {
  if (kind === 'institutional') {
    const dates = institutional(doc).claimInformation?.claimDateInformation;
    if (isDate(dates?.statementBeginDate) && isDate(dates?.statementEndDate)) return { from: dates.statementBeginDate, to: dates.statementEndDate, what: 'the statement period (statementBeginDate–statementEndDate)' };
  }
  if (kind === 'dental') {
    const ends = rangeEnds(dental(doc).claimInformation?.claimDateInformation?.serviceDate);
    if (ends) return { from: ends[0], to: ends[1], what: 'the claim-level service date (claimDateInformation.serviceDate)' };
  }
  return null;
}

const future = reporter('SERVICE_DATE_IN_FUTURE');
export const futureServiceDateRule: ScrubRule = {
  code: 'SERVICE_DATE_IN_FUTURE',
  description: 'No date of service is after the day the claim is scrubbed',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    const today = compactDate(ctx.today);
    return serviceDates(ctx.kind, doc)
      .filter((d) => d.date > today)
      .map((d) => future.error(d.path, 'is in the future: claims are billed for services already given', d.location));
  },
};

const outside = reporter('SERVICE_DATE_OUTSIDE_CLAIM_SPAN');
export const serviceDateInSpanRule: ScrubRule = {
  code: 'SERVICE_DATE_OUTSIDE_CLAIM_SPAN',
  description: "Line dates of service fall inside the claim's span (837I statement period, 837D claim-level service date)",
  kinds: ['institutional', 'dental'],
  check(doc, ctx) {
    const span = claimSpan(ctx.kind, doc);
    if (!span || span.from > span.to) return [];
    const findings: ScrubFinding[] = [];
    for (const line of serviceLines(ctx.kind, doc)) {
      for (const [field, date] of [['serviceDate', line.serviceDate], ['serviceDateEnd', line.serviceDateEnd]] as const) {
        if (isDate(date) && (date < span.from || date > span.to)) {
          findings.push(outside.error(`${line.path}.${field}`, `falls outside ${span.what}`, '2400 DTP*472'));
        }
      }
    }
    return findings;
  },
};

const reversed = reporter('DATE_RANGE_REVERSED');
export const dateRangeOrderRule: ScrubRule = {
  code: 'DATE_RANGE_REVERSED',
  description: 'Date ranges do not end before they start (line service dates, 837I statement period, 837D claim date range)',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    const findings: ScrubFinding[] = [];
    for (const line of serviceLines(ctx.kind, doc)) {
      if (isDate(line.serviceDate) && isDate(line.serviceDateEnd) && line.serviceDateEnd < line.serviceDate) {
        findings.push(reversed.error(`${line.path}.serviceDateEnd`, 'is before serviceDate', '2400 DTP*472 RD8'));
      }
    }
    const span = claimSpan(ctx.kind, doc);
    if (span && span.to < span.from) {
      const path = ctx.kind === 'institutional' ? 'claimInformation.claimDateInformation.statementEndDate' : 'claimInformation.claimDateInformation.serviceDate';
      findings.push(reversed.error(path, ctx.kind === 'institutional' ? 'is before statementBeginDate' : 'the range ends before it starts', ctx.kind === 'institutional' ? '2300 DTP*434 RD8' : '2300 DTP*472 RD8'));
    }
    return findings;
  },
};

const beforeBirth = reporter('SERVICE_DATE_BEFORE_BIRTH');
export const serviceBeforeBirthRule: ScrubRule = {
  code: 'SERVICE_DATE_BEFORE_BIRTH',
  description: "No date of service is before the patient's date of birth",
  kinds: ALL_KINDS,
  check(doc, ctx) {
    const birth = patientDateOfBirth(doc);
    if (!isDate(birth.date)) return [];
    return serviceDates(ctx.kind, doc)
      .filter((d) => d.date < birth.date!)
      .map((d) => beforeBirth.error(d.path, `is before the patient's date of birth (${birth.path})`, d.location));
  },
};
