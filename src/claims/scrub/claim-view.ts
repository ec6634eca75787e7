// Kind-independent views of the parts of a claim that several rules read (service lines, diagnoses,
// addresses, dates of service), each item paired with its JSON path, so a rule reads one shape
// instead of three and reports paths that match the request body.
import type {
  ClaimAddress,
  ClaimDocument,
  ClaimKind,
  DentalClaimDocument,
  InstitutionalClaimDocument,
  ProfessionalClaimDocument,
} from '../../x12/claim-json/claim-document';

export const professional = (doc: ClaimDocument) => doc as ProfessionalClaimDocument;
export const institutional = (doc: ClaimDocument) => doc as InstitutionalClaimDocument;
export const dental = (doc: ClaimDocument) => doc as DentalClaimDocument;

const LINES = 'claimInformation.serviceLines';

export interface LineView {
  index: number;
  /** `claimInformation.serviceLines[i]` */
  path: string;
  /** Path of the SV1 / SV2 / SV3 object of the line. */
  servicePath: string;
  /** SV1 / SV2 / SV3 as an X12 name, for `location`. */
  segment: 'SV1' | 'SV2' | 'SV3';
  charge: string | undefined;
  procedureQualifier: string | undefined;
  procedureCode: string | undefined;
  modifiers: string[] | undefined;
  /** SV107 / SV311 pointers; undefined on 837I, which has none. */
  pointers: string[] | undefined;
  /** REF*6R line item control number and the name of its field on this kind. */
  controlNumber: string | undefined;
  controlNumberField: 'providerControlNumber' | 'lineItemControlNumber';
  serviceDate: string | undefined;
  serviceDateEnd: string | undefined;
}

export function serviceLines(kind: ClaimKind, doc: ClaimDocument): LineView[] {
  switch (kind) {
    case 'professional':
      return (professional(doc).claimInformation?.serviceLines ?? []).map((line, index) => {
        const s = line.professionalService ?? ({} as Partial<typeof line.professionalService>);
        return {
          index,
          path: `${LINES}[${index}]`,
          servicePath: `${LINES}[${index}].professionalService`,
          segment: 'SV1',
          charge: s.lineItemChargeAmount,
          procedureQualifier: s.procedureIdentifier,
          procedureCode: s.procedureCode,
          modifiers: s.procedureModifiers,
          pointers: s.compositeDiagnosisCodePointers?.diagnosisCodePointers,
          controlNumber: line.providerControlNumber,
          controlNumberField: 'providerControlNumber',
          serviceDate: line.serviceDate,
          serviceDateEnd: line.serviceDateEnd,
        };
      });
    case 'institutional':
      return (institutional(doc).claimInformation?.serviceLines ?? []).map((line, index) => {
        const s = line.institutionalService ?? ({} as Partial<typeof line.institutionalService>);
        return {
          index,
          path: `${LINES}[${index}]`,
          servicePath: `${LINES}[${index}].institutionalService`,
          segment: 'SV2',
          charge: s.lineItemChargeAmount,
          procedureQualifier: s.procedureIdentifier,
          procedureCode: s.procedureCode,
          modifiers: s.procedureModifiers,
          pointers: undefined,
          controlNumber: line.lineItemControlNumber,
          controlNumberField: 'lineItemControlNumber',
          serviceDate: line.serviceDate,
          serviceDateEnd: line.serviceDateEnd,
        };
      });
    case 'dental':
      return (dental(doc).claimInformation?.serviceLines ?? []).map((line, index) => {
        const s = line.dentalService ?? ({} as Partial<typeof line.dentalService>);
        return {
          index,
          path: `${LINES}[${index}]`,
          servicePath: `${LINES}[${index}].dentalService`,
          segment: 'SV3',
          charge: s.lineItemChargeAmount,
          procedureQualifier: 'AD',
          procedureCode: s.procedureCode,
          modifiers: s.procedureModifiers,
          pointers: s.compositeDiagnosisCodePointers?.diagnosisCodePointers,
          controlNumber: line.providerControlNumber,
          controlNumberField: 'providerControlNumber',
          serviceDate: line.serviceDate,
          serviceDateEnd: undefined,
        };
      });
  }
}

export interface DiagnosisView {
  /** HI0n-1 qualifier: ABK, ABF, ABJ, APR, ABN (ICD-10-CM), BK, BF… (ICD-9), TQ (837D). */
  qualifier: string;
  code: string;
  /** Path of the code field itself. */
  path: string;
}

/**
 * Every diagnosis code of the claim. On 837P/837D the order is the HI order that SV107/SV311
 * pointers count in (pointer n = item n-1).
 */
