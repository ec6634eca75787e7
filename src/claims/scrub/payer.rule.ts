// Payer companion-guide edits, driven by the payer's rules file (config/payers/*.yaml): claim kinds
// it takes, its line and diagnosis limits, how much of CLM01 it keeps, the pay-to loop, claim filing
// codes, timely filing, and fields it requires or refuses. Without payer rules these find nothing.
import type { ClaimKind } from '../../x12/claim-json/claim-document';
import { countedDiagnoses, serviceLines } from './claim-view';
import { daysBetween, earliestServiceDate } from './dates.rule';
import type { FieldRule } from './payer-rules';
import { ALL_KINDS, compactDate, isPresent, reporter, type ScrubFinding, type ScrubRule } from './scrub-rule';

type Token = { name: string } | { index: number } | { all: true };

function tokens(path: string): Token[] {
  const out: Token[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]+)((?:\[(?:\d+|\*)\])*)$/.exec(part);
    if (!m) return [];
    out.push({ name: m[1] });
    for (const index of m[2].matchAll(/\[(\d+|\*)\]/g)) out.push(index[1] === '*' ? { all: true } : { index: Number(index[1]) });
  }
  return out;
}

/**
 * Every place a field path names in the claim, with concrete indices. `[*]` over a list that is
 * absent or empty names no place at all: "each item must have X" holds when there are no items.
 */
export function resolvePath(doc: unknown, path: string): { path: string; value: unknown }[] {
  let current: { path: string; value: unknown }[] = [{ path: '', value: doc }];
  for (const token of tokens(path)) {
    const next: { path: string; value: unknown }[] = [];
    for (const { path: at, value } of current) {
      if ('name' in token) {
        const child = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[token.name] : undefined;
        next.push({ path: at ? `${at}.${token.name}` : token.name, value: child });
      } else if ('index' in token) {
        next.push({ path: `${at}[${token.index}]`, value: Array.isArray(value) ? value[token.index] : undefined });
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => next.push({ path: `${at}[${i}]`, value: item }));
      }
    }
    current = next;
  }
  return current;
}

const appliesTo = (rule: FieldRule, kind: ClaimKind) => rule.kinds.includes(kind);
const because = (rule: FieldRule) => (rule.reason ? `: ${rule.reason}` : '');

const kindNotAccepted = reporter('PAYER_CLAIM_KIND_NOT_ACCEPTED');
export const payerClaimKindRule: ScrubRule = {
  code: 'PAYER_CLAIM_KIND_NOT_ACCEPTED',
  description: 'The payer takes this kind of claim (837P / 837I / 837D)',
  kinds: ALL_KINDS,
  check(_doc, { payer, kind }) {
    if (!payer || payer.claimKinds.includes(kind)) return [];
    return [kindNotAccepted.error('tradingPartnerServiceId', `${payer.name} does not accept ${kind} claims (it takes ${payer.claimKinds.join(', ')})`, '2010BB NM109')];
  },
};

const maxLines = reporter('PAYER_MAX_SERVICE_LINES');
export const payerMaxServiceLinesRule: ScrubRule = {
  code: 'PAYER_MAX_SERVICE_LINES',
  description: "The claim has no more service lines than the payer's limit",
  kinds: ALL_KINDS,
  check(doc, { payer, kind }) {
    const max = payer?.maxServiceLines[kind];
    if (!payer || max === null || max === undefined) return [];
    const count = serviceLines(kind, doc).length;
    return count > max ? [maxLines.error('claimInformation.serviceLines', `${payer.name} accepts at most ${max} service lines per claim; split the claim`, '2400 LX')] : [];
  },
};

const maxDx = reporter('PAYER_MAX_DIAGNOSIS_CODES');
export const payerMaxDiagnosisCodesRule: ScrubRule = {
  code: 'PAYER_MAX_DIAGNOSIS_CODES',
  description: "The claim has no more diagnosis codes than the payer's limit",
  kinds: ALL_KINDS,
  check(doc, { payer, kind }) {
    const max = payer?.maxDiagnosisCodes[kind];
    if (!payer || max === null || max === undefined) return [];
    const { count, path } = countedDiagnoses(kind, doc);
    return count > max ? [maxDx.error(path, `${payer.name} accepts at most ${max} diagnosis codes per claim`, '2300 HI')] : [];
  },
};

const pcnLength = reporter('PAYER_PCN_TOO_LONG');
export const payerPatientControlNumberRule: ScrubRule = {
  code: 'PAYER_PCN_TOO_LONG',
  description: 'The patient control number fits what the payer keeps of CLM01',
  kinds: ALL_KINDS,
  check(doc, { payer }) {
    const max = payer?.maxPatientControlNumberLength;
    const pcn = (doc.claimInformation as { patientControlNumber?: string } | undefined)?.patientControlNumber;
    if (!payer || max === null || max === undefined || typeof pcn !== 'string' || pcn.length <= max) return [];
    return [pcnLength.error('claimInformation.patientControlNumber', `${payer.name} keeps at most ${max} characters of the patient control number`, '2300 CLM01')];
  },
};

