// 837D (005010X224A2) as a table for the guide checker (check.ts). docs/837-structure.md §11 gives
// the dental guide in brief: "same envelope, header, HL tree, subscriber/payer/patient and COB
// loops" as the 837P — those are the shared loops of x222a1.ts with the 837P column — and lists
// the differences, which this file adds from §11 and docs/claim-json.md §3.1:
//   - 2300: CLM05 `{POS}:B:{freq}` like the 837P, CLM19 `PB` (predetermination), CLM07 `A`/`C`,
//     CLM12 `01 02 03 05`; DTP*472/439/452 at claim level; DN1 (orthodontic months), DN2 (tooth
//     status `E`/`M`); REF*G3 (predetermination ID); HI situational with up to 4 codes;
//   - providers 2310A referring, 2310B rendering (NM1*82 + PRV*PE), 2310C service facility, 2310D
//     assistant surgeon (NM1*DD), and at line level 2420A–D; other-payer assistant surgeon 2330H;
//   - 2400: LX, `SV3*AD:{CDT}*{charge}*…*{I|R}*{count}` (SV301-1 `AD`), TOO (max 32, TOO01 `JP`,
//     TOO03 surfaces `M O D B F L I`), DTP*472 and the line dates 441/446/196/198, REF*6R.
// Where §11 names a segment or loop without usage or repeat (DN1, DN2, the 2310/2330/2420 loops,
// the 2400 REF/AMT/K3/HCP segments the 837D writer also sends) the TR3's usage and repeat are used,
// without element rules; the loop IDs of 2330E–G follow the 837D reader. The conventions are those
// of x222a1.ts.
import { MANY, R, S, loop, type LoopRule, type Usage } from './schema';
import {
  CLM_COMMON,
  CODES,
  address,
  amt,
  claimTransaction,
  cn1,
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

const D8 = 'D8';

/** TR3 2300 Claim Information, 837D (837-structure §11, claim-json §3.1). */
function claimLoop(usage: Usage): LoopRule {
  return loop('2300', 'Claim', usage, 100, [
    sg('CLM', R, 1, 'Claim information', {
      req: `${CLM_COMMON.req} CLM06`,
      nu: CLM_COMMON.nu,
      codes: {
        'CLM05-2': 'B',
        'CLM05-3': CODES.frequency,
        CLM06: 'N Y',
        CLM07: 'A C',
        CLM08: CODES.benefitsAssigned,
        CLM09: CODES.releaseOfInformation,
        CLM12: '01 02 03 05',
        CLM19: 'PB',
      },
    }),
    dtp(S, 1, 'Accident', '439', D8),
    dtp(S, 1, 'Appliance placement', '452', D8),
    dtp(S, 1, 'Service date', '472', 'D8 RD8'),
    dtp(S, 1, 'Repricer received', '050', D8),
    sg('DN1', S, 1, 'Orthodontic treatment months'),
    sg('DN2', S, 35, 'Tooth status', { codes: { DN202: 'E M' } }),
    pwk(10, 'Claim attachment', true),
    cn1(),
    amt('Patient amount paid', 'F5'),
    ref(S, 1, 'Predetermination identifier', 'G3'),
    ref(S, 1, 'Service authorization exception code', '4N'),
    ref(S, 1, 'Payer claim control number', 'F8'),
    ref(S, 1, 'Referral number', '9F'),
    ref(S, 1, 'Prior authorization', 'G1'),
    ref(S, 1, 'Repriced claim number', '9A'),
    ref(S, 1, 'Adjusted repriced claim number', '9C'),
    ref(S, 1, 'Clearinghouse claim number', 'D9'),
    sg('K3', S, 10, 'File information'),
    // Claim notes: our docs give no maximum.
    nte(S, MANY, 'Claim note', 'ADD'),
    // HI: situational, up to 4 codes `ABK` `ABF` `TQ` (claim-json §3.1), the principal first (§2.8), ICD-9 BK/BF (code-lists §9).
    sg('HI', S, 1, 'Diagnoses', { req: 'HI01-1 HI01-2', nu: 'HI05..12', codes: { 'HI01-1': 'ABK BK TQ', 'HI02..04-1': 'ABF BF TQ' } }),
    sg('HCP', S, 1, 'Claim repricing'),
  ], [
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
    ]),
    loop('2310D', 'Assistant surgeon', S, 1, [
      nm1('Assistant surgeon name', 'DD', named('1 2')),
      prv('Assistant surgeon specialty'),
      ref(S, 4, 'Assistant surgeon secondary ID', CODES.providerIds),
    ]),
    loop('2310E', 'Supervising provider', S, 1, [nm1('Supervising provider name', 'DQ', named('1')), ref(S, 4, 'Supervising provider secondary ID', CODES.providerIds)]),
    otherSubscriberLoop(
      'dental',
      [
        otherPayerProvider('2330C', 'Other payer referring provider', 2, 'DN P3', 3, CODES.providerIds),
        otherPayerProvider('2330D', 'Other payer rendering provider', 1, '82', 3, CODES.providerIds),
        otherPayerProvider('2330E', 'Other payer service facility', 1, '77', 3, CODES.facilityIds),
        otherPayerProvider('2330F', 'Other payer supervising provider', 1, 'DQ', 3, CODES.providerIds),
        otherPayerProvider('2330G', 'Other payer billing provider', 1, '85', 2, CODES.payerAssignedIds),
        otherPayerProvider('2330H', 'Other payer assistant surgeon', 1, 'DD', 3, CODES.providerIds),
      ],
      // The other payer's predetermination ID (claim-json §3.1 REF*G3).
      [ref(S, 1, 'Other payer predetermination identifier', 'G3')],
    ),
    serviceLineLoop(),
  ]);
}

