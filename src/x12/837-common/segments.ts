// Segment helpers shared by the 837P/837I/837D writers: NM1 names, N3/N4 addresses, PER contacts,
// REF, DTP, DMG, AMT, CAS, PWK, K3, CN1. Each writes to a Sink and refuses what the TR3 would
// reject (a missing required value, too many repeats) with an X12Error naming the element.

import { X12Error, X12ErrorCode } from '../core/errors';
import type { Component } from '../core/writer';
import type {
  ClaimAddress,
  ContactInformation,
  ContractInformation,
  ReportInformation,
} from '../claim-json/claim-document';
import {
  DMG01_DATE_FORMAT,
  NM102_ENTITY_TYPE,
  PER01_INFORMATION_CONTACT,
  PER03_COMMUNICATION_QUALIFIER,
  PWK05_ATTACHMENT_CONTROL,
  type CommunicationQualifier,
  type EntityType,
} from './codes';
import type { Sink } from './sink';
import { amount, chunk, date, dateOrRange, optionalAmount, optionalQuantity, quantity, required } from './values';

/** The name parts every party object of the claim JSON uses. */
export interface PartyName {
  organizationName?: string;
  lastName?: string;
  firstName?: string;
  middleName?: string;
  suffix?: string;
}

/** Which NM102 values a loop allows. */
export type NameKind = 'person' | 'nonPerson' | 'either';

/**
 * NM102–NM107 of a party: an organization name makes it a non-person (NM102=2, NM104+ empty),
 * otherwise a person with the last name in NM103. NM106 (prefix) is never used in the 837.
 */
export function nameElements(p: PartyName, kind: NameKind): [EntityType, string, Component, Component, Component, Component] {
  const org = p.organizationName;
  if (kind === 'nonPerson' || (kind === 'either' && org)) {
    return [NM102_ENTITY_TYPE.nonPerson, required(org, 'NM1', 3, 'organization name'), undefined, undefined, undefined, undefined];
  }
  return [NM102_ENTITY_TYPE.person, required(p.lastName, 'NM1', 3, 'last name'), p.firstName, p.middleName, undefined, p.suffix];
}

/**
 * `NM1*{entity}*{1|2}*{last/org}*{first}*{middle}**{suffix}*{idQualifier}*{id}`
 * e.g. `NM1*82*1*SMITH*ANNA****XX*1245319599~`. The ID pair is written only when the ID is present.
 */
export function nm1(sink: Sink, entity: string, p: PartyName, kind: NameKind, idQualifier?: string, id?: string): void {
  const [nm102, nm103, nm104, nm105, nm106, nm107] = nameElements(p, kind);
  const hasId = id !== undefined && id !== '';
  sink.segment('NM1', [entity, nm102, nm103, nm104, nm105, nm106, nm107, hasId ? idQualifier : undefined, hasId ? id : undefined]);
}

/** `NM1*{entity}*{1|2}` only, for the loops that carry no name (2010AB, 2330C–I, 2420G). */
export function nm1EntityOnly(sink: Sink, entity: string, entityType: EntityType): void {
  sink.segment('NM1', [entity, entityType]);
}

/** `N3*{line1}*{line2}~` then `N4*{city}*{state}*{zip}*{country}***{subdivision}~`. */
export function address(sink: Sink, a: ClaimAddress): void {
  sink.segment('N3', [required(a.address1, 'N3', 1, 'address line'), a.address2]);
  sink.segment('N4', [
    required(a.city, 'N4', 1, 'city'),
    a.state,
    a.postalCode,
    a.countryCode,
    undefined,
    undefined,
    a.countrySubDivisionCode,
  ]);
}

/** True when two addresses are the same place (used to drop redundant service facility loops). */
export function sameAddress(a: ClaimAddress | undefined, b: ClaimAddress | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (
    a.address1 === b.address1 &&
    (a.address2 ?? '') === (b.address2 ?? '') &&
    a.city === b.city &&
    (a.state ?? '') === (b.state ?? '') &&
    (a.postalCode ?? '') === (b.postalCode ?? '') &&
    (a.countryCode ?? '') === (b.countryCode ?? '')
  );
}