export function diagnoses(kind: ClaimKind, doc: ClaimDocument): DiagnosisView[] {
  switch (kind) {
    case 'professional':
    case 'dental': {
      const list = (kind === 'professional' ? professional(doc).claimInformation?.healthCareCodeInformation : dental(doc).claimInformation?.healthCareCodeInformation) ?? [];
      return list.map((d, i) => ({ qualifier: d.diagnosisTypeCode, code: d.diagnosisCode, path: `claimInformation.healthCareCodeInformation[${i}].diagnosisCode` }));
    }
    case 'institutional': {
      const info = institutional(doc).claimInformation;
      if (!info) return [];
      const out: DiagnosisView[] = [];
      if (info.principalDiagnosis) {
        out.push({ qualifier: info.principalDiagnosis.qualifierCode, code: info.principalDiagnosis.principalDiagnosisCode, path: 'claimInformation.principalDiagnosis.principalDiagnosisCode' });
      }
      if (info.admittingDiagnosis) {
        out.push({ qualifier: info.admittingDiagnosis.qualifierCode, code: info.admittingDiagnosis.admittingDiagnosisCode, path: 'claimInformation.admittingDiagnosis.admittingDiagnosisCode' });
      }
      (info.patientReasonForVisits ?? []).forEach((d, i) =>
        out.push({ qualifier: d.qualifierCode, code: d.patientReasonForVisitCode, path: `claimInformation.patientReasonForVisits[${i}].patientReasonForVisitCode` }),
      );
      (info.externalCauseOfInjuries ?? []).forEach((d, i) =>
        out.push({ qualifier: d.qualifierCode, code: d.externalCauseOfInjury, path: `claimInformation.externalCauseOfInjuries[${i}].externalCauseOfInjury` }),
      );
      (info.otherDiagnosisInformationList ?? []).forEach((group, i) =>
        (group ?? []).forEach((d, j) =>
          out.push({ qualifier: d.qualifierCode, code: d.otherDiagnosisCode, path: `claimInformation.otherDiagnosisInformationList[${i}][${j}].otherDiagnosisCode` }),
        ),
      );
      return out;
    }
  }
}

/** The diagnoses that count against the per-claim limit: the HI list (837P/837D), ABK + ABF (837I). */
export function countedDiagnoses(kind: ClaimKind, doc: ClaimDocument): { count: number; path: string } {
  if (kind === 'institutional') {
    const info = institutional(doc).claimInformation;
    const others = (info?.otherDiagnosisInformationList ?? []).reduce((n, group) => n + (group?.length ?? 0), 0);
    return { count: (info?.principalDiagnosis ? 1 : 0) + others, path: 'claimInformation.otherDiagnosisInformationList' };
  }
  return { count: diagnoses(kind, doc).length, path: 'claimInformation.healthCareCodeInformation' };
}

/** The patient's date of birth: the dependent's (2010CA DMG02) when there is one, else the subscriber's. */
export function patientDateOfBirth(doc: ClaimDocument): { date: string | undefined; path: string } {
  if (doc.dependent) return { date: doc.dependent.dateOfBirth, path: 'dependent.dateOfBirth' };
  return { date: doc.subscriber?.dateOfBirth, path: 'subscriber.dateOfBirth' };
}

export interface AddressView {
  address: ClaimAddress;
  path: string;
}

/** Every N3/N4 address object in the claim (anything with address1 and city), found by walking it. */
export function addresses(doc: ClaimDocument): AddressView[] {
  const out: AddressView[] = [];
  walk(doc, '', (value, path) => {
    if (isAddress(value)) out.push({ address: value, path });
  });
  return out;
}

function isAddress(value: unknown): value is ClaimAddress {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as Record<string, unknown>).address1 === 'string' && typeof (value as Record<string, unknown>).city === 'string';
}

/** Depth-first walk over plain objects and arrays, calling `visit` with each value and its JSON path. */
export function walk(value: unknown, path: string, visit: (value: unknown, path: string, key: string | number | null) => void, key: string | number | null = null): void {
  visit(value, path, key);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, visit, i));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, child] of Object.entries(value as Record<string, unknown>)) walk(child, path ? `${path}.${k}` : k, visit, k);
  }
}

/** True when an address is in the US (no country code, or `US`). */
export function isUsAddress(address: ClaimAddress): boolean {
  return address.countryCode === undefined || address.countryCode === '' || address.countryCode.toUpperCase() === 'US';
}

/**
 * Inpatient facility types: the first two digits of the 837I type of bill, carried in CLM05-1
 * (placeOfServiceCode). Hospital and SNF inpatient, swing beds, religious non-medical, intermediate
 * care, residential. 12x/22x (inpatient, Part B only) bill like outpatient and are left out.
 */
export const INPATIENT_FACILITY_TYPES = new Set(['11', '18', '21', '28', '41', '65', '66', '86']);

export function isInpatient(doc: InstitutionalClaimDocument): boolean {
  return INPATIENT_FACILITY_TYPES.has(doc.claimInformation?.placeOfServiceCode ?? '');
}
