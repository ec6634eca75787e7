// Payer companion-guide quirks as data: one YAML file per payer (or group of payer ids) in
// config/payers, plus `_default.yaml` for payers without a file. Each file is validated strictly
// when the gateway starts; any problem stops start-up naming the file and the field.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { CLAIM_KINDS, type ClaimKind } from '../../x12/claim-json/claim-document';

export const PAYER_RULES_DIR_ENV = 'PAYER_RULES_DIR';

/** 2010AB pay-to address loop: may be sent, must not be sent, or must be sent. */
export const PAY_TO_LOOP_POLICIES = ['allowed', 'forbidden', 'required'] as const;
export type PayToLoopPolicy = (typeof PAY_TO_LOOP_POLICIES)[number];

export interface FieldRule {
  /** JSON path in the claim; `[*]` stands for every item of an array (`claimInformation.serviceLines[*].renderingProvider`). */
  path: string;
  /** The claim kinds it applies to; all when the file does not say. */
  kinds: readonly ClaimKind[];
  /** Why the payer wants it (from the companion guide); shown in the finding's message. */
  reason: string | null;
}

export type PerKind<T> = Readonly<Record<ClaimKind, T>>;

export interface PayerRules {
  /** The file the rules came from, e.g. `config/payers/99999.yaml`. */
  source: string;
  /** Payer ids (2010BB NM109, `tradingPartnerServiceId`) this file covers; empty for the default. */
  payerIds: readonly string[];
  name: string;
  /** Claim kinds the payer takes (837P / 837I / 837D). */
  claimKinds: readonly ClaimKind[];
  /** Most service lines per claim the payer accepts, per kind (null: the guide's own limit). */
  maxServiceLines: PerKind<number | null>;
  /** Most diagnosis codes per claim, per kind (null: the guide's own limit). */
  maxDiagnosisCodes: PerKind<number | null>;
  /** Most characters of CLM01 the payer keeps (null: the gateway's 20). */
  maxPatientControlNumberLength: number | null;
  /** 2010AB pay-to address: allowed, forbidden or required. */
  payToLoop: PayToLoopPolicy;
  /** Frequency 7/8 need the payer claim control number (REF*F8); Original Medicare does not use it. */
  replacementRequiresOriginalReference: boolean;
  /** SBR09 claim filing indicator codes the payer accepts (null: any). */
  claimFilingCodes: readonly string[] | null;
  /** Days after the (earliest) date of service the payer still accepts a claim; a warning (null: not checked). */
  timelyFilingDays: number | null;
  /** Fields the payer requires beyond the guide. */
  requiredFields: readonly FieldRule[];
  /** Fields the payer does not want sent. */
  forbiddenFields: readonly FieldRule[];
}

export interface PayerRulesRegistry {
  /** Rules of `_default.yaml`, used for payers without a file; null when there is none. */
  readonly default: PayerRules | null;
  /** Every file's rules, in file-name order (the default included). */
  readonly all: readonly PayerRules[];
  /** The rules for a payer id: its file, else the default, else null. */
  forPayer(payerId: string | undefined): PayerRules | null;
}

export interface PayerRulesProblem {
  file: string;
  field: string;
  message: string;
}

export class PayerRulesError extends Error {
  constructor(readonly problems: readonly PayerRulesProblem[]) {
    super(`invalid payer rules:\n${problems.map((p) => `  - ${p.file}: ${p.field ? `${p.field} ` : ''}${p.message}`).join('\n')}`);
    this.name = 'PayerRulesError';
  }
}

export const DEFAULT_FILE = /^_default\.ya?ml$/i;

/**
 * Where payer rules live: `PAYER_RULES_DIR` (relative to cwd), else `<cwd>/config/payers`, else the
 * directory shipped with the gateway (so `npx x12gw serve` in an empty folder still has defaults).
 */
export function payerRulesDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const configured = env[PAYER_RULES_DIR_ENV]?.trim();
  if (configured) return path.resolve(cwd, configured);
  const local = path.resolve(cwd, 'config', 'payers');
  if (fs.existsSync(local)) return local;
  return shippedDir() ?? local;
}

