// 837I (005010X223A2) as a table for the guide checker (check.ts). The loops around the claim —
// header, 1000A/1000B, 2000A/2010AA–AC, 2000B/2010BA/2010BB, 2000C/2010CA — and the COB loops
// 2320/2330A/2330B and 2430 are the shared ones of x222a1.ts with their 837I column of
// docs/837-structure.md (§3–§5, §9). This file adds loop 2300 as docs/837-structure.md §8 gives
// it (CLM, statement dates, CL1, the HI family), the 837I provider loops 2310A–F (§7), the 837I
// other-payer provider loops 2330C–I and the 837I service line 2400 with 2410, 2420A–D and 2430
// (§10: at most 999 lines). Code values from docs/code-lists.md, element facts from
// docs/claim-json.md §3. The conventions (usage/repeat from the docs, else the TR3; element rules
// only where the docs state them; sizes from the 005010 segment directory) are those of x222a1.ts.
import { R, S, loop, type LoopRule, type SegmentRule, type Usage } from './schema';
import {
  CLM_COMMON,
  CODES,
  address,
  amt,
  claimTransaction,
  cn1,
  drugLoop,
  dtp,
  lineAdjudicationLoop,
  named,
  nm1,
  nte,
  otherPayerProvider,
  otherSubscriberLoop,
  prv,
  pwk,
  ref,
  sg,
} from './x222a1';

/**
 * One HI of the 837I family (837-structure §8): `qualifiers` in HI01-1 pick the rule; `positions`
 * codes may be used (1 for a single code, 3 for reasons for visit, 12 otherwise); `format` is the
 * HI0n-3 date format of procedure, occurrence and span codes; `poa` allows HI0n-9.
 */
function hi(usage: Usage, max: number, name: string, qualifiers: string, positions: number, extra: { format?: string; poa?: boolean; amount?: boolean } = {}): SegmentRule {
  const last = String(positions).padStart(2, '0');
  const range = positions === 1 ? 'HI01' : `HI01..${last}`;
  const codes: Record<string, string> = { [`${range}-1`]: qualifiers };
  if (extra.format) codes[`${range}-3`] = extra.format;
  if (extra.poa) codes[`${range}-9`] = CODES.presentOnAdmission;
  const req = ['HI01-1', 'HI01-2', ...(extra.format ? ['HI01-3', 'HI01-4'] : []), ...(extra.amount ? ['HI01-5'] : [])].join(' ');
  const nu = positions < 12 ? `HI${String(positions + 1).padStart(2, '0')}..12` : undefined;
  return sg('HI', usage, max, name, { q: 'HI01-1', req, nu, codes });
}

