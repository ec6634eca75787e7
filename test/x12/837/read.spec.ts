// read837: the 837P/837I examples of docs/837-structure.md read into the documents their JSON
// would give; JSON → 837 → JSON round trips over every edi-samples/claims scenario (render837, then
// read837, then compared with the normalized document, with the few mappings an 837 cannot carry
// back listed below); every public 837 sample reads without throwing, with one claim (read or
// rejected) per CLM; and lenient reading: a malformed claim is rejected with positions and codes
// while the others come out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateClaimBody } from '../../../src/claims/claim-validation';
import { toClaimDocument } from '../../../src/claims/claim.mapper';
import type { ClaimDocument, ClaimKind } from '../../../src/x12/claim-json/claim-document';
import { tokenize } from '../../../src/x12/core/tokenizer';
import { read837 } from '../../../src/x12/837/read';
import { render837, type InterchangeParties } from '../../../src/x12/837/render';

const ROOT = path.resolve(__dirname, '../../..');
const SHARED = path.resolve(ROOT, '../shared');
const SCENARIOS = path.join(ROOT, 'edi-samples/claims');
const PUBLIC = path.join(SHARED, 'edi-samples/public');
const DOCS = path.join(SHARED, 'docs/837-structure.md');

const describeIf = (cond: boolean) => (cond ? describe : describe.skip);

/** The two examples of docs/837-structure.md §12 (837P) and §13 (837I), newlines removed. */
function docExamples(): string[] {
  const text = fs.readFileSync(DOCS, 'utf8');
  return [...text.matchAll(/```\n(ISA[\s\S]*?)```/g)].map((m) => m[1].replace(/~\n/g, '~').trim());
}