/** `config/payers` of the installed gateway: the nearest ancestor with our package.json. */
function shippedDir(): string | null {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'x12-gateway') {
          const candidate = path.join(dir, 'config', 'payers');
          return fs.existsSync(candidate) ? candidate : null;
        }
      } catch {
        /* not ours; keep climbing */
      }
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** Reads and validates every `*.yaml` / `*.yml` of `dir` (not subfolders). Throws PayerRulesError. */
export function loadPayerRules(dir: string): PayerRulesRegistry {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new PayerRulesError([{ file: dir, field: '', message: `is not a directory; put payer rules (*.yaml, at least _default.yaml) there or set ${PAYER_RULES_DIR_ENV}` }]);
  }
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  const problems: PayerRulesProblem[] = [];
  const all: PayerRules[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const source = path.relative(process.cwd(), file) || file;
    let doc: unknown;
    try {
      // CORE_SCHEMA: no timestamps or other implicit types beyond what JSON has.
      doc = yaml.load(fs.readFileSync(file, 'utf8'), { filename: file, schema: yaml.CORE_SCHEMA });
    } catch (err) {
      if (!(err instanceof yaml.YAMLException)) throw err;
      const where = err.mark ? ` (line ${err.mark.line + 1}, column ${err.mark.column + 1})` : '';
      problems.push({ file: source, field: '', message: `is not valid YAML${where}: ${err.reason}` });
      continue;
    }
    const parsed = parsePayerRules(doc, source, DEFAULT_FILE.test(name));
    if (parsed.ok) all.push(parsed.rules);
    else problems.push(...parsed.problems);
  }
  if (problems.length === 0) problems.push(...checkRuleSet(all));
  if (problems.length > 0) throw new PayerRulesError(problems);
  return registryOf(all);
}

export function registryOf(all: readonly PayerRules[]): PayerRulesRegistry {
  const byId = new Map<string, PayerRules>();
  let fallback: PayerRules | null = null;
  for (const rules of all) {
    if (rules.payerIds.length === 0) fallback = rules;
    for (const id of rules.payerIds) byId.set(id, rules);
  }
  return {
    default: fallback,
    all,
    forPayer: (payerId) => (payerId !== undefined && byId.get(payerId)) || fallback,
  };
}