/** TR3 2300 Claim Information, 837I (837-structure §8; claim-json §3). */
function claimLoop(usage: Usage): LoopRule {
  return loop('2300', 'Claim', usage, 100, [
    // CLM*{pcn}*{total}***{facility type}:A:{frequency}**{A|B|C}*{Y|N|W}*{I|Y}; CLM06 not used in the 837I.
    // CLM05-1 (type of bill) and CLM05-3 (NUBC frequency) are outside code sets (code-lists §6).
    sg('CLM', R, 1, 'Claim information', {
      req: CLM_COMMON.req,
      nu: `${CLM_COMMON.nu} CLM06`,
      codes: { 'CLM05-2': 'A', CLM07: 'A B C', CLM08: CODES.benefitsAssigned, CLM09: CODES.releaseOfInformation },
    }),
    dtp(S, 1, 'Discharge hour', '096', 'TM'),
    dtp(R, 1, 'Statement covers period', '434', 'RD8'),
    dtp(S, 1, 'Admission date and hour', '435', 'D8 DT'),
    // Repricer received date: the 837I TR3 segment; code-lists §4 050.
    dtp(S, 1, 'Repricer received', '050', 'D8'),
    // CL1: CL103 patient discharge status always (837-structure §8); CL101/CL102 are NUBC codes.
    sg('CL1', R, 1, 'Institutional claim codes', { req: 'CL103' }),
    pwk(10, 'Claim attachment', true),
    cn1(),
    amt('Patient estimated amount due', 'F3'),
    // "REF*F8 / G1 / 9F / D9 / EA / LU / G4 / … as for 837P" (837-structure §8); repeats TR3.
    ref(S, 1, 'Service authorization exception code', '4N'),
    ref(S, 1, 'Referral number', '9F'),
    ref(S, 1, 'Prior authorization', 'G1'),
    ref(S, 1, 'Payer claim control number', 'F8'),
    ref(S, 1, 'Repriced claim number', '9A'),
    ref(S, 1, 'Adjusted repriced claim number', '9C'),
    ref(S, 5, 'Investigational device exemption number', 'LX'),
    ref(S, 1, 'Clearinghouse claim number', 'D9'),
    ref(S, 1, 'Auto accident state', 'LU'),
    ref(S, 1, 'Medical record number', 'EA'),
    ref(S, 1, 'Demonstration project identifier', 'P4'),
    ref(S, 1, 'Peer review organization approval number', 'G4'),
    sg('K3', S, 10, 'File information'),
    // "NTE S 10, plus one NTE*ADD billing note": the claim-note codes are given only as examples
    // (claim-json §3), so one rule holds both.
    nte(S, 11, 'Claim and billing notes'),
    sg('CRC', S, 1, 'EPSDT referral', { q: 'CRC01', codes: { CRC01: 'ZZ' } }),
    // The HI rows of 837-structure §8, ICD-9 qualifiers from code-lists §9.
    hi(R, 1, 'Principal diagnosis', 'ABK BK', 1, { poa: true }),
    hi(S, 1, 'Admitting diagnosis', 'ABJ BJ', 1),
    hi(S, 1, 'Patient reason for visit', 'APR PR', 3),
    hi(S, 1, 'External cause of injury', 'ABN BN', 12, { poa: true }),
    hi(S, 1, 'Diagnosis related group', 'DR', 1),
    hi(S, 2, 'Other diagnoses', 'ABF BF', 12, { poa: true }),
    hi(S, 1, 'Principal procedure', 'BBR BR CAH', 1, { format: 'D8' }),
    hi(S, 2, 'Other procedures', 'BBQ BQ', 12, { format: 'D8' }),
    hi(S, 2, 'Occurrence span codes', 'BI', 12, { format: 'RD8' }),
    hi(S, 2, 'Occurrence codes', 'BH', 12, { format: 'D8' }),
    hi(S, 2, 'Value codes', 'BE', 12, { amount: true }),
    hi(S, 2, 'Condition codes', 'BG', 12),
    hi(S, 2, 'Treatment codes', 'TC', 12),
    sg('HCP', S, 1, 'Claim repricing'),
  ], [
    // 837-structure §7 (837I): "Each of these loops allows one occurrence"; REF codes "0B, 1G, G2, LU".
    loop('2310A', 'Attending provider', S, 1, [
      nm1('Attending provider name', '71', named('1')),
      prv('Attending provider specialty', 'AT'),
      ref(S, 4, 'Attending provider secondary ID', CODES.providerIds),
    ]),
    loop('2310B', 'Operating physician', S, 1, [nm1('Operating physician name', '72', named('1')), ref(S, 4, 'Operating physician secondary ID', CODES.providerIds)]),
    loop('2310C', 'Other operating physician', S, 1, [nm1('Other operating physician name', 'ZZ', named('1')), ref(S, 4, 'Other operating physician secondary ID', CODES.providerIds)]),
    loop('2310D', 'Rendering provider', S, 1, [nm1('Rendering provider name', '82', named('1')), ref(S, 4, 'Rendering provider secondary ID', CODES.providerIds)]),
    loop('2310E', 'Service facility', S, 1, [
      nm1('Service facility name', '77', named('2')),
      ...address(R, 'Service facility'),
      ref(S, 3, 'Service facility secondary ID', CODES.facilityIds),
    ]),
    loop('2310F', 'Referring provider', S, 1, [nm1('Referring provider name', 'DN', named('1')), ref(S, 3, 'Referring provider secondary ID', CODES.providerIds)]),
    otherSubscriberLoop('institutional', [
      // The 837I's other-payer provider loops (837-structure §9 "2330C–I"); roles code-lists §1, repeats TR3.
      otherPayerProvider('2330C', 'Other payer attending provider', 1, '71', 4, CODES.providerIds),
      otherPayerProvider('2330D', 'Other payer operating physician', 1, '72', 4, CODES.providerIds),
      otherPayerProvider('2330E', 'Other payer other operating physician', 1, 'ZZ', 4, CODES.providerIds),
      otherPayerProvider('2330F', 'Other payer service facility', 1, '77', 3, CODES.facilityIds),
      otherPayerProvider('2330G', 'Other payer rendering provider', 1, '82', 4, CODES.providerIds),
      otherPayerProvider('2330H', 'Other payer referring provider', 1, 'DN', 3, CODES.providerIds),
      otherPayerProvider('2330I', 'Other payer billing provider', 1, '85', 2, CODES.payerAssignedIds),
    ]),
    serviceLineLoop(),
  ]);
}

/** TR3 2400 Service Line Number, 837I (837-structure §10: at most 999 lines per claim). */
function serviceLineLoop(): LoopRule {
  return loop('2400', 'Service line', R, 999, [
    sg('LX', R, 1, 'Service line number', { req: 'LX01' }),
    // SV2*{revenue code}*HC:{hcpcs}*{charge}*{UN|DA}*{units}**{non-covered} (837-structure §10, claim-json §3).
    sg('SV2', R, 1, 'Institutional service', { req: 'SV201 SV203 SV204 SV205', codes: { 'SV202-1': 'ER HC HP IV WK', SV204: 'DA UN' } }),
    pwk(10, 'Line attachment', true),
    dtp(S, 1, 'Service date', '472', 'D8 RD8'),
    ref(S, 1, 'Line item control number', '6R'),
    ref(S, 1, 'Repriced line item reference number', '9B'),
    ref(S, 1, 'Adjusted repriced line item reference number', '9D'),
    amt('Service tax', 'GT'),
    amt('Facility tax', 'N8'),
    nte(S, 1, 'Third party organization note', 'TPO'),
    sg('HCP', S, 1, 'Line repricing'),
  ], [
    drugLoop(),
    // "2420A operating, 2420B other operating, 2420C rendering, 2420D referring" (837-structure §10);
    // line provider REF ≤ 20 (claim-json §2.4).
    loop('2420A', 'Line operating physician', S, 1, [nm1('Line operating physician name', '72', named('1')), ref(S, 20, 'Line operating physician secondary ID', CODES.providerIds)]),
    loop('2420B', 'Line other operating physician', S, 1, [nm1('Line other operating physician name', 'ZZ', named('1')), ref(S, 20, 'Line other operating physician secondary ID', CODES.providerIds)]),
    loop('2420C', 'Line rendering provider', S, 1, [nm1('Line rendering provider name', '82', named('1')), ref(S, 20, 'Line rendering provider secondary ID', CODES.providerIds)]),
    loop('2420D', 'Line referring provider', S, 1, [nm1('Line referring provider name', 'DN', named('1')), ref(S, 20, 'Line referring provider secondary ID', CODES.providerIds)]),
    lineAdjudicationLoop(false),
  ]);
}

export const X223A2 = claimTransaction('institutional', '005010X223A2', 'Health Care Claim: Institutional', claimLoop);
