// Turns a validated claim DTO into the plain, normalized claim document the rest of the gateway
// works with (claim.types.ts), and derives the claim summary used to list and look claims up.
// No I/O, no clock, no randomness: the same DTO always gives the same document.
import type { ClaimDtoByKind } from './claim-validation';
import type {
  ClaimDocument,
  ClaimDocumentByKind,
  ClaimKind,
  ClaimSummary,
  DentalClaimDocument,
  DentalClaimInformation,
  DentalServiceLine,
  InstitutionalClaimDocument,
  InstitutionalClaimInformation,
  InstitutionalServiceLine,
  ProfessionalClaimDocument,
  ProfessionalClaimInformation,
  ProfessionalServiceLine,
  ReportInformation,
} from './claim.types';
import type { DentalClaimDto } from './dto/dental-claim.dto';
import type { InstitutionalClaimDto } from './dto/institutional-claim.dto';
import type { ProfessionalClaimDto } from './dto/professional-claim.dto';
import { amountToCents, formatAmount } from './money';

export type { ClaimSummary } from './claim.types';

/** A DTO type with its class-ness erased: what `plain()` returns. */
type Plain<T> = T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;

/** Deep copy into plain objects and arrays, leaving out undefined and null members. */
function plain<T>(value: T): Plain<T> {
  if (Array.isArray(value)) return value.map((item) => plain(item)) as Plain<T>;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== undefined && member !== null) out[key] = plain(member);
    }
    return out as Plain<T>;
  }
  return value as Plain<T>;
}

/** Removes keys whose value is undefined (after destructuring and defaulting). */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

const DEFAULT_USAGE_INDICATOR = 'P';
const DEFAULT_CLAIM_IDENTIFIER = 'CH';
const DEFAULT_PAYMENT_RESPONSIBILITY = 'P';

export function toClaimDocument<K extends ClaimKind>(kind: K, dto: ClaimDtoByKind[K]): ClaimDocumentByKind[K];
export function toClaimDocument(kind: ClaimKind, dto: ClaimDtoByKind[ClaimKind]): ClaimDocument {
  switch (kind) {
    case 'professional':
      return professionalDocument(dto as ProfessionalClaimDto);
    case 'institutional':
      return institutionalDocument(dto as InstitutionalClaimDto);
    case 'dental':
      return dentalDocument(dto as DentalClaimDto);
  }
}

// ---------------------------------------------------------------------------------------------
// providers[] → dedicated provider objects
// ---------------------------------------------------------------------------------------------

interface TaggedProvider {
  providerType?: string;
}

function withoutProviderType<T extends TaggedProvider>(provider: T): Omit<T, 'providerType'>;
function withoutProviderType<T extends TaggedProvider>(provider: T | undefined): Omit<T, 'providerType'> | undefined;
function withoutProviderType<T extends TaggedProvider>(provider: T | undefined): Omit<T, 'providerType'> | undefined {
  if (!provider) return undefined;
  const { providerType: _type, ...rest } = provider;
  return rest;
}

/** The providers[] item of a type, if any (validation guarantees at most one per type). */
function listed<T extends TaggedProvider>(providers: T[] | undefined, type: string): T | undefined {
  return providers?.find((p) => p.providerType === type);
}

function requireBilling<T>(billing: T | undefined): T {
  // Validation makes the billing provider required through one of the two forms.
  if (!billing) throw new Error('claim document invariant: no billing provider after validation');
  return billing;
}

// ---------------------------------------------------------------------------------------------
// 837P
// ---------------------------------------------------------------------------------------------

function professionalDocument(dto: ProfessionalClaimDto): ProfessionalClaimDocument {
  const { providers, billing, rendering, referring, supervising, ordering, claimInformation, subscriber, ...rest } = plain(dto);
  // On 837P an item never duplicates a dedicated object (validation), so either form fills a slot.
  return compact({
    ...rest,
    usageIndicator: rest.usageIndicator ?? DEFAULT_USAGE_INDICATOR,
    claimIdentifier: rest.claimIdentifier ?? DEFAULT_CLAIM_IDENTIFIER,
    subscriber: { ...subscriber, paymentResponsibilityLevelCode: subscriber.paymentResponsibilityLevelCode ?? DEFAULT_PAYMENT_RESPONSIBILITY },
    billing: requireBilling(withoutProviderType(billing ?? listed(providers, 'BillingProvider'))),
    rendering: withoutProviderType(rendering ?? listed(providers, 'RenderingProvider')),
    referring: withoutProviderType(referring ?? listed(providers, 'ReferringProvider')),
    supervising: withoutProviderType(supervising ?? listed(providers, 'SupervisingProvider')),
    ordering: withoutProviderType(ordering ?? listed(providers, 'OrderingProvider')),
    claimInformation: professionalClaimInformation(claimInformation),
  });
}