/** Rules across files: a payer id belongs to one file only. */
function checkRuleSet(all: readonly PayerRules[]): PayerRulesProblem[] {
  const owner = new Map<string, string>();
  const problems: PayerRulesProblem[] = [];
  for (const rules of all) {
    rules.payerIds.forEach((id, i) => {
      const other = owner.get(id);
      if (other) problems.push({ file: rules.source, field: `payerIds[${i}]`, message: `payer id "${id}" is already listed in ${other}` });
      else owner.set(id, rules.source);
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// One file
// ---------------------------------------------------------------------------------------------

const KEYS = [
  'payerIds',
  'name',
  'claimKinds',
  'maxServiceLines',
  'maxDiagnosisCodes',
  'maxPatientControlNumberLength',
  'payToLoop',
  'replacementRequiresOriginalReference',
  'claimFilingCodes',
  'timelyFilingDays',
  'requiredFields',
  'forbiddenFields',
] as const;

/** SBR09 claim filing indicator codes (code-lists.md §8). */
const CLAIM_FILING_CODES = ['11', '12', '13', '14', '15', '16', '17', 'AM', 'BL', 'CH', 'CI', 'DS', 'FI', 'HM', 'LM', 'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ'];

/** Top-level members of the claim documents, so a typo in a field path fails at start-up, not on every claim. */
const CLAIM_ROOTS = new Set([
  'controlNumber', 'tradingPartnerServiceId', 'tradingPartnerName', 'tradingPartnerSecondaryIdentifiers', 'usageIndicator',
  'claimIdentifier', 'submitter', 'receiver', 'subscriber', 'dependent', 'billing', 'rendering', 'referring', 'supervising',
  'ordering', 'attending', 'operatingPhysician', 'otherOperatingPhysician', 'assistantSurgeon', 'payToAddress', 'payToPlan',
  'billingPayToAddressName', 'billingPayToPlanName', 'payerAddress', 'claimInformation',
]);

/** `a.b[0].c[*].d`: names of letters/digits, each optionally followed by `[n]` or `[*]` indices. */
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9]*(\[(\d+|\*)\])*(\.[A-Za-z][A-Za-z0-9]*(\[(\d+|\*)\])*)*$/;
const PAYER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

const isClaimKindItem = (kind: string): string | null => ((CLAIM_KINDS as readonly string[]).includes(kind) ? null : `must be one of ${CLAIM_KINDS.join(', ')}`);

type Parsed = { ok: true; rules: PayerRules } | { ok: false; problems: PayerRulesProblem[] };

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Validates one parsed YAML document. `isDefault`: the `_default.yaml` file, which lists no payer ids. */
export function parsePayerRules(doc: unknown, source: string, isDefault: boolean): Parsed {
  const problems: PayerRulesProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file: source, field, message });
  if (!isMapping(doc)) {
    problem('', doc === undefined || doc === null ? 'is empty; expected a mapping with at least name (and payerIds)' : 'must be a mapping of rule names to values');
    return { ok: false, problems };
  }
  for (const key of Object.keys(doc)) {
    if (!(KEYS as readonly string[]).includes(key)) problem(key, `is not a payer rule; expected one of ${KEYS.join(', ')}`);
  }

  const payerIds = stringList(doc.payerIds, 'payerIds', problem, (id) => (PAYER_ID.test(id) ? null : 'must be a payer id: 1–80 letters, digits, dot, dash or underscore'));
  if (isDefault && payerIds && payerIds.length > 0) problem('payerIds', 'must not be set in the default file: it applies to every payer without a file of its own');
  if (!isDefault && (payerIds === null || payerIds.length === 0)) problem('payerIds', 'is required: the payer ids (tradingPartnerServiceId) this file applies to, as quoted strings');

  const name = doc.name;
  if (typeof name !== 'string' || name.trim() === '') problem('name', 'is required: the payer name, for messages');

  const claimKinds = doc.claimKinds === undefined ? CLAIM_KINDS : stringList(doc.claimKinds, 'claimKinds', problem, isClaimKindItem);
  if (claimKinds && claimKinds.length === 0) problem('claimKinds', 'must list at least one claim kind');

  const maxServiceLines = perKindInteger(doc.maxServiceLines, 'maxServiceLines', 1, 999, problem);
  const maxDiagnosisCodes = perKindInteger(doc.maxDiagnosisCodes, 'maxDiagnosisCodes', 1, 25, problem);
  const maxPcn = optionalInteger(doc.maxPatientControlNumberLength, 'maxPatientControlNumberLength', 1, 38, problem);

  let payToLoop: PayToLoopPolicy = 'allowed';
  if (doc.payToLoop !== undefined) {
    if (typeof doc.payToLoop === 'string' && (PAY_TO_LOOP_POLICIES as readonly string[]).includes(doc.payToLoop)) payToLoop = doc.payToLoop as PayToLoopPolicy;
    else problem('payToLoop', `must be one of ${PAY_TO_LOOP_POLICIES.join(', ')}`);
  }

  let replacementRequiresOriginalReference = true;
  if (doc.replacementRequiresOriginalReference !== undefined) {
    if (typeof doc.replacementRequiresOriginalReference === 'boolean') replacementRequiresOriginalReference = doc.replacementRequiresOriginalReference;
    else problem('replacementRequiresOriginalReference', 'must be true or false');
  }

  const claimFilingCodes =
    doc.claimFilingCodes === undefined ? null : stringList(doc.claimFilingCodes, 'claimFilingCodes', problem, (c) => (CLAIM_FILING_CODES.includes(c) ? null : `must be a claim filing indicator code (SBR09): ${CLAIM_FILING_CODES.join(', ')}`));
  if (claimFilingCodes && claimFilingCodes.length === 0) problem('claimFilingCodes', 'must list at least one code, or be left out to accept any');

  const timelyFilingDays = optionalInteger(doc.timelyFilingDays, 'timelyFilingDays', 1, 3650, problem);
  const requiredFields = fieldRules(doc.requiredFields, 'requiredFields', problem);
  const forbiddenFields = fieldRules(doc.forbiddenFields, 'forbiddenFields', problem);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    rules: {
      source,
      payerIds: payerIds ?? [],
      name: (name as string).trim(),
      claimKinds: claimKinds as ClaimKind[],
      maxServiceLines,
      maxDiagnosisCodes,
      maxPatientControlNumberLength: maxPcn,
      payToLoop,
      replacementRequiresOriginalReference,
      claimFilingCodes,
      timelyFilingDays,
      requiredFields,
      forbiddenFields,
    },
  };
}