describeIf(fs.existsSync(DOCS))('docs/837-structure.md examples', () => {
  it('the minimal 837P reads into the professional document its JSON would give', () => {
    const [p] = docExamples();
    const result = read837(p);
    expect(result.diagnostics).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.claims).toHaveLength(1);
    const [claim] = result.claims;
    expect(claim).toMatchObject({ index: 0, kind: 'professional', st02: '0001', patientControlNumber: 'PCN1001', loop2300: { firstSegment: 19, lastSegment: 30 } });
    expect(claim.document).toEqual({
      usageIndicator: 'T',
      claimIdentifier: 'CH',
      tradingPartnerServiceId: '12345',
      tradingPartnerName: 'ACME HEALTH PLAN',
      submitter: { organizationName: 'GOOD HEALTH BILLING', submitterIdentification: 'SUBMITTER01', contactInformation: { name: 'JANE CLERK', phoneNumber: '5555551234' } },
      receiver: { organizationName: 'ACME HEALTH PLAN' },
      subscriber: {
        paymentResponsibilityLevelCode: 'P',
        groupNumber: 'GRP12345',
        memberId: 'W123456789',
        lastName: 'DOE',
        firstName: 'JOHN',
        dateOfBirth: '19800115',
        gender: 'M',
        address: { address1: '200 OAK AVE', city: 'SPRINGFIELD', state: 'IL', postalCode: '62702' },
      },
      billing: {
        taxonomyCode: '207Q00000X',
        npi: '1234567893',
        organizationName: 'GOOD HEALTH CLINIC',
        employerId: '123456789',
        address: { address1: '100 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '627011234' },
      },
      rendering: { lastName: 'SMITH', firstName: 'ANNA', npi: '1245319599', taxonomyCode: '207Q00000X' },
      claimInformation: {
        claimFilingCode: 'CI',
        patientControlNumber: 'PCN1001',
        claimChargeAmount: '250.00',
        placeOfServiceCode: '11',
        claimFrequencyCode: '1',
        signatureIndicator: 'Y',
        planParticipationCode: 'A',
        benefitsAssignmentCertificationIndicator: 'Y',
        releaseInformationCode: 'Y',
        healthCareCodeInformation: [
          { diagnosisTypeCode: 'ABK', diagnosisCode: 'J069' },
          { diagnosisTypeCode: 'ABF', diagnosisCode: 'R509' },
        ],
        serviceLines: [
          {
            serviceDate: '20240301',
            providerControlNumber: 'PCN1001L1',
            professionalService: {
              procedureIdentifier: 'HC',
              procedureCode: '99214',
              lineItemChargeAmount: '150.00',
              measurementUnit: 'UN',
              serviceUnitCount: '1',
              compositeDiagnosisCodePointers: { diagnosisCodePointers: ['1', '2'] },
            },
          },
          {
            serviceDate: '20240301',
            providerControlNumber: 'PCN1001L2',
            professionalService: {
              procedureIdentifier: 'HC',
              procedureCode: '85025',
              lineItemChargeAmount: '100.00',
              measurementUnit: 'UN',
              serviceUnitCount: '1',
              compositeDiagnosisCodePointers: { diagnosisCodePointers: ['1'] },
            },
          },
        ],
      },
    });
    // The document passes the same intake validation as JSON.
    expect(validateClaimBody('professional', JSON.parse(JSON.stringify(claim.document))).ok).toBe(true);
  });

  it('the 837I reads with its dependent patient, statement dates, CL1, diagnoses and lines', () => {
    const [, i] = docExamples();
    const result = read837(i);
    expect(result.diagnostics).toEqual([]);
    expect(result.claims).toHaveLength(1);
    const doc = result.claims[0].document as Extract<ClaimDocument, { attending?: unknown }>;
    expect(result.claims[0].kind).toBe('institutional');
    expect(doc).toMatchObject({
      submitter: { organizationName: 'GENERAL HOSPITAL', taxId: 'SUBMITTER02' },
      receiver: { organizationName: 'ACME HEALTH PLAN', taxId: 'RECEIVER01' },
      subscriber: { paymentResponsibilityLevelCode: 'P', groupNumber: 'GRP999', memberId: 'W987654321', lastName: 'DOE', firstName: 'JANE' },
      dependent: { relationshipToSubscriberCode: '19', lastName: 'DOE', firstName: 'TIMMY', dateOfBirth: '20150610', gender: 'M' },
      billing: { npi: '1888888884', employerId: '987654321' },
      attending: { lastName: 'JONES', firstName: 'ROBERT', npi: '1555555550' },
      claimInformation: {
        claimChargeAmount: '475.00',
        placeOfServiceCode: '13',
        claimFrequencyCode: '1',
        claimDateInformation: { statementBeginDate: '20240301', statementEndDate: '20240301' },
        claimCodeInformation: { patientStatusCode: '01' },
        principalDiagnosis: { qualifierCode: 'ABK', principalDiagnosisCode: 'S93401A' },
        patientReasonForVisits: [{ qualifierCode: 'APR', patientReasonForVisitCode: 'M25571' }],
        serviceLines: [
          { serviceDate: '20240301', institutionalService: { serviceLineRevenueCode: '0450', procedureIdentifier: 'HC', procedureCode: '99283', lineItemChargeAmount: '375.00', measurementUnit: 'UN', serviceUnitCount: '1' } },
          { serviceDate: '20240301', institutionalService: { serviceLineRevenueCode: '0320', procedureCode: '73610', lineItemChargeAmount: '100.00' } },
        ],
      },
    });
    expect(doc.subscriber.address).toBeUndefined();
  });

  it('locate() names the segment and element a document field came from', () => {
    const [p] = docExamples();
    const [claim] = read837(p).claims;
    expect(claim.locate('claimInformation.serviceLines[1].professionalService.procedureCode')).toEqual({ segmentIndex: 29, segmentId: 'SV1', line: 1, element: 1, component: 2 });
    expect(claim.locate('claimInformation.serviceLines[0].serviceDate')).toMatchObject({ segmentId: 'DTP', element: 3 });
    expect(claim.locate('billing.address.postalCode')).toMatchObject({ segmentId: 'N4', element: 3 });
    // A field that is not there is placed at the nearest object that is: here the SV1.
    expect(claim.locate('claimInformation.serviceLines[0].professionalService.description')).toMatchObject({ segmentId: 'SV1' });
    expect(claim.locate('claimInformation.patientAmountPaid')).toMatchObject({ segmentId: 'CLM' });
  });
});

// ---- JSON → 837 → JSON ---------------------------------------------------------------------

