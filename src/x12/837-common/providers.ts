// Provider loops (2310x, 2420x, 2330x): one writer driven by a per-loop spec table, so each
// kind's writer states what a loop carries (NM101, NM102, PRV01, allowed REF01s, N3/N4, PER)
// instead of repeating NM1/PRV/REF code. The claim JSON shares one provider object across loops
// with different segment sets, so a field the loop does not carry (a referring provider's
// taxonomy, a rendering provider's address) is not written; an explicit secondary ID whose
// qualifier the loop does not allow is refused.

import { X12Error, X12ErrorCode } from '../core/errors';
import type {
  ClaimAddress,
  ClaimProvider,
  ContactInformation,
  InstitutionalProvider,
  InstitutionalServiceLineProvider,
  OperatingPhysician,
  ReferenceIdentification,
  ServiceFacilityLocation,
  ServiceLineProvider,
} from '../claim-json/claim-document';
import { NM108_ID_QUALIFIER, PRV02_TAXONOMY, REF01_QUALIFIER, type EntityType } from './codes';
import { NONE } from './values';
import { address, contact, nm1, nm1EntityOnly, ref, type ContactRules, type NameKind, type PartyName } from './segments';
import type { Sink } from './sink';

/** One provider secondary identifier (REF01/REF02, REF04-2 with REF04-1 = 2U). */
export interface ProviderRef {
  qualifier: string;
  identifier: string;
  otherPayerPrimaryIdentifier?: string;
}

/** A provider as the loop writer sees it, whatever JSON object it came from. */
export interface ProviderView extends PartyName {
  npi?: string;
  taxonomyCode?: string;
  /** Secondary IDs derived from named fields (stateLicenseNumber → 0B …); dropped when the loop has no such REF. */
  derivedRefs: ProviderRef[];
  /** Secondary IDs the sender listed with their qualifiers; refused when the loop does not allow one. */
  explicitRefs: ProviderRef[];
  address?: ClaimAddress;
  contact?: ContactInformation;
}

/** What one provider loop carries, per the TR3. */
export interface ProviderLoopSpec {
  /** TR3 loop ID, e.g. `2310B`. */
  readonly loop: string;
  /** NM101. */
  readonly entity: string;
  /** NM102 values allowed. */
  readonly name: NameKind;
  /** PRV01 when the loop has a specialty segment (taxonomy in PRV03). */
  readonly prv?: string;
  /** N3/N4 in the loop. */
  readonly address?: 'required' | 'optional';
  /** REF01 qualifiers the loop allows, and how many REF. */
  readonly refQualifiers: readonly string[];
  readonly maxRefs: number;
  /** REF04 (other payer primary ID) allowed. */
  readonly ref04?: boolean;
  /** PER in the loop. */
  readonly contact?: ContactRules;
}

/**
 * `NM1*{entity}*…*XX*{npi}~ [PRV] [N3 N4] [REF…] [PER]`, e.g. 2310B:
 * `NM1*82*1*SMITH*ANNA****XX*1245319599~PRV*PE*PXC*207Q00000X~`.
 */
export function writeProviderLoop(sink: Sink, spec: ProviderLoopSpec, p: ProviderView, path: string): void {
  sink.enter(spec.loop, path);
  nm1(sink, spec.entity, p, spec.name, NM108_ID_QUALIFIER.npi, p.npi);
  if (spec.prv !== undefined && p.taxonomyCode) sink.segment('PRV', [spec.prv, PRV02_TAXONOMY, p.taxonomyCode]);
  if (spec.address !== undefined) {
    if (p.address !== undefined) address(sink, p.address);
    else if (spec.address === 'required') {
      throw new X12Error(X12ErrorCode.MISSING_VALUE, `N3 (address of loop ${spec.loop}) is required`, { segmentId: 'N3', element: 1 });
    }
  }
  const refs = selectRefs(spec, p);
  for (const r of refs) ref(sink, r.qualifier, r.identifier, spec.ref04 ? r.otherPayerPrimaryIdentifier : undefined);
  if (spec.contact !== undefined) contact(sink, p.contact, spec.contact);
}

function selectRefs(spec: Pick<ProviderLoopSpec, 'loop' | 'refQualifiers' | 'maxRefs'>, p: Pick<ProviderView, 'derivedRefs' | 'explicitRefs'>): ProviderRef[] {
  if (p.derivedRefs.length === 0 && p.explicitRefs.length === 0) return NO_REFS;
  const out = p.derivedRefs.filter((r) => spec.refQualifiers.includes(r.qualifier));
  for (const r of p.explicitRefs) {
    if (!spec.refQualifiers.includes(r.qualifier)) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, `REF01 ${r.qualifier} is not allowed in loop ${spec.loop} (allowed: ${spec.refQualifiers.join(', ')})`, {
        segmentId: 'REF',
        element: 1,
      });
    }
    out.push(r);
  }
  if (out.length > spec.maxRefs) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `REF: ${out.length} secondary identifiers in loop ${spec.loop}, at most ${spec.maxRefs} allowed`, {
      segmentId: 'REF',
    });
  }
  return out;
}