/** The communication numbers a PER may carry in a given loop, and how many PER segments. */
export interface ContactRules {
  readonly allowed: readonly CommunicationQualifier[];
  readonly maxSegments: number;
}

/** 1000A and 2010AA: phone, extension, fax, e-mail; two PER. */
export const FULL_CONTACT: ContactRules = { allowed: ['TE', 'EX', 'FX', 'EM'], maxSegments: 2 };
/** Property-and-casualty and service facility contacts: phone and extension only, one PER. */
export const PHONE_CONTACT: ContactRules = { allowed: ['TE', 'EX'], maxSegments: 1 };

/**
 * `PER*IC*{name}*TE*{phone}*EX*{ext}*EM*{email}~`: up to three numbers per PER, more go into a
 * second PER (1000A/2010AA allow two). The extension always directly follows its phone number.
 * Returns false when the contact has no number (the caller decides whether that is an error).
 */
export function contact(sink: Sink, c: ContactInformation | undefined, rules: ContactRules): boolean {
  if (c === undefined) return false;
  const pairs: [CommunicationQualifier, string][] = [];
  const push = (q: CommunicationQualifier, v: string | undefined): void => {
    if (v === undefined || v === '') return;
    if (!rules.allowed.includes(q)) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, `PER03 communication qualifier ${q} is not allowed in this loop`, {
        segmentId: 'PER',
        element: 3,
      });
    }
    pairs.push([q, v]);
  };
  push(PER03_COMMUNICATION_QUALIFIER.phone, c.phoneNumber);
  if (c.phoneNumber) push(PER03_COMMUNICATION_QUALIFIER.extension, c.phoneExtension);
  push(PER03_COMMUNICATION_QUALIFIER.fax, c.faxNumber);
  push(PER03_COMMUNICATION_QUALIFIER.email, c.email);
  if (pairs.length === 0) return false;
  const groups = chunk(pairs, 3);
  if (groups.length > rules.maxSegments) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `PER: too many communication numbers for ${rules.maxSegments} PER segment(s)`, {
      segmentId: 'PER',
    });
  }
  groups.forEach((g, i) => {
    const elements: Component[] = [PER01_INFORMATION_CONTACT, i === 0 ? c.name : undefined];
    for (const [q, v] of g) elements.push(q, v);
    sink.segment('PER', elements);
  });
  return true;
}

/** `REF*{qualifier}*{value}~`, or with REF04 `2U:{other payer id}` on line-level provider and auth REFs. */
export function ref(sink: Sink, qualifier: string, value: string, otherPayerPrimaryId?: string): void {
  sink.segment('REF', [qualifier, value, undefined, otherPayerPrimaryId ? ['2U', otherPayerPrimaryId] : undefined]);
}

/** `REF` only when the value is present. */
export function optionalRef(sink: Sink, qualifier: string, value: string | undefined): void {
  if (value !== undefined && value !== '') ref(sink, qualifier, value);
}

/** `DTP*{qualifier}*D8*{date}~` when the date is present. */
export function dtpDate(sink: Sink, qualifier: string, value: string | undefined): void {
  if (value === undefined || value === '') return;
  sink.segment('DTP', [qualifier, 'D8', date(value, 'DTP', 3)]);
}

/** `DTP*{qualifier}*D8*{date}~`, or `RD8` with `{from}-{through}` when the through date differs. */
export function dtpDateOrRange(sink: Sink, qualifier: string, from: string, through: string | undefined): void {
  const [format, value] = dateOrRange(from, through, 'DTP', 3);
  sink.segment('DTP', [qualifier, format, value]);
}

/** `DMG*D8*{birth date}*{gender}~`. */
export function dmg(sink: Sink, birthDate: string, gender: string): void {
  sink.segment('DMG', [DMG01_DATE_FORMAT, date(birthDate, 'DMG', 2), required(gender, 'DMG', 3, 'gender')]);
}