type Report = (field: string, message: string) => void;


/** A list of strings; numbers are refused rather than converted, so `00123` cannot lose its zeros. */
function stringList(value: unknown, field: string, problem: Report, check: (item: string) => string | null): string[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) {
    problem(field, 'must be a list');
    return null;
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    const itemField = `${field}[${i}]`;
    if (typeof item !== 'string') {
      problem(itemField, typeof item === 'number' ? 'must be a quoted string (a bare number loses leading zeros)' : 'must be a string');
      return;
    }
    const message = check(item);
    if (message) problem(itemField, message);
    else if (out.includes(item)) problem(itemField, 'is listed twice');
    else out.push(item);
  });
  return out;
}

function optionalInteger(value: unknown, field: string, min: number, max: number, problem: Report): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    problem(field, `must be an integer from ${min} to ${max}`);
    return null;
  }
  return value;
}

/** An integer for every kind, or a mapping of kinds to integers (kinds left out are not limited). */
function perKindInteger(value: unknown, field: string, min: number, max: number, problem: Report): PerKind<number | null> {
  const out: Record<ClaimKind, number | null> = { professional: null, institutional: null, dental: null };
  if (value === undefined || value === null) return out;
  if (isMapping(value)) {
    for (const [kind, limit] of Object.entries(value)) {
      if (!(CLAIM_KINDS as readonly string[]).includes(kind)) problem(`${field}.${kind}`, `is not a claim kind; expected ${CLAIM_KINDS.join(', ')}`);
      else out[kind as ClaimKind] = optionalInteger(limit, `${field}.${kind}`, min, max, problem);
    }
    return out;
  }
  if (typeof value !== 'number') {
    problem(field, `must be an integer from ${min} to ${max}, or a mapping of claim kinds (${CLAIM_KINDS.join(', ')}) to integers`);
    return out;
  }
  const limit = optionalInteger(value, field, min, max, problem);
  for (const kind of CLAIM_KINDS) out[kind] = limit;
  return out;
}

/** `- path` or `- { path, kinds?, reason? }` items. */
function fieldRules(value: unknown, field: string, problem: Report): FieldRule[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problem(field, 'must be a list of JSON paths, or of { path, kinds, reason }');
    return [];
  }
  const out: FieldRule[] = [];
  value.forEach((item, i) => {
    const itemField = `${field}[${i}]`;
    const entry = typeof item === 'string' ? { path: item } : item;
    if (!isMapping(entry)) {
      problem(itemField, 'must be a JSON path, or a mapping with path, kinds and reason');
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!['path', 'kinds', 'reason'].includes(key)) problem(`${itemField}.${key}`, 'is not allowed; expected path, kinds or reason');
    }
    const pathField = typeof item === 'string' ? itemField : `${itemField}.path`;
    const p = entry.path;
    if (typeof p !== 'string' || !FIELD_PATH.test(p)) {
      problem(pathField, 'must be a JSON path such as claimInformation.claimSupplementalInformation.priorAuthorizationNumber ([*] for every item of a list)');
      return;
    }
    const root = p.split(/[.[]/)[0];
    if (!CLAIM_ROOTS.has(root)) {
      problem(pathField, `starts with "${root}", which is not a member of a claim`);
      return;
    }
    const kinds = entry.kinds === undefined ? CLAIM_KINDS : stringList(entry.kinds, `${itemField}.kinds`, problem, isClaimKindItem);
    if (entry.reason !== undefined && typeof entry.reason !== 'string') problem(`${itemField}.reason`, 'must be a string');
    if (kinds && kinds.length === 0) problem(`${itemField}.kinds`, 'must list at least one claim kind');
    out.push({ path: p, kinds: (kinds ?? []) as ClaimKind[], reason: typeof entry.reason === 'string' ? entry.reason.trim() || null : null });
  });
  return out;
}
