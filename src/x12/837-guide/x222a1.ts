// 837P (005010X222A1) as a table for the guide checker (check.ts), and the building blocks the
// 837I (x223a2.ts) and 837D (x224a2.ts) tables share with it. Written from the project's own
// reference, in its order:
//   - docs/837-structure.md: the loop tree (§1), the segments of each loop with their usage and
//     maximum use (§2–§10), the element notes (the CLM table of §6, the SV1 row of §10, …);
//   - docs/code-lists.md: the code values (entity, reference, date qualifiers, SBR/PAT codes,
//     filing indicators, HI qualifiers, CAS groups);
//   - docs/claim-json.md §2: which element each claim field fills, the fields marked required and
//     their enumerations (CLM06–CLM09, PWK, CN1, LIN/CTP, 2320/2330, …);
//   - docs/x12-basics.md: the HL levels (§7) and the date formats (§8).
// Each loop below names its TR3 loop ID, each segment its TR3 segment. How the rules are filled:
//   - usage and maximum use: as in docs/837-structure.md; a segment or loop the docs name without
//     a number (e.g. CR1, the 2330C–G loops, the 2420 loops) takes the TR3's usage and repeat;
//   - `req` / `nu` / code lists: only what the docs state — a value the docs call required or
//     always present, an element they call "not used", a code list they give in full. Lists the
//     docs give as examples ("e.g.", "…") and outside code sets (place of service, NUBC, CARC,
//     taxonomy) are not checked; a segment the docs only name keeps its usage and repeat alone;
//   - `size`: the element count of the segment in the X12 005010 segment directory.
// The HL tree, dates, numbers, LX numbering and the CLM02 total are checked by check.ts itself.
import type { ClaimKind } from '../claim-json/claim-document';
import { MANY, R, S, loop, seg, transaction, type LoopRule, type SegmentRule, type SegmentSpec, type TransactionSchema, type Usage } from './schema';

// ---- shared vocabulary (all three guides) -------------------------------------------------------

/** Element positions per segment ID (X12 005010 segment directory; SV3 has SV311, docs/claim-json.md §3.1). */
const ELEMENT_COUNT: Readonly<Record<string, number>> = {
  AMT: 3, BHT: 6, CAS: 19, CL1: 4, CLM: 20, CN1: 6, CR1: 10, CR2: 12, CR3: 5, CRC: 7, CTP: 11, CUR: 21,
  DMG: 11, DN1: 4, DN2: 6, DTP: 3, FRM: 5, HCP: 15, HI: 12, HL: 4, K3: 3, LIN: 31, LQ: 2, LX: 1, MEA: 12,
  MIA: 24, MOA: 9, N3: 2, N4: 7, NM1: 12, NTE: 2, OI: 6, PAT: 9, PER: 9, PRV: 6, PS1: 3, PWK: 9, QTY: 4,
  REF: 4, SBR: 9, SV1: 21, SV2: 10, SV3: 11, SV5: 7, SVD: 6, TOO: 3,
};

/** A segment rule whose size comes from the segment directory. */
export function sg(id: string, usage: Usage, max: number, name: string, spec: Omit<SegmentSpec, 'size'> = {}): SegmentRule {
  const size = ELEMENT_COUNT[id];
  if (size === undefined) throw new Error(`837 tables: no element count for segment ${id}`);
  return seg(id, usage, max, name, { ...spec, size });
}