/** `AMT*{qualifier}*{amount}~` when the amount is present. */
export function amt(sink: Sink, qualifier: string, value: string | undefined): void {
  if (value === undefined) return;
  sink.segment('AMT', [qualifier, amount(value, 'AMT', 2)]);
}

/** One CAS group: group code and its reason/amount/quantity triplets. */
export interface Adjustment {
  readonly group: string;
  readonly details: readonly { adjustmentReasonCode: string; adjustmentAmount: string; adjustmentQuantity?: string }[];
}

/**
 * `CAS*{group}*{reason}*{amount}*{quantity}*…~` (2320, 2430): at most 5 CAS, 6 triplets each.
 * Copied from the other payer's 835, never invented.
 */
export function cas(sink: Sink, adjustments: readonly Adjustment[] | undefined): void {
  if (adjustments === undefined || adjustments.length === 0) return;
  if (adjustments.length > 5) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `CAS: ${adjustments.length} adjustment groups, at most 5 allowed`, { segmentId: 'CAS' });
  }
  for (const a of adjustments) {
    if (a.details.length === 0 || a.details.length > 6) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, 'CAS: each adjustment group needs 1–6 reason/amount pairs', { segmentId: 'CAS', element: 2 });
    }
    const elements: Component[] = [a.group];
    a.details.forEach((d, i) => {
      const n = 2 + i * 3;
      elements.push(
        required(d.adjustmentReasonCode, 'CAS', n, 'adjustment reason code'),
        amount(d.adjustmentAmount, 'CAS', n + 1),
        optionalQuantity(d.adjustmentQuantity, 'CAS', n + 2),
      );
    });
    sink.segment('CAS', elements);
  }
}

/** `PWK*{report type}*{transmission}***AC*{control number}~` (at most `max`, 10 at claim level). */
export function pwk(sink: Sink, reports: readonly ReportInformation[] | { attachmentReportTypeCode: string; attachmentTransmissionCode: string; attachmentControlNumber?: string }[] | undefined, max = 10): void {
  if (reports === undefined) return;
  if (reports.length > max) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `PWK: ${reports.length} attachments, at most ${max} allowed`, { segmentId: 'PWK' });
  }
  for (const r of reports) {
    const control = r.attachmentControlNumber;
    sink.segment('PWK', [
      r.attachmentReportTypeCode,
      r.attachmentTransmissionCode,
      undefined,
      undefined,
      control ? PWK05_ATTACHMENT_CONTROL : undefined,
      control,
    ]);
  }
}

/** `K3*{fixed format information}~`, at most 10. */
export function k3(sink: Sink, lines: readonly string[] | undefined, max = 10): void {
  if (lines === undefined) return;
  if (lines.length > max) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `K3: ${lines.length} lines, at most ${max} allowed`, { segmentId: 'K3' });
  }
  for (const line of lines) sink.segment('K3', [line]);
}

/** `CN1*{type}*{amount}*{percent}*{code}*{discount}*{version}~`. */
export function cn1(sink: Sink, c: ContractInformation | undefined): void {
  if (c === undefined) return;
  sink.segment('CN1', [
    c.contractTypeCode,
    optionalAmount(c.contractAmount, 'CN1', 2),
    c.contractPercentage === undefined ? undefined : quantity(c.contractPercentage, 'CN1', 3, 2),
    c.contractCode,
    c.termsDiscountPercentage === undefined ? undefined : quantity(c.termsDiscountPercentage, 'CN1', 5, 2),
    c.contractVersionIdentifier,
  ]);
}

/** Throw when a repeatable segment would exceed its TR3 maximum. */
export function maxUse(count: number, max: number, segment: string, what: string): void {
  if (count > max) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `${segment}: ${count} ${what}, at most ${max} allowed`, { segmentId: segment.slice(0, 3) });
  }
}
