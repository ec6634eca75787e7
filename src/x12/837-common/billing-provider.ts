// Loop 2000A (billing provider level) after its HL: PRV*BI, 2010AA billing provider, 2010AB
// pay-to address, 2010AC pay-to plan. The kind writers map their JSON into a BillingProviderView;
// the segments and their order are the same in X222A1, X223A2 and X224A2.

import { X12Error, X12ErrorCode } from '../core/errors';
import type { ClaimAddress, ContactInformation, DentalClaimDocument, ProfessionalClaimDocument } from '../claim-json/claim-document';
import {
  NM101_ENTITY_IDENTIFIER,
  NM102_ENTITY_TYPE,
  NM108_ID_QUALIFIER,
  PRV01_PROVIDER_CODE,
  PRV02_TAXONOMY,
  REF01_QUALIFIER,
} from './codes';
import type { ProviderRef } from './providers';
import { address, contact, FULL_CONTACT, nm1, nm1EntityOnly, ref, type NameKind, type PartyName } from './segments';
import type { Sink } from './sink';
import { required } from './values';

/** 2010AC pay-to plan. */
export interface PayToPlanView {
  organizationName: string;
  /** NM108: PI payer ID or XV CMS plan ID. */
  idQualifier: string;
  id: string;
  address: ClaimAddress | undefined;
  /** REF*2U|FY|NF, at most one. */
  secondaryIds: ProviderRef[];
  /** REF*EI (required). */
  taxId: string;
}

/** Everything 2000A carries for one billing provider. */
export interface BillingProviderView {
  name: PartyName;
  /** NM102 values allowed: either on 837P/837D, non-person on 837I. */
  nameKind: NameKind;
  npi?: string;
  taxonomyCode?: string;
  address: ClaimAddress | undefined;
  /** REF*EI or REF*SY (exactly one; 837I allows EI only). */
  employerId?: string;
  ssn?: string;
  allowSsn: boolean;
  /** REF*0B / REF*1G (837P/837D only, at most 2). */
  licenseRefs: ProviderRef[];
  contact?: ContactInformation;
  payToAddress?: ClaimAddress;
  payToPlan?: PayToPlanView;
}

/**
 * 2000A body, e.g.
 * `PRV*BI*PXC*207Q00000X~NM1*85*2*GOOD HEALTH CLINIC*****XX*1234567893~N3*100 MAIN ST~N4*SPRINGFIELD*IL*627011234~REF*EI*123456789~`
 */
export function writeLoop2000A(sink: Sink, b: BillingProviderView): void {
  sink.enter('2000A', 'billing');
  if (b.taxonomyCode) sink.segment('PRV', [PRV01_PROVIDER_CODE.billing, PRV02_TAXONOMY, b.taxonomyCode]);

  sink.enter('2010AA', 'billing');
  nm1(sink, NM101_ENTITY_IDENTIFIER.billingProvider, b.name, b.nameKind, NM108_ID_QUALIFIER.npi, b.npi);
  // 2010AA N3 must be a street address (PO boxes belong in 2010AB); the shape cannot be checked here.
  if (b.address === undefined) {
    throw new X12Error(X12ErrorCode.MISSING_VALUE, 'N301 (billing provider address) is required', { segmentId: 'N3', element: 1 });
  }
  address(sink, b.address);
  // REF Billing Provider Tax Identification (R 1): EI, or SY for an individual (837P/837D).
  if (b.employerId) ref(sink, REF01_QUALIFIER.employerId, b.employerId);
  else if (b.ssn && b.allowSsn) ref(sink, REF01_QUALIFIER.ssn, b.ssn);
  else throw new X12Error(X12ErrorCode.MISSING_VALUE, 'REF02 (billing provider tax ID: employerId or ssn) is required', { segmentId: 'REF', element: 2 });
  if (b.licenseRefs.length > 2) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'REF: at most 2 billing provider license/UPIN numbers', { segmentId: 'REF' });
  }
  for (const r of b.licenseRefs) ref(sink, r.qualifier, r.identifier);
  contact(sink, b.contact, FULL_CONTACT);

  if (b.payToAddress !== undefined) {
    sink.enter('2010AB', 'payToAddress');
    nm1EntityOnly(sink, NM101_ENTITY_IDENTIFIER.payToAddress, NM102_ENTITY_TYPE.nonPerson);
    address(sink, b.payToAddress);
  }

  const plan = b.payToPlan;
  if (plan !== undefined) {
    sink.enter('2010AC', 'payToPlan');
    nm1(sink, NM101_ENTITY_IDENTIFIER.payToPlan, { organizationName: plan.organizationName }, 'nonPerson', plan.idQualifier, required(plan.id, 'NM1', 9, 'pay-to plan ID'));
    if (plan.address === undefined) {
      throw new X12Error(X12ErrorCode.MISSING_VALUE, 'N301 (pay-to plan address) is required', { segmentId: 'N3', element: 1 });
    }
    address(sink, plan.address);
    if (plan.secondaryIds.length > 1) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, 'REF: at most one pay-to plan secondary identifier (2U, FY or NF)', { segmentId: 'REF' });
    }
    for (const r of plan.secondaryIds) ref(sink, r.qualifier, r.identifier);
    ref(sink, REF01_QUALIFIER.employerId, required(plan.taxId, 'REF', 2, 'pay-to plan tax ID'));
  }
}

/**
 * 837P and 837D map their billing provider the same way: NM102 1 or 2, REF*SY allowed, REF*0B/1G
 * license numbers, and the pay-to plan from `payToPlan`. (The 837I maps its own view: NM102 2
 * only, EI only, and a differently shaped pay-to plan.)
 */
export function professionalOrDentalBillingView(d: ProfessionalClaimDocument | DentalClaimDocument): BillingProviderView {
  const b = d.billing;
  const plan = d.payToPlan;
  const licenseRefs: ProviderRef[] = [];
  if (b.stateLicenseNumber) licenseRefs.push({ qualifier: REF01_QUALIFIER.stateLicense, identifier: b.stateLicenseNumber });
  if (b.providerUpinNumber) licenseRefs.push({ qualifier: REF01_QUALIFIER.upin, identifier: b.providerUpinNumber });
  return {
    name: b,
    nameKind: 'either',
    npi: b.npi,
    taxonomyCode: b.taxonomyCode,
    address: b.address,
    employerId: b.employerId,
    ssn: b.ssn,
    allowSsn: true,
    licenseRefs,
    contact: b.contactInformation,
    payToAddress: d.payToAddress,
    payToPlan:
      plan === undefined
        ? undefined
        : {
            organizationName: plan.organizationName,
            idQualifier: plan.primaryIdentifierTypeCode,
            id: plan.primaryIdentifier,
            address: plan.address,
            secondaryIds:
              plan.secondaryIdentifierTypeCode && plan.secondaryIdentifier
                ? [{ qualifier: plan.secondaryIdentifierTypeCode, identifier: plan.secondaryIdentifier }]
                : [],
            taxId: plan.taxIdentificationNumber,
          },
  };
}
