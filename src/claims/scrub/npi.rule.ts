// NPI edits for every provider in the claim (billing, claim-level and line-level providers, service
// facilities): NM109 with NM108=XX is a 10-digit NPI whose last digit is the Luhn check digit
// computed over the prefix 80840 followed by the first nine digits (CMS NPI standard).
import type { ClaimDocument, ClaimKind } from '../../x12/claim-json/claim-document';
import { walk } from './claim-view';
import { ALL_KINDS, reporter, type ScrubRule } from './scrub-rule';

/** The Luhn check digit of an NPI's first nine digits, with the 80840 card-issuer prefix. */
export function npiCheckDigit(firstNine: string): number {
  const digits = `80840${firstNine}`;
  let sum = 0;
  // Walking from the right, the digit next to the (missing) check digit is doubled first.
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(npi: string): boolean {
  return /^[12]\d{9}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}

const CLAIM_LOOPS: Record<ClaimKind, Record<string, string>> = {
  professional: { billing: '2010AA', referring: '2310A', rendering: '2310B', serviceFacilityLocation: '2310C', supervising: '2310D', ordering: '2420E' },
  institutional: { billing: '2010AA', attending: '2310A', operatingPhysician: '2310B', otherOperatingPhysician: '2310C', rendering: '2310D', serviceFacilityLocation: '2310E', referring: '2310F' },
  dental: { billing: '2010AA', referring: '2310A', rendering: '2310B', serviceFacilityLocation: '2310C', assistantSurgeon: '2310D', supervising: '2310E' },
};

const LINE_LOOPS: Record<ClaimKind, Record<string, string>> = {
  professional: { renderingProvider: '2420A', purchasedServiceProvider: '2420B', serviceFacilityLocation: '2420C', supervisingProvider: '2420D', orderingProvider: '2420E', referringProvider: '2420F' },
  institutional: { operatingPhysician: '2420A', otherOperatingPhysician: '2420B', renderingProvider: '2420C', referringProvider: '2420D' },
  dental: { renderingProvider: '2420A', assistantSurgeon: '2420B', supervisingProvider: '2420C', serviceFacilityLocation: '2420D' },
};

/** `2010AA NM109` for `billing.npi`, `2420A NM109` for a line's rendering provider, … */
function location(kind: ClaimKind, path: string): string | undefined {
  const line = /^claimInformation\.serviceLines\[\d+\]\.(\w+)\./.exec(path);
  const owner = line ? LINE_LOOPS[kind][line[1]] : CLAIM_LOOPS[kind][path.replace(/^claimInformation\./, '').split('.')[0]];
  return owner ? `${owner} NM109` : undefined;
}

interface NpiValue {
  npi: string;
  path: string;
}

/**
 * Every NPI in the claim: each `npi` field of a provider object, and the 837I service facility's
 * `identificationCode` (its NPI under another name). Other-payer loops (2330x) carry no NPI.
 */
function npis(kind: ClaimKind, doc: ClaimDocument): NpiValue[] {
  const out: NpiValue[] = [];
  walk(doc, '', (value, path, key) => {
    if (typeof value !== 'string') return;
    if (key === 'npi' || (kind === 'institutional' && key === 'identificationCode' && path.endsWith('serviceFacilityLocation.identificationCode'))) {
      out.push({ npi: value, path });
    }
  });
  return out;
}

const format = reporter('NPI_FORMAT');
export const npiFormatRule: ScrubRule = {
  code: 'NPI_FORMAT',
  description: 'Every NPI is 10 digits and starts with 1 or 2 (NM109, NM108=XX)',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    return npis(ctx.kind, doc)
      .filter((n) => !/^[12]\d{9}$/.test(n.npi))
      .map((n) => format.error(n.path, 'an NPI is 10 digits starting with 1 or 2', location(ctx.kind, n.path)));
  },
};

const checkDigit = reporter('NPI_CHECK_DIGIT');
export const npiCheckDigitRule: ScrubRule = {
  code: 'NPI_CHECK_DIGIT',
  description: 'Every NPI passes the Luhn check digit over 80840 + its first nine digits',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    return npis(ctx.kind, doc)
      .filter((n) => /^[12]\d{9}$/.test(n.npi) && !isValidNpi(n.npi))
      .map((n) => checkDigit.error(n.path, 'is not a valid NPI: the check digit (Luhn over 80840 + the first nine digits) does not match', location(ctx.kind, n.path)));
  },
};