/** Code lists of docs/code-lists.md (and docs/837-structure.md where it gives the list). */
export const CODES = {
  /** BHT06: CH claims, RP encounters (code-lists §15); 31 is also accepted by the claim JSON (claim-json §1). */
  claimOrEncounter: 'CH RP 31',
  /** PER03/05/07 (837-structure §2). */
  communication: 'ED EM EX FX TE',
  /** SBR01 (code-lists §7). */
  payerResponsibility: 'A B C D E F G H P S T U',
  /** 2320 SBR02 (code-lists §7). */
  relationship: '01 18 19 20 21 39 40 53 G8',
  /** PAT01 (837-structure §5). */
  patientRelationship: '01 19 20 21 39 40 53 G8',
  /** SBR05 (code-lists §7). */
  insuranceType: '12 13 14 15 16 41 42 43 47',
  /** SBR09 (code-lists §8). */
  filingIndicator: '11 12 13 14 15 16 17 AM BL CH CI DS FI HM LM MA MB MC OF TV VA WC ZZ',
  /** DMG03 (code-lists §7). */
  gender: 'F M U',
  /** Provider secondary IDs in REF01 (837-structure §7, code-lists §3). */
  providerIds: '0B 1G G2 LU',
  /** Service facility secondary IDs (claim-json §2.9). */
  facilityIds: '0B G2 LU',
  /** Billing provider IDs assigned by a payer (837-structure §4, code-lists §3). */
  payerAssignedIds: 'G2 LU',
  /** Payer secondary IDs (837-structure §4, code-lists §3). */
  payerIds: '2U EI FY NF',
  /** CAS01 (claim-json §2.10). */
  adjustmentGroup: 'CO CR OA PI PR',
  /** PWK02 (claim-json §2.7). */
  attachmentTransmission: 'AA BM EL EM FT FX',
  /** CN101 (claim-json §2.5). */
  contractType: '01 02 03 04 05 06 09',
  /** CLM08 (837-structure §6). */
  benefitsAssigned: 'N W Y',
  /** CLM09 / OI06 (837-structure §6, §9). */
  releaseOfInformation: 'I Y',
  /** CLM05-3 on the 837P and 837D (code-lists §6). */
  frequency: '1 7 8',
  /** CLM11-1/-2 (837-structure §6). */
  relatedCauses: 'AA EM OA',
  /** CLM20 (claim-json §2.5). */
  delayReason: '1 2 3 4 5 6 7 8 9 10 11 15',
  /** LIN02 (claim-json §2.11). */
  drugIdQualifier: 'EN EO HI N4 ON UK UP',
  /** CTP05-1 (837-structure §10, claim-json §2.11). */
  drugUnit: 'F2 GR ME ML UN',
  /** HI0n-9 present on admission (837-structure §8). */
  presentOnAdmission: 'N U W Y',
} as const;

/** REF whose REF01 qualifier picks the rule; qualifier and value are both filled. */
export function ref(usage: Usage, max: number, name: string, qualifiers: string): SegmentRule {
  return sg('REF', usage, max, name, { q: 'REF01', req: 'REF01 REF02', codes: { REF01: qualifiers } });
}

/** DTP*{qualifier}*{format}*{value} (x12-basics §8): all three are filled. */
export function dtp(usage: Usage, max: number, name: string, qualifiers: string, formats: string): SegmentRule {
  return sg('DTP', usage, max, name, { q: 'DTP01', req: 'DTP01 DTP02 DTP03', codes: { DTP01: qualifiers, DTP02: formats } });
}

/** AMT*{qualifier}*{amount}. */
export function amt(name: string, qualifier: string): SegmentRule {
  return sg('AMT', S, 1, name, { q: 'AMT01', req: 'AMT01 AMT02', codes: { AMT01: qualifier } });
}

/** NTE*{code}*{text}: a note with its reference code. */
export function nte(usage: Usage, max: number, name: string, codes?: string): SegmentRule {
  return sg('NTE', usage, max, name, codes ? { q: 'NTE01', req: 'NTE01 NTE02', codes: { NTE01: codes } } : { req: 'NTE01 NTE02' });
}

/** QTY*{qualifier}*{quantity}. */
function qty(name: string, qualifier: string): SegmentRule {
  return sg('QTY', S, 1, name, { q: 'QTY01', req: 'QTY01 QTY02', codes: { QTY01: qualifier } });
}

/** CRC whose CRC01 category picks the rule (the categories of claim-json §2.5/§2.11). */
function crc(max: number, name: string, category: string): SegmentRule {
  return sg('CRC', S, max, name, { q: 'CRC01', codes: { CRC01: category } });
}

/** PRV*{code}*PXC*{taxonomy} (837-structure §3, §6, §7; PXC code-lists §3). */
export function prv(name: string, providerCode?: string): SegmentRule {
  return sg('PRV', S, 1, name, { req: 'PRV01 PRV02 PRV03', codes: providerCode ? { PRV01: providerCode, PRV02: 'PXC' } : { PRV02: 'PXC' } });
}

/** PER*IC*{name}*{qualifier}*{number}…: at least one number (claim-json §2.1). */
export function per(usage: Usage, max: number, name: string): SegmentRule {
  const c = CODES.communication;
  return sg('PER', usage, max, name, { req: 'PER01 PER03 PER04', codes: { PER01: 'IC', PER03: c, PER05: c, PER07: c } });
}

/** N3 (street, N301 required) and N4 (city, N401 required): claim-json §2.1 `address`. */
export function address(usage: Usage, who: string): SegmentRule[] {
  return [sg('N3', usage, 1, `${who} street address`, { req: 'N301' }), sg('N4', usage, 1, `${who} city, state, ZIP code`, { req: 'N401' })];
}