const PARTIES: InterchangeParties = {
  senderQualifier: 'ZZ',
  senderId: 'X12GWROUNDTRIP',
  receiverQualifier: 'ZZ',
  receiverId: 'ROUNDTRIPCH',
  gsSenderId: 'X12GWROUNDTRIP',
  gsReceiverId: 'ROUNDTRIPCH',
  usage: 'T',
  submitter: { name: 'ROUND TRIP SUBMITTER', id: 'RTSUBMITTER', contactName: 'EDI DESK', phone: '2175550100' },
  receiver: { name: 'ROUND TRIP CLEARINGHOUSE', id: 'RTCH' },
};

const KIND_BY_PREFIX: Record<string, ClaimKind> = { '837p': 'professional', '837i': 'institutional', '837d': 'dental' };

function loadScenario(file: string): { kind: ClaimKind; docs: ClaimDocument[] } {
  const kind = KIND_BY_PREFIX[file.slice(0, 4)];
  const json: unknown = JSON.parse(fs.readFileSync(path.join(SCENARIOS, file), 'utf8'));
  const docs = (Array.isArray(json) ? json : [json]).map((body) => {
    const result = validateClaimBody(kind, body);
    if (!result.ok) throw new Error(`${file} fails intake validation: ${JSON.stringify(result.errors)}`);
    return toClaimDocument(kind, result.value);
  });
  return { kind, docs };
}

type Json = Record<string, any>;

/**
 * What an 837 cannot carry back, applied to the expected document:
 * - `controlNumber` names the JSON request; ST02 comes from the control-number ledger.
 * - 1000B is the interchange's receiver (clearinghouse config), not the claim's `receiver`; on
 *   837I its NM109 reads back as `receiver.taxId`.
 * - 1000A NM109 is always the parties' submitter ID (read back as `submitterIdentification`, on
 *   837I as `taxId`); its name and PER are the claim's when every claim of the transaction set
 *   proposes the same submitter, else the parties' (render837's rule).
 * - The subscriber's N3/N4/DMG are not sent when the patient is a dependent (TR3 2010BA).
 * - SBR03 is one element for the group or the policy number: it reads back as `groupNumber`.
 * - A rendering provider with the billing provider's NPI is not sent (TR3 2310B: only when it
 *   differs), nor a line rendering provider with the claim's rendering (or billing) NPI (2420A).
 * - 837D: a line service date equal to the claim-level DTP*472 is not repeated on the line.
 * - Amounts read back with two decimals ("4" → "4.00"); compared by value below.
 */
function expected(doc: ClaimDocument, kind: ClaimKind, sameSubmitter: boolean): Json {
  const e = structuredClone(doc) as Json;
  delete e.controlNumber;
  e.receiver = kind === 'institutional' ? { organizationName: PARTIES.receiver.name, taxId: PARTIES.receiver.id } : { organizationName: PARTIES.receiver.name };
  if (!sameSubmitter) {
    e.submitter = { organizationName: PARTIES.submitter.name, contactInformation: { name: PARTIES.submitter.contactName, phoneNumber: PARTIES.submitter.phone } };
  }
  if (kind === 'institutional') e.submitter.taxId = PARTIES.submitter.id;
  else e.submitter.submitterIdentification = PARTIES.submitter.id;
  if (e.dependent) {
    delete e.subscriber.address;
    delete e.subscriber.dateOfBirth;
    delete e.subscriber.gender;
  }
  if (e.subscriber.policyNumber !== undefined && e.subscriber.groupNumber === undefined) e.subscriber.groupNumber = e.subscriber.policyNumber;
  delete e.subscriber.policyNumber;
  if (kind === 'dental') {
    const claimDate = e.claimInformation.claimDateInformation?.serviceDate;
    for (const line of e.claimInformation.serviceLines) if (claimDate !== undefined && line.serviceDate === claimDate) delete line.serviceDate;
  }
  if (kind !== 'institutional') {
    if (e.rendering && e.rendering.npi !== undefined && e.rendering.npi === e.billing.npi) delete e.rendering;
    const claimLevel = e.rendering?.npi ?? e.billing.npi;
    for (const line of e.claimInformation.serviceLines) {
      if (line.renderingProvider?.npi !== undefined && line.renderingProvider.npi === claimLevel) delete line.renderingProvider;
    }
  }
  return e;
}