function professionalClaimInformation(info: Plain<ProfessionalClaimDto['claimInformation']>): ProfessionalClaimInformation {
  const { fileInformation, fileInformationList, claimSupplementalInformation, serviceLines, ...rest } = info;
  return compact({
    ...rest,
    fileInformationList: fileInformationList ?? (fileInformation !== undefined ? [fileInformation] : undefined),
    claimSupplementalInformation: claimSupplementalInformation && mergeReports(claimSupplementalInformation),
    serviceLines: serviceLines.map(professionalLine),
  });
}

/**
 * `lineItemControlNumber` is accepted on 837P lines as an alias of `providerControlNumber`
 * (claim-json.md §6.1); validation rejected the two when they differ.
 */
function professionalLine(line: Plain<ProfessionalClaimDto['claimInformation']['serviceLines'][number]>): ProfessionalServiceLine {
  const { lineItemControlNumber, assignedNumber: _assigned, providerControlNumber, ...rest } = line;
  return compact({ ...rest, providerControlNumber: providerControlNumber ?? lineItemControlNumber });
}

/** Folds the single `reportInformation` (older form) into the `reportInformations` list. */
function mergeReports<R, T extends { reportInformation?: R; reportInformations?: R[] }>(
  info: T,
): Omit<T, 'reportInformation' | 'reportInformations'> & { reportInformations?: R[] } {
  const { reportInformation, reportInformations, ...rest } = info;
  const merged = [...(reportInformation !== undefined ? [reportInformation] : []), ...(reportInformations ?? [])];
  return compact({ ...rest, reportInformations: merged.length > 0 ? merged : undefined });
}

// ---------------------------------------------------------------------------------------------
// 837I
// ---------------------------------------------------------------------------------------------

function institutionalDocument(dto: InstitutionalClaimDto): InstitutionalClaimDocument {
  const { providers, billing, attending, referring, rendering, claimInformation, ...rest } = plain(dto);
  // On 837I the providers[] list overrides the dedicated objects (claim-json.md §3, §6.3).
  const listedBilling = listed(providers, 'BillingProvider');
  return compact({
    ...rest,
    usageIndicator: rest.usageIndicator ?? DEFAULT_USAGE_INDICATOR,
    claimIdentifier: rest.claimIdentifier ?? DEFAULT_CLAIM_IDENTIFIER,
    billing: requireBilling(
      listedBilling
        ? {
            ...withoutProviderType(listedBilling),
            employerId: requireEmployerId(listedBilling.employerId),
            address: requireAddress(listedBilling.address),
          }
        : withoutProviderType(billing),
    ),
    attending: withoutProviderType(listed(providers, 'AttendingProvider') ?? attending),
    referring: withoutProviderType(listed(providers, 'ReferringProvider') ?? referring),
    rendering: withoutProviderType(listed(providers, 'RenderingProvider') ?? rendering),
    claimInformation: institutionalClaimInformation(claimInformation),
  });
}

function requireEmployerId(employerId: string | undefined): string {
  if (employerId === undefined) throw new Error('claim document invariant: providers[] BillingProvider without employerId');
  return employerId;
}

function requireAddress<T>(address: T | undefined): T {
  if (address === undefined) throw new Error('claim document invariant: providers[] BillingProvider without address');
  return address;
}

function institutionalClaimInformation(info: Plain<InstitutionalClaimDto['claimInformation']>): InstitutionalClaimInformation {
  const { claimSupplementalInformation, serviceLines, ...rest } = info;
  return compact({
    ...rest,
    claimSupplementalInformation: claimSupplementalInformation && mergeReports(claimSupplementalInformation),
    serviceLines: serviceLines.map(institutionalLine),
  });
}