/** DMG*D8*{birth date}*{F|M|U} (837-structure §4–§5). */
function dmg(usage: Usage, who: string): SegmentRule {
  return sg('DMG', usage, 1, `${who} demographics`, { req: 'DMG01 DMG02 DMG03', codes: { DMG01: 'D8', DMG03: CODES.gender } });
}

export interface NameRules {
  /** NM102 codes (1 person, 2 non-person). */
  type?: string;
  /** NM108 codes. */
  idQualifier?: string;
  /** Required elements besides NM101. */
  req?: string;
  nu?: string;
}

/** The NM1 that opens a name loop: NM101, the entity of code-lists §1, tells the loop apart. */
export function nm1(name: string, entity: string, r: NameRules = {}): SegmentRule {
  const codes: Record<string, string> = { NM101: entity };
  if (r.type) codes.NM102 = r.type;
  if (r.idQualifier) codes.NM108 = r.idQualifier;
  return sg('NM1', R, 1, name, { q: 'NM101', req: `NM101 ${r.req ?? ''}`.trim(), nu: r.nu, codes });
}

/** A named provider: NM102 as given, a name in NM103, NPI qualifier XX (837-structure §3, §7). */
export function named(type: string): NameRules {
  return { type, req: 'NM102 NM103', idQualifier: 'XX' };
}

/** A provider loop of another payer (2330C–I): NM1 with the role, then its REF IDs (claim-json §2.10). */
export function otherPayerProvider(id: string, name: string, max: number, entity: string, refMax: number, refCodes: string): LoopRule {
  return loop(id, name, S, max, [nm1(name, entity), ref(R, refMax, `${name} identifier`, refCodes)]);
}

/** HL*{id}*{parent}*{level}*{child code} (x12-basics §7, 837-structure §3–§5). */
function hl(name: string, level: string, childCodes: string, top: boolean): SegmentRule {
  return top
    ? sg('HL', R, 1, name, { q: 'HL03', req: 'HL01 HL03 HL04', nu: 'HL02', codes: { HL03: level, HL04: childCodes } })
    : sg('HL', R, 1, name, { q: 'HL03', req: 'HL01 HL02 HL03 HL04', codes: { HL03: level, HL04: childCodes } });
}

/** CLM elements the three guides share (837-structure §6, §8, §11; claim-json §2.5, §3). */
export const CLM_COMMON = { req: 'CLM01 CLM02 CLM05-1 CLM05-2 CLM05-3 CLM07 CLM08 CLM09', nu: 'CLM03 CLM04' } as const;

/**
 * The transaction set around loop 2300, which docs/837-structure.md gives for the three guides
 * together: header and 1000A/1000B (§2), 2000A/2010AA–AC (§3, P and I columns), 2000B/2010BA/
 * 2010BB (§4), 2000C/2010CA (§5); §11 says the 837D shares them with the 837P.
 */