/** Deep equality where two decimal strings, one of them with a point, compare by value ("4" = "4.00"). */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && a !== b) {
    const decimal = /^-?\d+(\.\d+)?$/;
    return decimal.test(a) && decimal.test(b) && (a.includes('.') || b.includes('.')) && Number(a) === Number(b);
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue((a as Json)[k], (b as Json)[k]));
  }
  return a === b;
}

/** The paths where two documents differ (for a readable failure). */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (sameValue(a, b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Json)[k], (b as Json)[k], at ? `${at}.${k}` : k));
  }
  return [`${at}: read ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`];
}

const SCENARIO_FILES = fs.existsSync(SCENARIOS) ? fs.readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).sort() : [];

describeIf(SCENARIO_FILES.length > 0)('JSON → 837 → JSON round trip over edi-samples/claims', () => {
  it('covers the three kinds (test premise)', () => {
    expect(new Set(SCENARIO_FILES.map((f) => KIND_BY_PREFIX[f.slice(0, 4)]))).toEqual(new Set(['professional', 'institutional', 'dental']));
  });

  it.each(SCENARIO_FILES)('%s', (file) => {
    const { kind, docs } = loadScenario(file);
    const out = render837({ kind, parties: PARTIES, controlNumbers: { isa13: 7, gs06: 7, st02: [7] }, createdAt: { date: '20250401', time: '1200' }, transactions: [docs] });
    const result = read837(out.text);
    expect(result.rejected).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const rendered = out.transactions[0].claims;
    expect(result.claims).toHaveLength(docs.length);
    const sameSubmitter = new Set(docs.map((d) => JSON.stringify(d.submitter))).size === 1;
    result.claims.forEach((claim, k) => {
      // The writer groups claims by billing provider and subscriber: match on its input index.
      expect(claim).toMatchObject({ kind, st02: out.transactions[0].st02, patientControlNumber: rendered[k].patientControlNumber, loop2300: rendered[k].loop2300 });
      const want = expected(docs[rendered[k].index], kind, sameSubmitter);
      expect(differences(claim.document, want)).toEqual([]);
    });
  });
});

// ---- the public samples ----------------------------------------------------------------------

