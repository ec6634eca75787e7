// Code values the 837 writers emit themselves (not copied from the claim), each list named after
// the element it fills. Values come from the 5010 TR3s (X222A1, X223A2, X224A2) as summarized in
// docs/837-structure.md; see docs/code-lists.md for meanings.

/** NM101 entity identifier code, per loop. */
export const NM101_ENTITY_IDENTIFIER = {
  submitter: '41', // 1000A
  receiver: '40', // 1000B
  billingProvider: '85', // 2010AA, 2330G/2330I
  payToAddress: '87', // 2010AB
  payToPlan: 'PE', // 2010AC
  subscriber: 'IL', // 2010BA, 2330A
  payer: 'PR', // 2010BB, 2330B
  patient: 'QC', // 2010CA
  referring: 'DN', // 837P 2310A/2420F, 837I 2310F/2420D, 837D 2310A
  rendering: '82', // 837P 2310B/2420A, 837I 2310D/2420C, 837D 2310B/2420A
  serviceFacility: '77', // 837P 2310C/2420C, 837I 2310E, 837D 2310C/2420D
  supervising: 'DQ', // 837P 2310D/2420D, 837D 2310E/2420C
  ambulancePickUp: 'PW', // 837P 2310E/2420G
  ambulanceDropOff: '45', // 837P 2310F/2420H
  purchasedService: 'QB', // 837P 2420B
  ordering: 'DK', // 837P 2420E
  attending: '71', // 837I 2310A
  operating: '72', // 837I 2310B/2420A
  otherOperating: 'ZZ', // 837I 2310C/2420B
  assistantSurgeon: 'DD', // 837D 2310D/2420B
} as const;

/** NM102 entity type qualifier. */
export const NM102_ENTITY_TYPE = { person: '1', nonPerson: '2' } as const;
export type EntityType = (typeof NM102_ENTITY_TYPE)[keyof typeof NM102_ENTITY_TYPE];

/** NM108 identification code qualifier. */
export const NM108_ID_QUALIFIER = {
  /** Electronic transmitter identification number (1000A/1000B). */
  etin: '46',
  /** CMS national provider identifier. */
  npi: 'XX',
  /** Member identification number (2010BA, 2330A). */
  memberId: 'MI',
} as const;

/** HL03 hierarchical level code (837). */
export const HL03_LEVEL_CODE = { billingProvider: '20', subscriber: '22', patient: '23' } as const;

/** HL04 hierarchical child code. */
export const HL04_CHILD_CODE = { none: '0', hasChildren: '1' } as const;

/** BHT01 hierarchical structure code: information source, subscriber, dependent. */
export const BHT01_STRUCTURE = '0019';
/** BHT02 transaction set purpose: 00 original (18 reissue is never produced here). */
export const BHT02_PURPOSE_ORIGINAL = '00';

/** GS01 functional identifier code for health care claims. */
export const GS01_HEALTH_CARE_CLAIM = 'HC';
/** ST01 transaction set identifier. */
export const ST01_CLAIM = '837';

/** SBR02 individual relationship code in 2000B: 18 self (only value the 2000B allows). */
export const SBR02_SELF = '18';

/** CLM05-2 facility code qualifier: B place of service (837P/837D), A uniform billing type of bill (837I). */
export const CLM05_2_FACILITY_QUALIFIER = { placeOfService: 'B', billType: 'A' } as const;

/** CLM05-3 frequency codes that replace or void an earlier claim and so need REF*F8 (2300). */
export const CLM05_3_REPLACES_PRIOR_CLAIM: ReadonlySet<string> = new Set(['7', '8']);

/** PRV01 provider code. */
export const PRV01_PROVIDER_CODE = {
  billing: 'BI',
  performing: 'PE',
  attending: 'AT',
  assistantSurgeon: 'AS',
} as const;
/** PRV02 reference identification qualifier: PXC health care provider taxonomy. */
export const PRV02_TAXONOMY = 'PXC';

/** DTP02 date time period format qualifier. */
export const DTP02_FORMAT = { date: 'D8', range: 'RD8', dateTime: 'DT', time: 'TM' } as const;