export function claimTransaction(kind: ClaimKind, version: string, title: string, claim: (usage: Usage) => LoopRule): TransactionSchema {
  const professional = kind === 'professional';
  const institutional = kind === 'institutional';
  // TR3 header: BHT; 1000A Submitter Name; 1000B Receiver Name (837-structure §2).
  const bht = sg('BHT', R, 1, 'Beginning of hierarchical transaction', {
    req: 'BHT01 BHT02 BHT03 BHT04 BHT05 BHT06',
    codes: { BHT01: '0019', BHT02: '00 18', BHT06: CODES.claimOrEncounter },
  });
  const submitter = loop('1000A', 'Submitter', R, 1, [
    nm1('Submitter name', '41', { type: '1 2', idQualifier: '46', req: 'NM102 NM103 NM108 NM109' }),
    per(R, 2, 'Submitter EDI contact'),
  ]);
  const receiver = loop('1000B', 'Receiver', R, 1, [nm1('Receiver name', '40', { type: '2', idQualifier: '46', req: 'NM102 NM103 NM108 NM109' })]);

  // TR3 2010AA Billing Provider Name (837-structure §3; 837I NM102=2, claim-json §3).
  const billingProvider = loop('2010AA', 'Billing provider', R, 1, [
    nm1('Billing provider name', '85', named(institutional ? '2' : '1 2')),
    ...address(R, 'Billing provider'),
    ref(R, 1, 'Billing provider tax ID', 'EI SY'),
    ...(institutional ? [] : [ref(S, 2, 'Billing provider license or UPIN', '0B 1G')]),
    per(S, 2, 'Billing provider contact'),
  ]);
  // TR3 2010AB Pay-to Address Name: "pay-to address only; NM103+ not sent" (837-structure §3).
  const payToAddress = loop('2010AB', 'Pay-to address', S, 1, [
    nm1('Pay-to address name', '87', { type: '1 2', req: 'NM102', nu: 'NM103 NM104 NM105 NM106 NM107 NM108 NM109 NM110 NM111 NM112' }),
    ...address(R, 'Pay-to'),
  ]);
  // TR3 2010AC Pay-To Plan Name (claim-json §2.4 `payToPlan`; usage and repeats TR3).
  const payToPlan = loop('2010AC', 'Pay-to plan', S, 1, [
    nm1('Pay-to plan name', 'PE', { idQualifier: 'PI XV', req: 'NM103' }),
    ...address(R, 'Pay-to plan'),
    ref(S, 1, 'Pay-to plan secondary ID', '2U FY NF'),
    ref(R, 1, 'Pay-to plan tax ID', 'EI'),
  ]);

  // TR3 2010BA Subscriber Name, 2010BB Payer Name (837-structure §4).
  const subscriberName = loop('2010BA', 'Subscriber', R, 1, [
    nm1('Subscriber name', 'IL', { type: '1 2', idQualifier: 'II MI', req: 'NM102 NM103' }),
    ...address(S, 'Subscriber'),
    dmg(S, 'Subscriber'),
    ref(S, 1, 'Subscriber SSN', 'SY'),
    ref(S, 1, 'Property and casualty claim number', 'Y4'),
    ...(institutional ? [] : [per(S, 1, 'Property and casualty subscriber contact')]),
  ]);
  const payer = loop('2010BB', 'Payer', R, 1, [
    nm1('Payer name', 'PR', { type: '2', idQualifier: 'PI XV', req: 'NM102 NM103 NM108 NM109' }),
    ...address(S, 'Payer'),
    ref(S, 3, 'Payer secondary ID', CODES.payerIds),
    ref(S, institutional ? 1 : 2, 'Billing provider ID assigned by the payer', CODES.payerAssignedIds),
  ]);

  // TR3 2010CA Patient Name (837-structure §5: no member ID at this level; claim-json §2.3 REF*1W/SY).
  const patientName = loop('2010CA', 'Patient', R, 1, [
    nm1('Patient name', 'QC', { type: '1', req: 'NM102 NM103', nu: 'NM108 NM109' }),
    ...address(R, 'Patient'),
    dmg(R, 'Patient'),
    ref(S, 1, 'Property and casualty claim number', 'Y4'),
    ref(S, 1, 'Property and casualty patient ID', '1W SY'),
    ...(institutional ? [] : [per(S, 1, 'Property and casualty patient contact')]),
  ]);
  // PAT05–PAT09 (death date, weight, pregnancy) are 837P data (837-structure §4, claim-json §2.5).
  const patientFacts: Record<string, string> = professional ? { PAT05: 'D8', PAT07: '01', PAT09: 'Y' } : {};
  // 2000A, 2000B and 2000C repeat without a limit (837-structure §1 "repeat per …"; TR3 >1).
  const patient = loop('2000C', 'Patient level', S, MANY, [
    hl('Patient level', '23', '0', false),
    sg('PAT', R, 1, 'Patient information', { req: 'PAT01', codes: { PAT01: CODES.patientRelationship, ...patientFacts } }),
  ], [patientName, claim(R)]);

  const subscriber = loop('2000B', 'Subscriber level', R, MANY, [
    hl('Subscriber level', '22', '0 1', false),
    sg('SBR', R, 1, 'Subscriber information', {
      req: 'SBR01',
      // SBR05 is 837P data (837-structure §4).
      nu: institutional ? 'SBR05' : undefined,
      codes: { SBR01: CODES.payerResponsibility, SBR02: '18', SBR05: CODES.insuranceType, SBR09: CODES.filingIndicator },
    }),
    ...(professional ? [sg('PAT', S, 1, 'Patient information (subscriber is the patient)', { codes: patientFacts })] : []),
  ], [subscriberName, payer, claim(S), patient]);

  // TR3 2000A Billing Provider Hierarchical Level (837-structure §3).
  const billing = loop('2000A', 'Billing provider level', R, MANY, [
    hl('Billing provider level', '20', '1', true),
    prv('Billing provider specialty', 'BI'),
    sg('CUR', S, 1, 'Foreign currency', { req: 'CUR01 CUR02', codes: { CUR01: '85' } }),
  ], [billingProvider, payToAddress, payToPlan, subscriber]);

  return transaction(kind, version, title, [bht], [submitter, receiver, billing]);
}