/**
 * The 837I line control number is `lineItemControlNumber`; Stedi also accepts it as
 * `serviceLineReferenceInformation.providerControlNumber` (validation rejected the two when they
 * differ). Line attachments (PWK) arrive in three places — `serviceLineSupplementalInformation`,
 * `serviceLineSupplementalInformations` and `lineSupplementInformation.reportInformation(s)` — and
 * end up in the one list `serviceLineSupplementalInformations`.
 */
function institutionalLine(line: Plain<InstitutionalClaimDto['claimInformation']['serviceLines'][number]>): InstitutionalServiceLine {
  const {
    assignedNumber: _assigned,
    lineItemControlNumber,
    serviceLineReferenceInformation,
    serviceLineSupplementalInformation,
    serviceLineSupplementalInformations,
    lineSupplementInformation,
    ...rest
  } = line;
  const { providerControlNumber, ...references } = serviceLineReferenceInformation ?? {};
  const attachments = [
    ...(serviceLineSupplementalInformation !== undefined ? [serviceLineSupplementalInformation] : []),
    ...(serviceLineSupplementalInformations ?? []),
    ...(lineSupplementInformation?.reportInformation !== undefined ? [lineSupplementInformation.reportInformation] : []),
    ...(lineSupplementInformation?.reportInformations ?? []),
  ];
  return compact({
    ...rest,
    lineItemControlNumber: lineItemControlNumber ?? providerControlNumber,
    serviceLineReferenceInformation: Object.keys(references).length > 0 ? references : undefined,
    serviceLineSupplementalInformations: attachments.length > 0 ? (attachments as ReportInformation[]) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// 837D
// ---------------------------------------------------------------------------------------------

function dentalDocument(dto: DentalClaimDto): DentalClaimDocument {
  const { providers, billing, rendering, referring, supervising, claimInformation, subscriber, ...rest } = plain(dto);
  return compact({
    ...rest,
    usageIndicator: rest.usageIndicator ?? DEFAULT_USAGE_INDICATOR,
    claimIdentifier: rest.claimIdentifier ?? DEFAULT_CLAIM_IDENTIFIER,
    subscriber: { ...subscriber, paymentResponsibilityLevelCode: subscriber.paymentResponsibilityLevelCode ?? DEFAULT_PAYMENT_RESPONSIBILITY },
    billing: requireBilling(withoutProviderType(billing ?? listed(providers, 'BillingProvider'))),
    rendering: withoutProviderType(rendering ?? listed(providers, 'RenderingProvider')),
    referring: withoutProviderType(referring ?? listed(providers, 'ReferringProvider')),
    supervising: withoutProviderType(supervising ?? listed(providers, 'SupervisingProvider')),
    claimInformation: dentalClaimInformation(claimInformation),
  });
}

function dentalClaimInformation(info: Plain<DentalClaimDto['claimInformation']>): DentalClaimInformation {
  const { fileInformation, fileInformationList, claimSupplementalInformation, serviceLines, ...rest } = info;
  return compact({
    ...rest,
    fileInformationList: fileInformationList ?? (fileInformation !== undefined ? [fileInformation] : undefined),
    claimSupplementalInformation: claimSupplementalInformation && mergeReports(claimSupplementalInformation),
    serviceLines: serviceLines.map((line): DentalServiceLine => line),
  });
}

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

/** 20250310 → 2025-03-10 */
function isoDate(ccyymmdd: string): string {
  return `${ccyymmdd.slice(0, 4)}-${ccyymmdd.slice(4, 6)}-${ccyymmdd.slice(6, 8)}`;
}

/** Earliest and latest of CCYYMMDD dates (same-width digit strings sort chronologically). */
function dateSpan(dates: Array<string | undefined>): { from: string | null; to: string | null } {
  const present = dates.filter((d): d is string => typeof d === 'string' && d.length === 8).sort();
  if (present.length === 0) return { from: null, to: null };
  return { from: isoDate(present[0]), to: isoDate(present[present.length - 1]) };
}

/** "20250310" or "20250310-20250312" → both ends. */
function rangeEnds(value: string | undefined): string[] {
  return value === undefined ? [] : value.split('-');
}

interface BillingKeyFields {
  npi?: string;
  employerId?: string;
}

/**
 * The billing provider's identity for duplicate detection: the NPI, else the EIN, else its first
 * secondary identifier as `<REF01>:<REF02>`. The SSN of an individual provider is never used.
 */
function billingProviderKey(billing: BillingKeyFields, secondary: Array<[string, string | undefined]>): string {
  if (billing.npi) return billing.npi;
  if (billing.employerId) return `EI:${billing.employerId}`;
  for (const [qualifier, value] of secondary) if (value) return `${qualifier}:${value}`;
  throw new Error('claim document invariant: billing provider has no NPI, EIN or secondary identifier');
}

function lineTotal(charges: string[]): string {
  return formatAmount(charges.reduce((sum, charge) => sum + amountToCents(charge), 0n));
}

export function summarizeClaim(kind: ClaimKind, doc: ClaimDocument): ClaimSummary {
  switch (kind) {
    case 'professional': {
      const claim = doc as ProfessionalClaimDocument;
      const lines = claim.claimInformation.serviceLines;
      const span = dateSpan(lines.flatMap((l) => [l.serviceDate, l.serviceDateEnd]));
      return summary(kind, claim, {
        billingProviderKey: billingProviderKey(claim.billing, [
          ['G2', claim.billing.commercialNumber],
          ['LU', claim.billing.locationNumber],
          ['0B', claim.billing.stateLicenseNumber],
          ['1G', claim.billing.providerUpinNumber],
        ]),
        totalCharge: lineTotal(lines.map((l) => l.professionalService.lineItemChargeAmount)),
        span,
        lineCount: lines.length,
      });
    }
    case 'institutional': {
      const claim = doc as InstitutionalClaimDocument;
      const lines = claim.claimInformation.serviceLines;
      const dates = claim.claimInformation.claimDateInformation;
      return summary(kind, claim, {
        billingProviderKey: billingProviderKey(claim.billing, [
          [claim.billing.secondaryIdentificationQualifierCode ?? '', claim.billing.secondaryIdentifier],
        ]),
        totalCharge: lineTotal(lines.map((l) => l.institutionalService.lineItemChargeAmount)),
        span: dateSpan([dates.statementBeginDate, dates.statementEndDate]),
        lineCount: lines.length,
      });
    }
    case 'dental': {
      const claim = doc as DentalClaimDocument;
      const lines = claim.claimInformation.serviceLines;
      const claimDate = claim.claimInformation.claimDateInformation?.serviceDate;
      return summary(kind, claim, {
        billingProviderKey: billingProviderKey(claim.billing, [
          ['G2', claim.billing.commercialNumber],
          ['LU', claim.billing.locationNumber],
          ['0B', claim.billing.stateLicenseNumber],
          ['1G', claim.billing.providerUpinNumber],
        ]),
        totalCharge: lineTotal(lines.map((l) => l.dentalService.lineItemChargeAmount)),
        span: dateSpan([...rangeEnds(claimDate), ...lines.map((l) => l.serviceDate)]),
        lineCount: lines.length,
      });
    }
  }
}

interface CommonClaimFields {
  tradingPartnerServiceId: string;
  tradingPartnerName?: string;
  usageIndicator: ClaimSummary['usageIndicator'];
  billing: { npi?: string };
  claimInformation: { patientControlNumber: string; claimFrequencyCode: string };
}

function summary(
  kind: ClaimKind,
  claim: CommonClaimFields,
  derived: { billingProviderKey: string; totalCharge: string; span: { from: string | null; to: string | null }; lineCount: number },
): ClaimSummary {
  return {
    kind,
    payerId: claim.tradingPartnerServiceId,
    payerName: claim.tradingPartnerName ?? null,
    billingNpi: claim.billing.npi ?? null,
    billingProviderKey: derived.billingProviderKey,
    patientControlNumber: claim.claimInformation.patientControlNumber,
    frequencyCode: claim.claimInformation.claimFrequencyCode,
    totalCharge: derived.totalCharge,
    serviceDateFrom: derived.span.from,
    serviceDateTo: derived.span.to,
    usageIndicator: claim.usageIndicator ?? DEFAULT_USAGE_INDICATOR,
    lineCount: derived.lineCount,
  };
}
