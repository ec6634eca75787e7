// Address edits (N3/N4). The billing provider (2010AA) and service facility (837P/837D 2310C and
// 2420C/D, 837I 2310E) addresses carry the 9-digit ZIP+4 when in the US; the billing provider's is a
// street address, never a post-office box (PO boxes go in the pay-to address, 2010AB). Any US or
// Canadian address carries a state/province (N402) and a postal code (N403).
import type { ClaimAddress, ClaimDocument, ClaimKind } from '../../x12/claim-json/claim-document';
import { addresses, isUsAddress } from './claim-view';
import { ALL_KINDS, isPresent, reporter, type ScrubFinding, type ScrubRule } from './scrub-rule';

/** PO BOX, P.O. Box, POB 12, Post Office Box, P.O. Drawer, Lockbox. */
export const PO_BOX = /\b(P\.?\s*O\.?\s*(B(OX)?|DRAWER)\b|POST\s+OFFICE\s+(BOX|DRAWER)\b|LOCK\s*BOX\b)/i;

const ZIP9 = /^\d{9}$/;

function billingAddress(doc: ClaimDocument): ClaimAddress | undefined {
  return doc.billing?.address;
}

const billingZip = reporter('BILLING_ZIP_NOT_NINE_DIGITS');
export const billingZipRule: ScrubRule = {
  code: 'BILLING_ZIP_NOT_NINE_DIGITS',
  description: 'A US billing provider address has the 9-digit ZIP+4 (2010AA N403)',
  kinds: ALL_KINDS,
  check(doc) {
    const address = billingAddress(doc);
    if (!address || !isUsAddress(address) || typeof address.postalCode !== 'string') return [];
    return ZIP9.test(address.postalCode) ? [] : [billingZip.error('billing.address.postalCode', 'the billing provider ZIP must be the 9-digit ZIP+4, digits only', '2010AA N403')];
  },
};

interface FacilityAddress {
  address: ClaimAddress;
  path: string;
  location: string;
}

/** Service facility addresses: claim level (837P/837D 2310C, 837I 2310E) and line level (837P 2420C, 837D 2420D). */
function facilityAddresses(kind: ClaimKind, doc: ClaimDocument): FacilityAddress[] {
  const out: FacilityAddress[] = [];
  const claimFacility = (doc.claimInformation as { serviceFacilityLocation?: { address?: ClaimAddress } } | undefined)?.serviceFacilityLocation;
  if (claimFacility?.address) {
    out.push({ address: claimFacility.address, path: 'claimInformation.serviceFacilityLocation.address', location: `${kind === 'institutional' ? '2310E' : '2310C'} N403` });
  }
  if (kind !== 'institutional') {
    const lines = (doc.claimInformation as { serviceLines?: { serviceFacilityLocation?: { address?: ClaimAddress } }[] } | undefined)?.serviceLines ?? [];
    lines.forEach((line, i) => {
      const address = line?.serviceFacilityLocation?.address;
      if (address) out.push({ address, path: `claimInformation.serviceLines[${i}].serviceFacilityLocation.address`, location: `${kind === 'dental' ? '2420D' : '2420C'} N403` });
    });
  }
  return out;
}

const facilityZip = reporter('FACILITY_ZIP_NOT_NINE_DIGITS');
export const facilityZipRule: ScrubRule = {
  code: 'FACILITY_ZIP_NOT_NINE_DIGITS',
  description: 'A US service facility address has the 9-digit ZIP+4 (2310C/2310E/2420C N403)',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    return facilityAddresses(ctx.kind, doc)
      .filter((f) => isUsAddress(f.address) && typeof f.address.postalCode === 'string' && !ZIP9.test(f.address.postalCode))
      .map((f) => facilityZip.error(`${f.path}.postalCode`, 'the service facility ZIP must be the 9-digit ZIP+4, digits only', f.location));
  },
};

const poBox = reporter('BILLING_ADDRESS_PO_BOX');
export const billingPoBoxRule: ScrubRule = {
  code: 'BILLING_ADDRESS_PO_BOX',
  description: 'The billing provider address is a street address, not a post-office box (2010AA N3)',
  kinds: ALL_KINDS,
  check(doc) {
    const address = billingAddress(doc);
    const findings: ScrubFinding[] = [];
    for (const field of ['address1', 'address2'] as const) {
      const line = address?.[field];
      if (typeof line === 'string' && PO_BOX.test(line)) {
        findings.push(poBox.error(`billing.address.${field}`, 'the billing provider address must be a street address, not a PO box; send a PO box as the pay-to address', '2010AA N3'));
      }
    }
    return findings;
  },
};

const stateRequired = reporter('ADDRESS_STATE_REQUIRED');
export const addressStateRule: ScrubRule = {
  code: 'ADDRESS_STATE_REQUIRED',
  description: 'A US or Canadian address carries its state or province code (N402)',
  kinds: ALL_KINDS,
  check(doc) {
    return addresses(doc)
      .filter(({ address }) => (isUsAddress(address) || address.countryCode?.toUpperCase() === 'CA') && !isPresent(address.state))
      .map(({ path }) => stateRequired.error(`${path}.state`, 'is required for an address in the United States or Canada', 'N402'));
  },
};

const postalRequired = reporter('ADDRESS_POSTAL_CODE_REQUIRED');
export const addressPostalCodeRule: ScrubRule = {
  code: 'ADDRESS_POSTAL_CODE_REQUIRED',
  description: 'A US or Canadian address carries its postal code (N403)',
  kinds: ALL_KINDS,
  check(doc) {
    return addresses(doc)
      .filter(({ address }) => (isUsAddress(address) || address.countryCode?.toUpperCase() === 'CA') && !isPresent(address.postalCode))
      .map(({ path }) => postalRequired.error(`${path}.postalCode`, 'is required for an address in the United States or Canada', 'N403'));
  },
};

/** Addresses whose ZIP the nine-digit rules above already check. */
const NINE_DIGIT_ZIP_PATHS = /^(billing\.address|claimInformation\.serviceFacilityLocation\.address|claimInformation\.serviceLines\[\d+\]\.serviceFacilityLocation\.address)$/;

const usZip = reporter('US_ZIP_FORMAT');
export const usZipFormatRule: ScrubRule = {
  code: 'US_ZIP_FORMAT',
  description: 'A US ZIP code is 5 or 9 digits with no dash (N403)',
  kinds: ALL_KINDS,
  check(doc) {
    return addresses(doc)
      .filter(({ address, path }) => isUsAddress(address) && typeof address.postalCode === 'string' && address.postalCode !== '' && !NINE_DIGIT_ZIP_PATHS.test(path) && !/^(\d{5}|\d{9})$/.test(address.postalCode))
      .map(({ path }) => usZip.error(`${path}.postalCode`, 'a US ZIP code is 5 or 9 digits, no dash', 'N403'));
  },
};