/**
 * TR3 2320 Other Subscriber Information with 2330A Other Subscriber Name and 2330B Other Payer
 * Name, then the guide's other-payer provider loops (837-structure §9, claim-json §2.10).
 */
export function otherSubscriberLoop(kind: ClaimKind, providers: LoopRule[], otherPayerRefs: SegmentRule[] = []): LoopRule {
  return loop('2320', 'Other subscriber', S, 10, [
    sg('SBR', R, 1, 'Other subscriber information', {
      // SBR09: required in claim-json §2.10 (837P, and the 837I alike); the 837D's claim filing codes are
      // optional (claim-json §3.1).
      req: kind === 'dental' ? 'SBR01 SBR02' : 'SBR01 SBR02 SBR09',
      codes: { SBR01: CODES.payerResponsibility, SBR02: CODES.relationship, SBR05: CODES.insuranceType, SBR09: CODES.filingIndicator },
    }),
    sg('CAS', S, 5, 'Claim-level adjustments', { req: 'CAS01 CAS02 CAS03', codes: { CAS01: CODES.adjustmentGroup } }),
    amt('Amount the other payer paid', 'D'),
    amt('Non-covered amount', 'A8'),
    amt('Remaining patient liability', 'EAF'),
    sg('OI', R, 1, 'Other insurance coverage', { req: 'OI03 OI06', codes: { OI03: CODES.benefitsAssigned, OI04: 'P', OI06: CODES.releaseOfInformation } }),
    ...(kind === 'institutional' ? [sg('MIA', S, 1, 'Medicare inpatient adjudication')] : []),
    sg('MOA', S, 1, 'Medicare outpatient adjudication'),
  ], [
    loop('2330A', 'Other subscriber name', R, 1, [
      nm1('Other subscriber name', 'IL', { type: '1 2', idQualifier: 'II MI', req: 'NM102 NM103 NM108 NM109' }),
      ...address(S, 'Other subscriber'),
      // REF*SY (claim-json §2.10); one on the 837P, two on the 837I and 837D (TR3, as their writers).
      ref(S, kind === 'professional' ? 1 : 2, 'Other subscriber SSN', 'SY'),
    ]),
    loop('2330B', 'Other payer', R, 1, [
      nm1('Other payer name', 'PR', { type: '2', idQualifier: 'PI XV', req: 'NM102 NM103 NM108 NM109' }),
      ...address(S, 'Other payer'),
      dtp(S, 1, 'Other payer adjudication or payment date', '573', 'D8'),
      ref(S, 2, 'Other payer secondary ID', CODES.payerIds),
      ref(S, 1, 'Other payer prior authorization', 'G1'),
      ref(S, 1, 'Other payer referral number', '9F'),
      ref(S, 1, 'Other payer claim adjustment indicator', 'T4'),
      ...otherPayerRefs,
      ref(S, 1, 'Other payer claim control number', 'F8'),
    ]),
    ...providers,
  ]);
}

/**
 * TR3 2430 Line Adjudication Information (837-structure §9): `SVD*{payer}*{paid}*{procedure}**{units}`
 * (R), CAS (S 5), DTP*573 (R), AMT*EAF (S); at most 15 per line. `procedure`: whether SVD03 is
 * required (the 837P/837D template shows it; the 837I sends a revenue code in SVD04 instead).
 */
export function lineAdjudicationLoop(procedure: boolean): LoopRule {
  return loop('2430', 'Line adjudication', S, 15, [
    sg('SVD', R, 1, 'Line adjudication', { req: procedure ? 'SVD01 SVD02 SVD03-1 SVD03-2 SVD05' : 'SVD01 SVD02 SVD05' }),
    sg('CAS', S, 5, 'Line adjustments', { req: 'CAS01 CAS02 CAS03', codes: { CAS01: CODES.adjustmentGroup } }),
    dtp(R, 1, 'Line adjudication date', '573', 'D8'),
    amt('Remaining patient liability', 'EAF'),
  ]);
}

/** TR3 2410 Drug Identification: `LIN**N4*{ndc}` + `CTP****{qty}*{unit}` + REF (837-structure §10, claim-json §2.11). */
export function drugLoop(): LoopRule {
  return loop('2410', 'Drug identification', S, 1, [
    sg('LIN', R, 1, 'Drug identification', { req: 'LIN02 LIN03', codes: { LIN02: CODES.drugIdQualifier } }),
    sg('CTP', R, 1, 'Drug quantity', { req: 'CTP04 CTP05-1', codes: { 'CTP05-1': CODES.drugUnit } }),
    ref(S, 1, 'Prescription or link sequence number', 'VY XZ'),
  ]);
}