/** The 2010AB pay-to address member of each kind. */
function payToPath(kind: ClaimKind): string {
  return kind === 'institutional' ? 'billingPayToAddressName' : 'payToAddress';
}

const payToForbidden = reporter('PAYER_PAY_TO_FORBIDDEN');
export const payerPayToForbiddenRule: ScrubRule = {
  code: 'PAYER_PAY_TO_FORBIDDEN',
  description: 'No pay-to address (2010AB) when the payer does not take one',
  kinds: ALL_KINDS,
  check(doc, { payer, kind }) {
    if (payer?.payToLoop !== 'forbidden') return [];
    const path = payToPath(kind);
    return isPresent((doc as unknown as Record<string, unknown>)[path]) ? [payToForbidden.error(path, `${payer.name} does not accept a pay-to address; payment goes to the billing provider`, '2010AB')] : [];
  },
};

const payToRequired = reporter('PAYER_PAY_TO_REQUIRED');
export const payerPayToRequiredRule: ScrubRule = {
  code: 'PAYER_PAY_TO_REQUIRED',
  description: 'A pay-to address (2010AB) when the payer requires one',
  kinds: ALL_KINDS,
  check(doc, { payer, kind }) {
    if (payer?.payToLoop !== 'required') return [];
    const path = payToPath(kind);
    return isPresent((doc as unknown as Record<string, unknown>)[path]) ? [] : [payToRequired.error(path, `${payer.name} requires a pay-to address`, '2010AB')];
  },
};

const filingCode = reporter('PAYER_CLAIM_FILING_CODE');
export const payerClaimFilingCodeRule: ScrubRule = {
  code: 'PAYER_CLAIM_FILING_CODE',
  description: 'The claim filing indicator (SBR09) is one the payer accepts',
  kinds: ALL_KINDS,
  check(doc, { payer }) {
    const code = (doc.claimInformation as { claimFilingCode?: string } | undefined)?.claimFilingCode;
    if (!payer?.claimFilingCodes || code === undefined || payer.claimFilingCodes.includes(code)) return [];
    return [filingCode.error('claimInformation.claimFilingCode', `${payer.name} expects a claim filing indicator of ${payer.claimFilingCodes.join(', ')}`, '2000B SBR09')];
  },
};

const timely = reporter('PAYER_TIMELY_FILING');
export const payerTimelyFilingRule: ScrubRule = {
  code: 'PAYER_TIMELY_FILING',
  description: "The earliest date of service is within the payer's timely-filing window (a warning: a delay reason may apply)",
  kinds: ALL_KINDS,
  check(doc, { payer, kind, today }) {
    const days = payer?.timelyFilingDays;
    if (!payer || days === null || days === undefined) return [];
    if (isPresent((doc.claimInformation as { delayReasonCode?: string } | undefined)?.delayReasonCode)) return [];
    const earliest = earliestServiceDate(kind, doc);
    if (!earliest || daysBetween(earliest.date, compactDate(today)) <= days) return [];
    return [timely.warning(earliest.path, `is more than ${days} days ago, past ${payer.name}'s filing limit; send delayReasonCode if a delay reason applies`, earliest.location)];
  },
};

const required = reporter('PAYER_REQUIRED_FIELD');
export const payerRequiredFieldsRule: ScrubRule = {
  code: 'PAYER_REQUIRED_FIELD',
  description: "Fields the payer's companion guide requires beyond the implementation guide",
  kinds: ALL_KINDS,
  check(doc, { payer, kind }) {
    if (!payer) return [];
    const findings: ScrubFinding[] = [];
    for (const rule of payer.requiredFields.filter((r) => appliesTo(r, kind))) {
      for (const place of resolvePath(doc, rule.path)) {
        if (!isPresent(place.value)) findings.push(required.error(place.path, `is required by ${payer.name}${because(rule)}`));
      }
    }
    return findings;
  },
};

const forbidden = reporter('PAYER_FORBIDDEN_FIELD');
export const payerForbiddenFieldsRule: ScrubRule = {
  code: 'PAYER_FORBIDDEN_FIELD',
  description: "Fields the payer's companion guide says not to send",
  kinds: ALL_KINDS,
  check(doc, { payer, kind }) {
    if (!payer) return [];
    const findings: ScrubFinding[] = [];
    for (const rule of payer.forbiddenFields.filter((r) => appliesTo(r, kind))) {
      for (const place of resolvePath(doc, rule.path)) {
        if (isPresent(place.value)) findings.push(forbidden.error(place.path, `must not be sent to ${payer.name}${because(rule)}`));
      }
    }
    return findings;
  },
};