const PUBLIC_837 = fs.existsSync(PUBLIC)
  ? fs
      .readdirSync(PUBLIC, { recursive: true, encoding: 'utf8' })
      .filter((f) => /^837[PID]\//.test(f.replace(/\\/g, '/')) && fs.statSync(path.join(PUBLIC, f)).isFile())
      .sort()
  : [];

/** Public samples whose claims are refused, and why (SOURCES.md and the guide check). */
const REFUSED: Record<string, number> = {
  // masked data (9/X): BHT01 9999, CLM05-2 X, SV101-1 XX, no HI
  'oopfactory-x12__MedicaidExample.txt': 5,
  // "SV202 written HC>92557 although ISA16 is ':'": composites unreadable; a 4010-style DMG in 2320
  'oopfactory-x12__Spec_3.1.3_PPORepricedClaim.txt': 1,
  // DTP*434*RD8 with a single date
  'stupidedi__837-institutional-claim.edi': 1,
  // one claim carries a 4010-style DMG in 2320
  'oopfactory-x12__Example1_2_And_3_Combined.txt': 1,
};

describeIf(PUBLIC_837.length > 0)('public 837 samples (../shared/edi-samples/public/837P, 837I, 837D)', () => {
  it.each(PUBLIC_837)('%s: reads without throwing, one claim or rejection per CLM', (file) => {
    const text = fs.readFileSync(path.join(PUBLIC, file), 'utf8');
    const result = read837(text);
    const clms = tokenize(text).filter((s) => s.id === 'CLM').length;
    const name = path.basename(file);
    if (name === 'oopfactory-x12__Spec_4.1.2B_COB.txt') {
      // 004010X096A1: an unsupported version is refused as a whole, with its code.
      expect(result.claims).toEqual([]);
      expect(result.diagnostics.map((d) => d.code)).toContain('UNSUPPORTED_VERSION');
      return;
    }
    expect(result.claims.length + result.rejected.length).toBe(clms);
    expect(result.rejected).toHaveLength(REFUSED[name] ?? 0);
    for (const r of result.rejected) {
      expect(r.diagnostics.length).toBeGreaterThan(0);
      for (const d of r.diagnostics) expect(d).toEqual(expect.objectContaining({ code: expect.any(String), segmentIndex: expect.any(Number), segmentId: expect.any(String) }));
    }
    result.claims.forEach((c, i) => expect(c.index).toBe(i + result.rejected.filter((r) => r.index < c.index).length));
  });
});

describeIf(PUBLIC_837.length > 0)('what the 837D and 837I readers take from the public samples', () => {
  const one = (file: string) => read837(fs.readFileSync(path.join(PUBLIC, file), 'utf8')).claims;

  it('837D: DN1 months as numbers, CLM19=PB, SV3 and TOO with surfaces, the claim-level service date', () => {
    const [ortho] = one('837D/stupidedi__orthodontic-treatment-plan.edi');
    expect(ortho.document.claimInformation).toMatchObject({
      orthodonticTotalMonthsOfTreatment: { monthsCount: 36 },
      claimDateInformation: { appliancePlacementDate: '20061115' },
      serviceLines: [{ dentalService: { procedureCode: 'D8080', lineItemChargeAmount: '4000.00', procedureCount: 1 } }],
    });
    const [pre] = one('837D/stupidedi__predetermination-of-benefits.edi');
    expect(pre.document.claimInformation).toMatchObject({
      predeterminationOfBenefits: true,
      claimSupplementalInformation: { claimNumber: '123123123', reportInformations: [{ attachmentReportTypeCode: 'RB', attachmentTransmissionCode: 'BM', attachmentControlNumber: 'SMITHJANE11122333' }] },
      serviceLines: [{ dentalService: { prosthesisCrownOrInlayCode: 'I', procedureCount: 1 }, teethInformation: [{ toothCode: '13' }] }],
    });
    const [commercial] = one('837D/stupidedi__commercial-health-insurance.edi');
    expect(commercial.document).toMatchObject({
      dependent: { relationshipToSubscriberCode: '19', firstName: 'TED' },
      rendering: { lastName: 'KILDARE', taxonomyCode: '1223G0001X' },
      claimInformation: { claimDateInformation: { serviceDate: '20061029' }, serviceLines: [{ teethInformation: [{ toothCode: '12', toothSurfaceCodes: ['M', 'O'] }] }, { dentalService: { procedureCode: 'D1110' } }] },
    });
  });

  it('837I: two claims under one provider, each with its own statement dates and revenue-code lines', () => {
    const claims = one('837I/stupidedi__two-claims-for-the-same-provider.edi');
    expect(claims).toHaveLength(2);
    for (const c of claims) {
      expect(c.kind).toBe('institutional');
      const info = (c.document as Extract<ClaimDocument, { attending?: unknown }>).claimInformation;
      expect(info.claimDateInformation.statementBeginDate).toMatch(/^\d{8}$/);
      expect(info.serviceLines.every((l) => /^\d{4}$/.test(l.institutionalService.serviceLineRevenueCode))).toBe(true);
      expect(validateClaimBody('institutional', JSON.parse(JSON.stringify(c.document))).ok).toBe(true);
    }
  });
});

// ---- leniency ----------------------------------------------------------------------------------

describe('lenient reading', () => {
  const ISA = 'ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *240315*1200*^*00501*000000101*1*T*:';

  function twoClaims(secondClaim: string[]): string {
    const body = [
      'ST*837*0001*005010X222A1',
      'BHT*0019*00*BATCH0001*20240315*1200*CH',
      'NM1*41*2*GOOD HEALTH BILLING*****46*SUBMITTER01',
      'PER*IC*JANE CLERK*TE*5555551234',
      'NM1*40*2*ACME HEALTH PLAN*****46*RECEIVER01',
      'HL*1**20*1',
      'NM1*85*2*GOOD HEALTH CLINIC*****XX*1234567893',
      'N3*100 MAIN ST',
      'N4*SPRINGFIELD*IL*627011234',
      'REF*EI*123456789',
      'HL*2*1*22*0',
      'SBR*P*18*GRP12345******CI',
      'NM1*IL*1*DOE*JOHN****MI*W123456789',
      'N3*200 OAK AVE',
      'N4*SPRINGFIELD*IL*62702',
      'DMG*D8*19800115*M',
      'NM1*PR*2*ACME HEALTH PLAN*****PI*12345',
      'CLM*GOOD1*100***11:B:1*Y*A*Y*Y',
      'HI*ABK:J069',
      'LX*1',
      'SV1*HC:99213*100*UN*1***1',
      'DTP*472*D8*20240301',
      ...secondClaim,
    ];
    const segments = [...body, `SE*${body.length + 1}*0001`];
    return [ISA, 'GS*HC*SUBMITTER01*RECEIVER01*20240315*1200*101*X*005010X222A1', ...segments, 'GE*1*101', 'IEA*1*000000101'].join('~') + '~';
  }

  it('a claim with a malformed loop is rejected with codes and positions; the other comes out', () => {
    // The second claim has no HI and a service line without SV1.
    const text = twoClaims(['CLM*BAD2*50***11:B:1*Y*A*Y*Y', 'LX*1', 'DTP*472*D8*20240301']);
    const result = read837(text);
    expect(result.claims.map((c) => c.patientControlNumber)).toEqual(['GOOD1']);
    expect(result.rejected).toHaveLength(1);
    const [bad] = result.rejected;
    expect(bad).toMatchObject({ index: 1, patientControlNumber: 'BAD2', st02: '0001', loop2300: { firstSegment: 23, lastSegment: 25 } });
    expect(bad.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'MISSING_SEGMENT', segmentIndex: 24, segmentId: 'CLM', loop: '2300' }),
        expect.objectContaining({ code: 'MISSING_SEGMENT', segmentIndex: 25, segmentId: 'LX', loop: '2400' }),
      ]),
    );
  });

  it('an error in a loop around the claims (here 2010AA) rejects every claim under it', () => {
    const text = twoClaims(['CLM*GOOD2*50***11:B:1*Y*A*Y*Y', 'HI*ABK:J069', 'LX*1', 'SV1*HC:99213*50*UN*1***1', 'DTP*472*D8*20240301']).replace('N3*100 MAIN ST~', '');
    const result = read837(text);
    expect(result.claims).toEqual([]);
    expect(result.rejected.map((r) => r.patientControlNumber)).toEqual(['GOOD1', 'GOOD2']);
    for (const r of result.rejected) expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'MISSING_SEGMENT', segmentId: 'NM1', loop: '2010AA' })]);
  });

  it('text that is not X12, empty input, an 835 and a 4010 837 give coded diagnostics and no claims', () => {
    expect(read837('hello, world')).toMatchObject({ claims: [], rejected: [], diagnostics: [expect.objectContaining({ code: 'NOT_X12' })] });
    expect(read837('')).toMatchObject({ claims: [], diagnostics: [expect.objectContaining({ code: 'EMPTY_INPUT' })] });
    expect(read837('\u0000\u0001\u00ff binary')).toMatchObject({ claims: [], diagnostics: [expect.objectContaining({ code: 'NOT_X12' })] });
    const era = fs.existsSync(PUBLIC) ? fs.readFileSync(path.join(PUBLIC, '835/stupidedi__era-sample.edi'), 'utf8') : undefined;
    if (era) expect(read837(era).diagnostics).toEqual([expect.objectContaining({ code: 'NOT_837', segmentId: 'ST', element: 1 })]);
    const old = twoClaims([]).replace(/005010X222A1/g, '004010X098A1');
    expect(read837(old).diagnostics.map((d) => d.code)).toEqual(['UNSUPPORTED_VERSION']);
  });

  it('a truncated file still gives the complete claims before the cut', () => {
    const full = twoClaims(['CLM*GOOD2*50***11:B:1*Y*A*Y*Y', 'HI*ABK:J069', 'LX*1', 'SV1*HC:99213*50*UN*1***1', 'DTP*472*D8*20240301']);
    const cut = full.slice(0, full.indexOf('CLM*GOOD2') + 'CLM*GOOD2*50***11:B:1'.length);
    const result = read837(cut);
    expect(result.claims.map((c) => c.patientControlNumber)).toEqual(['GOOD1']);
    expect(result.rejected.map((r) => r.patientControlNumber)).toEqual(['GOOD2']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['UNTERMINATED_SEGMENT', 'TRUNCATED_INTERCHANGE']));
  });
});