/** TR3 PWK Claim/Line Supplemental Information (claim-json §2.7): PWK01 type, PWK02 transmission, PWK05 AC. */
export function pwk(max: number, name: string, transmissionCodes: boolean): SegmentRule {
  return sg('PWK', S, max, name, {
    req: 'PWK01 PWK02',
    codes: transmissionCodes ? { PWK02: CODES.attachmentTransmission, PWK05: 'AC' } : { PWK05: 'AC' },
  });
}

/** TR3 CN1 Contract Information (claim-json §2.5). */
export function cn1(): SegmentRule {
  return sg('CN1', S, 1, 'Contract information', { req: 'CN101', codes: { CN101: CODES.contractType } });
}

// ---- 837P -------------------------------------------------------------------------------------

const D8 = 'D8';

/** TR3 2300 Claim Information with 2310A–F, 2320/2330A–G and 2400 (837-structure §6, §7, §9, §10). */
function claimLoop(usage: Usage): LoopRule {
  return loop('2300', 'Claim', usage, 100, [
    // CLM (837-structure §6 element table; claim-json §2.5).
    sg('CLM', R, 1, 'Claim information', {
      req: `${CLM_COMMON.req} CLM06`,
      nu: CLM_COMMON.nu,
      codes: {
        'CLM05-2': 'B',
        'CLM05-3': CODES.frequency,
        CLM06: 'N Y',
        CLM07: 'A B C',
        CLM08: CODES.benefitsAssigned,
        CLM09: CODES.releaseOfInformation,
        CLM10: 'P',
        'CLM11-1': CODES.relatedCauses,
        'CLM11-2': CODES.relatedCauses,
        CLM12: '02 03 05 09',
        CLM20: CODES.delayReason,
      },
    }),
    // 2300 DTP: "S 1 each (090/091: 2)"; D8 unless noted (claim-json §2.6), 314 a range, 435 D8 or DT (code-lists §4).
    dtp(S, 1, 'Onset of current illness', '431', D8),
    dtp(S, 1, 'Initial treatment', '454', D8),
    dtp(S, 1, 'Last seen', '304', D8),
    dtp(S, 1, 'Acute manifestation', '453', D8),
    dtp(S, 1, 'Accident', '439', D8),
    dtp(S, 1, 'Last menstrual period', '484', D8),
    dtp(S, 1, 'Last X-ray', '455', D8),
    dtp(S, 1, 'Hearing and vision prescription', '471', D8),
    dtp(S, 1, 'Disability', '314 360 361', 'D8 RD8'),
    dtp(S, 1, 'Last worked', '297', D8),
    dtp(S, 1, 'Authorized return to work', '296', D8),
    dtp(S, 1, 'Admission', '435', 'D8 DT'),
    dtp(S, 1, 'Discharge', '096', D8),
    dtp(S, 2, 'Assumed and relinquished care', '090 091', D8),
    dtp(S, 1, 'Property and casualty first contact', '444', D8),
    dtp(S, 1, 'Repricer received', '050', D8),
    pwk(10, 'Claim attachment', true),
    cn1(),
    amt('Patient amount paid', 'F5'),
    ref(S, 1, 'Service authorization exception code', '4N'),
    ref(S, 1, 'Medicare crossover indicator', 'F5'),
    ref(S, 1, 'Mammography certification number', 'EW'),
    ref(S, 1, 'Referral number', '9F'),
    ref(S, 1, 'Prior authorization', 'G1'),
    ref(S, 1, 'Payer claim control number', 'F8'),
    ref(S, 1, 'CLIA number', 'X4'),
    ref(S, 1, 'Repriced claim number', '9A'),
    ref(S, 1, 'Adjusted repriced claim number', '9C'),
    ref(S, 1, 'Investigational device exemption number', 'LX'),
    ref(S, 1, 'Clearinghouse claim number', 'D9'),
    ref(S, 1, 'Medical record number', 'EA'),
    ref(S, 1, 'Demonstration project identifier', 'P4'),
    ref(S, 1, 'Care plan oversight', '1J'),
    sg('K3', S, 10, 'File information'),
    nte(S, 1, 'Claim note', 'ADD CER DCP DGN TPO'),
    // CR1, CR2, CRC: "S" in 837-structure §6; maximum uses TR3; categories claim-json §2.5.
    sg('CR1', S, 1, 'Ambulance transport'),
    sg('CR2', S, 1, 'Spinal manipulation', { codes: { CR208: 'A C D E F G M' } }),
    crc(3, 'Ambulance certification', '07'),
    crc(3, 'Patient condition: vision', 'E1 E2 E3'),
    crc(1, 'Homebound indicator', '75'),
    crc(1, 'EPSDT referral', 'ZZ'),
    // HI (837-structure §6): ABK first, then ABF (BK/BF ICD-9), up to 12; BP/BO anesthesia; BG conditions.
    sg('HI', R, 1, 'Diagnoses', { q: 'HI01-1', req: 'HI01-1 HI01-2', codes: { 'HI01-1': 'ABK BK', 'HI02..12-1': 'ABF BF' } }),
    sg('HI', S, 1, 'Anesthesia related procedure', { q: 'HI01-1', req: 'HI01-1 HI01-2', nu: 'HI03..12', codes: { 'HI01-1': 'BP', 'HI02-1': 'BO' } }),
    sg('HI', S, 2, 'Condition codes', { q: 'HI01-1', req: 'HI01-1 HI01-2', codes: { 'HI01..12-1': 'BG' } }),
    sg('HCP', S, 1, 'Claim repricing'),
  ], [
    // 837-structure §7 (837P); REF maximum uses TR3, codes §7 "0B, 1G, G2, LU".
    loop('2310A', 'Referring provider', S, 2, [nm1('Referring provider name', 'DN P3', named('1')), ref(S, 3, 'Referring provider secondary ID', CODES.providerIds)]),
    loop('2310B', 'Rendering provider', S, 1, [
      nm1('Rendering provider name', '82', named('1 2')),
      prv('Rendering provider specialty', 'PE'),
      ref(S, 4, 'Rendering provider secondary ID', CODES.providerIds),
    ]),
    loop('2310C', 'Service facility', S, 1, [
      nm1('Service facility name', '77', named('2')),
      ...address(R, 'Service facility'),
      ref(S, 3, 'Service facility secondary ID', CODES.facilityIds),
      per(S, 1, 'Service facility contact'),
    ]),
    loop('2310D', 'Supervising provider', S, 1, [nm1('Supervising provider name', 'DQ', named('1')), ref(S, 4, 'Supervising provider secondary ID', CODES.providerIds)]),
    loop('2310E', 'Ambulance pick-up location', S, 1, [nm1('Ambulance pick-up location', 'PW', { type: '2', req: 'NM102' }), ...address(R, 'Pick-up location')]),
    loop('2310F', 'Ambulance drop-off location', S, 1, [nm1('Ambulance drop-off location', '45', { type: '2', req: 'NM102' }), ...address(R, 'Drop-off location')]),
    otherSubscriberLoop('professional', [
      // 2330C–G "other payer's provider IDs" (837-structure §9, claim-json §2.10); REF repeats TR3.
      otherPayerProvider('2330C', 'Other payer referring provider', 2, 'DN P3', 3, CODES.providerIds),
      otherPayerProvider('2330D', 'Other payer rendering provider', 1, '82', 3, CODES.providerIds),
      otherPayerProvider('2330E', 'Other payer service facility', 1, '77', 3, CODES.facilityIds),
      otherPayerProvider('2330F', 'Other payer supervising provider', 1, 'DQ', 3, CODES.providerIds),
      otherPayerProvider('2330G', 'Other payer billing provider', 1, '85', 2, CODES.payerAssignedIds),
    ]),
    serviceLineLoop(),
  ]);
}