/** DMG01 / PAT05 date format qualifier. */
export const DMG01_DATE_FORMAT = 'D8';

/** PAT07 unit of measurement for the patient weight: 01 actual pounds. */
export const PAT07_POUNDS = '01';

/** PER01 contact function code: IC information contact. */
export const PER01_INFORMATION_CONTACT = 'IC';

/** PER03/05/07 communication number qualifier. */
export const PER03_COMMUNICATION_QUALIFIER = { phone: 'TE', extension: 'EX', fax: 'FX', email: 'EM' } as const;
export type CommunicationQualifier = (typeof PER03_COMMUNICATION_QUALIFIER)[keyof typeof PER03_COMMUNICATION_QUALIFIER];

/** PWK05 identification code qualifier: AC attachment control number. */
export const PWK05_ATTACHMENT_CONTROL = 'AC';

/** AMT01 amount qualifier codes. */
export const AMT01_AMOUNT_QUALIFIER = {
  patientPaid: 'F5', // 837P/837D 2300
  patientEstimatedDue: 'F3', // 837I 2300
  payerPaid: 'D', // 2320
  nonCovered: 'A8', // 2320
  remainingPatientLiability: 'EAF', // 2320, 2430
  salesTax: 'T', // 837P 2400
  postage: 'F4', // 837P 2400
  serviceTax: 'GT', // 837I 2400
  facilityTax: 'N8', // 837I 2400
} as const;

/** DTP01 573: date the other payer adjudicated / paid (2330B, 2430). */
export const DTP01_ADJUDICATION_DATE = '573';
/** DTP01 472: service date (2400, 837D 2300). */
export const DTP01_SERVICE_DATE = '472';

/** REF01 qualifiers the writers emit for fixed purposes. */
export const REF01_QUALIFIER = {
  lineItemControlNumber: '6R',
  payerClaimControlNumber: 'F8',
  employerId: 'EI',
  ssn: 'SY',
  propertyCasualtyClaimNumber: 'Y4',
  propertyCasualtyPatientId: '1W',
  stateLicense: '0B',
  upin: '1G',
  commercialNumber: 'G2',
  locationNumber: 'LU',
  payerId: '2U',
  claimOfficeNumber: 'FY',
  naic: 'NF',
  priorAuthorization: 'G1',
  referralNumber: '9F',
  claimAdjustmentIndicator: 'T4',
  predetermination: 'G3',
  prescriptionNumber: 'XZ',
  linkSequenceNumber: 'VY',
} as const;

/** LIN02 N4: 11-digit national drug code in 5-4-2 format (837I allows only this one). */
export const LIN02_NDC = 'N4';

/** TOO01 / DN2 code list qualifier: JP universal national tooth designation system. */
export const TOO01_TOOTH_NUMBERING = 'JP';

/** SV301-1 product/service ID qualifier: AD American Dental Association CDT codes. */
export const SV301_1_CDT = 'AD';

/** CR101 LB pounds (patient weight), CR105 DH miles (transport distance). */
export const CR1_UNITS = { pounds: 'LB', miles: 'DH' } as const;

/** CR302 MO months (DME duration). */
export const CR302_MONTHS = 'MO';

/** CRC01 code category values the writers emit. */
export const CRC01_CODE_CATEGORY = {
  ambulance: '07',
  dmeCondition: '09',
  hospiceEmployee: '70',
  homebound: '75',
  epsdt: 'ZZ',
} as const;

/** CRC03 IH: independent at home (homebound indicator). */
export const CRC03_HOMEBOUND = 'IH';
/** CRC03 65: open (hospice employee indicator). */
export const CRC03_HOSPICE_EMPLOYEE = '65';

/** PWK01 CT certification (DME certificate of medical necessity). */
export const PWK01_CERTIFICATION = 'CT';

/** QTY01 quantity qualifiers. */
export const QTY01_QUALIFIER = { ambulancePatients: 'PT', obstetricAnesthesiaUnits: 'FL' } as const;

/** SV502 / SV2 DA days. */
export const UNIT_DAYS = 'DA';