/** Other-payer provider loops (2330C–I): `NM1*{entity}*{1|2}~` and its REF secondary IDs only. */
export function writeOtherPayerProviderLoop(
  sink: Sink,
  spec: { loop: string; entity: string; entityType: EntityType; refQualifiers: readonly string[]; maxRefs: number },
  refs: readonly ReferenceIdentification[],
  path: string,
): void {
  sink.enter(spec.loop, path);
  nm1EntityOnly(sink, spec.entity, spec.entityType);
  if (refs.length === 0) {
    throw new X12Error(X12ErrorCode.MISSING_VALUE, `REF (secondary identifier of loop ${spec.loop}) is required`, { segmentId: 'REF', element: 1 });
  }
  const chosen = selectRefs(spec, { derivedRefs: [], explicitRefs: refs.map((r) => ({ qualifier: r.qualifier, identifier: r.identifier })) });
  for (const r of chosen) ref(sink, r.qualifier, r.identifier);
}

function derived(pairs: [string, string | undefined][]): ProviderRef[] {
  const out: ProviderRef[] = [];
  for (const [qualifier, identifier] of pairs) if (identifier) out.push({ qualifier, identifier });
  return out;
}

const NO_REFS: ProviderRef[] = [];

/** REF 0B / 1G / G2 / LU from a provider object's state license, UPIN, commercial and location numbers. */
function namedRefs(p: Pick<ClaimProvider, 'stateLicenseNumber' | 'providerUpinNumber' | 'commercialNumber' | 'locationNumber'>): ProviderRef[] {
  if (!(p.stateLicenseNumber || p.providerUpinNumber || p.commercialNumber || p.locationNumber)) return NO_REFS;
  return derived([
    [REF01_QUALIFIER.stateLicense, p.stateLicenseNumber],
    [REF01_QUALIFIER.upin, p.providerUpinNumber],
    [REF01_QUALIFIER.commercialNumber, p.commercialNumber],
    [REF01_QUALIFIER.locationNumber, p.locationNumber],
  ]);
}

/** 837P/837D claim-level provider object (rendering, referring, supervising …). */
export function fromClaimProvider(p: ClaimProvider): ProviderView {
  return {
    organizationName: p.organizationName,
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
    suffix: p.suffix,
    npi: p.npi,
    taxonomyCode: p.taxonomyCode,
    derivedRefs: namedRefs(p),
    explicitRefs: NO_REFS,
    address: p.address,
    contact: p.contactInformation,
  };
}

/** 837P/837D line-level provider object (2420x). */
export function fromServiceLineProvider(p: ServiceLineProvider): ProviderView {
  const other = p.otherIdentifier;
  const secondary = p.secondaryIdentifier;
  return {
    organizationName: p.organizationName,
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
    suffix: p.suffix,
    npi: p.npi,
    taxonomyCode: p.taxonomyCode,
    address: p.address,
    derivedRefs: namedRefs(p).map((r) => ({ ...r, otherPayerPrimaryIdentifier: other })),
    explicitRefs:
      secondary === undefined || secondary.length === 0
        ? NO_REFS
        : secondary.map((s) => ({
            qualifier: s.qualifier,
            identifier: s.identifier,
            otherPayerPrimaryIdentifier: s.otherIdentifier,
          })),
    contact: p.contactInformation,
  };
}

/** 837I claim-level provider (attending, rendering, referring). */
export function fromInstitutionalProvider(p: InstitutionalProvider): ProviderView {
  return {
    ...p,
    derivedRefs: [],
    explicitRefs:
      p.secondaryIdentificationQualifierCode && p.secondaryIdentifier
        ? [{ qualifier: p.secondaryIdentificationQualifierCode, identifier: p.secondaryIdentifier }]
        : [],
    contact: p.contactInformation,
  };
}

/** 837I operating / other operating physician (2310B/C, 2420A/B). */
export function fromOperatingPhysician(p: OperatingPhysician): ProviderView {
  return {
    ...p,
    derivedRefs: [],
    explicitRefs:
      p.identificationQualifierCode && p.secondaryIdentifier ? [{ qualifier: p.identificationQualifierCode, identifier: p.secondaryIdentifier }] : [],
  };
}

/** 837I line-level rendering / referring provider (2420C/D). */
export function fromInstitutionalLineProvider(p: InstitutionalServiceLineProvider): ProviderView {
  const explicit: ProviderRef[] = [];
  if (p.secondaryIdentificationQualifierCode && p.secondaryIdentifier) {
    explicit.push({ qualifier: p.secondaryIdentificationQualifierCode, identifier: p.secondaryIdentifier });
  }
  for (const r of p.referenceIdentification ?? NONE) {
    explicit.push({ qualifier: r.qualifier, identifier: r.identifier, otherPayerPrimaryIdentifier: r.otherIdentifier });
  }
  return { ...p, derivedRefs: [], explicitRefs: explicit, contact: p.contactInformation };
}

/** Service facility object → provider view (PER from phoneName/phoneNumber/phoneExtension). */
export function facilityView(f: ServiceFacilityLocation): ProviderView {
  return {
    organizationName: f.organizationName,
    npi: f.npi,
    address: f.address,
    derivedRefs: [],
    explicitRefs: (f.secondaryIdentifier ?? NONE).map((s) => ({ qualifier: s.qualifier, identifier: s.identifier, otherPayerPrimaryIdentifier: s.otherIdentifier })),
    contact: f.phoneNumber ? { name: f.phoneName, phoneNumber: f.phoneNumber, phoneExtension: f.phoneExtension } : undefined,
  };
}