/** TR3 2400 Service Line Number, 837P (837-structure §10: at most 50 lines per claim). */
function serviceLineLoop(): LoopRule {
  return loop('2400', 'Service line', R, 50, [
    sg('LX', R, 1, 'Service line number', { req: 'LX01' }),
    // SV1 row of 837-structure §10; claim-json §2.11 for the required fields.
    sg('SV1', R, 1, 'Professional service', {
      req: 'SV101-1 SV101-2 SV102 SV103 SV104 SV107-1',
      nu: 'SV106',
      codes: { 'SV101-1': 'ER HC IV WK', SV103: 'MJ UN', SV109: 'Y', SV111: 'Y', SV112: 'Y', SV115: '0' },
    }),
    sg('SV5', S, 1, 'Durable medical equipment service'),
    // Line attachments (S 10) and the DME certificate of medical necessity (claim-json §2.11), whose
    // PWK02 codes our docs do not list: one rule for both.
    pwk(11, 'Line attachment or DME certificate', false),
    sg('CR1', S, 1, 'Ambulance transport'),
    sg('CR3', S, 1, 'DME certification'),
    crc(3, 'Ambulance certification', '07'),
    crc(1, 'Hospice employee indicator', '70'),
    crc(2, 'DME condition indicator', '09'),
    // DTP*472 R 1; the other dates S 1 (738/739: 2), 837-structure §10.
    dtp(R, 1, 'Service date', '472', 'D8 RD8'),
    dtp(S, 1, 'Prescription date', '471', D8),
    dtp(S, 1, 'Certification revision date', '607', D8),
    dtp(S, 1, 'Begin therapy date', '463', D8),
    dtp(S, 1, 'Last certification date', '461', D8),
    dtp(S, 1, 'Last seen date', '304', D8),
    dtp(S, 2, 'Test date', '738 739', D8),
    dtp(S, 1, 'Shipped date', '011', D8),
    dtp(S, 1, 'Last X-ray date', '455', D8),
    dtp(S, 1, 'Initial treatment date', '454', D8),
    qty('Ambulance patient count', 'PT'),
    qty('Obstetric anesthesia additional units', 'FL'),
    sg('MEA', S, 5, 'Test result'),
    cn1(),
    ref(S, 1, 'Repriced line item reference number', '9B'),
    ref(S, 1, 'Adjusted repriced line item reference number', '9D'),
    ref(S, 5, 'Line prior authorization', 'G1'),
    ref(S, 1, 'Line item control number', '6R'),
    ref(S, 1, 'Mammography certification number', 'EW'),
    ref(S, 1, 'CLIA number', 'X4'),
    ref(S, 1, 'Referring CLIA number', 'F4'),
    ref(S, 1, 'Immunization batch number', 'BT'),
    ref(S, 5, 'Line referral number', '9F'),
    amt('Sales tax', 'T'),
    amt('Postage claimed', 'F4'),
    sg('K3', S, 10, 'File information'),
    nte(S, 1, 'Line note', 'ADD DCP'),
    nte(S, 1, 'Third party organization note', 'TPO'),
    sg('PS1', S, 1, 'Purchased service'),
    sg('HCP', S, 1, 'Line repricing'),
  ], [
    drugLoop(),
    // 2420A–H "only when different from the claim level" (837-structure §10; referring DN, or P3 as at
    // claim level, code-lists §1); line provider REF ≤ 20 and facility REF ≤ 3 (claim-json §2.4, §2.9);
    // other repeats TR3.
    loop('2420A', 'Line rendering provider', S, 1, [
      nm1('Line rendering provider name', '82', named('1 2')),
      prv('Line rendering provider specialty', 'PE'),
      ref(S, 20, 'Line rendering provider secondary ID', CODES.providerIds),
    ]),
    loop('2420B', 'Purchased service provider', S, 1, [nm1('Purchased service provider name', 'QB', { type: '1 2', idQualifier: 'XX', req: 'NM102' }), ref(S, 20, 'Purchased service provider secondary ID', CODES.providerIds)]),
    loop('2420C', 'Line service facility', S, 1, [
      nm1('Line service facility name', '77', named('2')),
      ...address(R, 'Line service facility'),
      ref(S, 3, 'Line service facility secondary ID', CODES.facilityIds),
    ]),
    loop('2420D', 'Line supervising provider', S, 1, [nm1('Line supervising provider name', 'DQ', named('1')), ref(S, 20, 'Line supervising provider secondary ID', CODES.providerIds)]),
    loop('2420E', 'Ordering provider', S, 1, [
      nm1('Ordering provider name', 'DK', named('1')),
      ...address(S, 'Ordering provider'),
      ref(S, 20, 'Ordering provider secondary ID', CODES.providerIds),
      per(S, 1, 'Ordering provider contact'),
    ]),
    loop('2420F', 'Line referring provider', S, 2, [nm1('Line referring provider name', 'DN P3', named('1')), ref(S, 20, 'Line referring provider secondary ID', CODES.providerIds)]),
    loop('2420G', 'Line ambulance pick-up location', S, 1, [nm1('Line ambulance pick-up location', 'PW', { type: '2', req: 'NM102' }), ...address(R, 'Pick-up location')]),
    loop('2420H', 'Line ambulance drop-off location', S, 1, [nm1('Line ambulance drop-off location', '45', { type: '2', req: 'NM102' }), ...address(R, 'Drop-off location')]),
    lineAdjudicationLoop(true),
    // TR3 2440 Form Identification Code (claim-json §2.11 `formIdentification[]` → LQ/FRM).
    loop('2440', 'Form identification', S, MANY, [sg('LQ', R, 1, 'Form identification code'), sg('FRM', R, 99, 'Supporting documentation')]),
  ]);
}

export const X222A1 = claimTransaction('professional', '005010X222A1', 'Health Care Claim: Professional', claimLoop);