/** TR3 2400 Service Line Number, 837D (837-structure §11; at most 50 lines, TR3). */
function serviceLineLoop(): LoopRule {
  const surfaces = 'B D F I L M O';
  return loop('2400', 'Service line', R, 50, [
    sg('LX', R, 1, 'Service line number', { req: 'LX01' }),
    sg('SV3', R, 1, 'Dental service', { req: 'SV301-1 SV301-2 SV302', codes: { 'SV301-1': 'AD', SV305: 'I R' } }),
    sg('TOO', S, 32, 'Tooth information', {
      req: 'TOO01 TOO02',
      codes: { TOO01: 'JP', 'TOO03-1': surfaces, 'TOO03-2': surfaces, 'TOO03-3': surfaces, 'TOO03-4': surfaces, 'TOO03-5': surfaces },
    }),
    dtp(S, 1, 'Service date', '472', 'D8 RD8'),
    dtp(S, 1, 'Prior placement', '441', D8),
    dtp(S, 1, 'Appliance placement', '452', D8),
    dtp(S, 1, 'Replacement', '446', D8),
    dtp(S, 1, 'Treatment start', '196', D8),
    dtp(S, 1, 'Treatment completion', '198', D8),
    cn1(),
    ref(S, 5, 'Line predetermination identifier', 'G3'),
    ref(S, 1, 'Repriced line item reference number', '9B'),
    ref(S, 1, 'Adjusted repriced line item reference number', '9D'),
    ref(S, 5, 'Line prior authorization', 'G1'),
    ref(S, 5, 'Line referral number', '9F'),
    ref(S, 1, 'Line item control number', '6R'),
    amt('Sales tax', 'T'),
    amt('Postage claimed', 'F4'),
    sg('K3', S, 10, 'File information'),
    sg('HCP', S, 1, 'Line repricing'),
  ], [
    loop('2420A', 'Line rendering provider', S, 1, [
      nm1('Line rendering provider name', '82', named('1 2')),
      prv('Line rendering provider specialty', 'PE'),
      ref(S, 20, 'Line rendering provider secondary ID', CODES.providerIds),
    ]),
    loop('2420B', 'Line assistant surgeon', S, 1, [
      nm1('Line assistant surgeon name', 'DD', named('1 2')),
      prv('Line assistant surgeon specialty'),
      ref(S, 20, 'Line assistant surgeon secondary ID', CODES.providerIds),
    ]),
    loop('2420C', 'Line supervising provider', S, 1, [nm1('Line supervising provider name', 'DQ', named('1')), ref(S, 20, 'Line supervising provider secondary ID', CODES.providerIds)]),
    loop('2420D', 'Line service facility', S, 1, [
      nm1('Line service facility name', '77', named('2')),
      ...address(R, 'Line service facility'),
      ref(S, 3, 'Line service facility secondary ID', CODES.providerIds),
    ]),
    lineAdjudicationLoop(true),
  ]);
}

export const X224A2 = claimTransaction('dental', '005010X224A2', 'Health Care Claim: Dental', claimLoop);
