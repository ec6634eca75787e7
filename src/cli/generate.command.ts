// `x12gw generate --input FILE --type 837P|837I|837D`: claims JSON (an array, one object, or
// NDJSON, in the intake shape) → one 837 interchange, without a database. Each claim goes through
// intake validation, the mapper, line-control-number assignment and the scrub edits; any error is
// printed as JSON lines `{index, path, code, message}` on stderr with exit 1 (never a stack trace).
// Control numbers are 1/1/1…n and the parties are the sandbox's unless --sender-id/--receiver-id.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { validateClaimBody } from '../claims/claim-validation';
import { toClaimDocument } from '../claims/claim.mapper';
import { assignLineControlNumbers } from '../claims/line-control-numbers';
import { hasErrors, loadPayerRules, payerRulesDir, scrubClaim, type PayerRulesRegistry } from '../claims/scrub';
import type { ClaimDocument, ClaimKind } from '../x12/claim-json/claim-document';
import { isX12Error } from '../x12/core/errors';
import { Render837Error, render837, type InterchangeParties } from '../x12/837/render';
import { CliExit, type Io, type RegisterCommands } from './cli-context';

/** `--type` → claim kind. */
export const GENERATE_TYPES: Readonly<Record<string, ClaimKind>> = { '837P': 'professional', '837I': 'institutional', '837D': 'dental' };

/** Codes of the problems `generate` reports itself (the others are intake, scrub and X12 codes). */
export const GenerateErrorCode = {
  FILE_NOT_READABLE: 'FILE_NOT_READABLE',
  INVALID_JSON: 'INVALID_JSON',
  NO_CLAIMS: 'NO_CLAIMS',
  USAGE_MISMATCH: 'USAGE_MISMATCH',
  PAYER_RULES_INVALID: 'PAYER_RULES_INVALID',
} as const;

/** One problem, printed as a JSON line on stderr. `index` is the claim's position in the input (null: the file). */
export interface GenerateError {
  index: number | null;
  path: string;
  code: string;
  message: string;
}

/** The built-in sandbox clearinghouse's parties (config/clearinghouses/sandbox.yaml). */
export const SANDBOX_PARTIES: InterchangeParties = {
  senderQualifier: 'ZZ',
  senderId: 'X12GW',
  receiverQualifier: 'ZZ',
  receiverId: 'X12GWSANDBOX',
  gsSenderId: 'X12GW',
  gsReceiverId: 'X12GWSANDBOX',
  usage: 'T',
  submitter: { name: 'X12GW SUBMITTER', id: 'X12GW', contactName: 'EDI DESK', phone: '8005550100', email: 'edi@example.com' },
  receiver: { name: 'X12GW SANDBOX CLEARINGHOUSE', id: 'X12GWSANDBOX' },
};

/** The 837 TR3 ceiling of claims per transaction set. */
const CLAIMS_PER_TRANSACTION = 5000;

export interface GenerateOptions {
  input: string;
  type: string;
  out?: string;
  usage?: string;
  senderId?: string;
  receiverId?: string;
  /** `CCYYMMDDHHMM`, for reproducible output; default now (UTC). */
  createdAt?: string;
  lineBreak?: boolean;
}

class GenerateFailed extends Error {
  constructor(readonly errors: GenerateError[]) {
    super('generate failed');
  }
}

/** JSON array, a single object, or NDJSON (one claim per line) → bodies. */
export function readClaimBodies(text: string): unknown[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new GenerateFailed([{ index: null, path: '', code: GenerateErrorCode.NO_CLAIMS, message: 'the input holds no claims' }]);
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      /* reported below */
    }
    throw new GenerateFailed([{ index: null, path: '', code: GenerateErrorCode.INVALID_JSON, message: 'the input is not a JSON array of claims' }]);
  }
  try {
    return [JSON.parse(trimmed) as unknown];
  } catch {
    /* not one object: NDJSON */
  }
  const bodies: unknown[] = [];
  const errors: GenerateError[] = [];
  for (const line of trimmed.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    try {
      bodies.push(JSON.parse(line) as unknown);
    } catch {
      errors.push({ index: bodies.length + errors.length, path: '', code: GenerateErrorCode.INVALID_JSON, message: 'this NDJSON line is not a JSON object' });
    }
  }
  if (errors.length > 0) throw new GenerateFailed(errors);
  return bodies;
}

/** `CCYYMMDDHHMM` (or now, UTC) → render837's createdAt. */
function createdAt(value: string | undefined): { date: string; time: string } {
  if (value !== undefined) {
    if (!/^\d{12}$/.test(value)) throw new CliExit(64, 'x12gw generate: --created-at must be CCYYMMDDHHMM');
    return { date: value.slice(0, 8), time: value.slice(8) };
  }
  const iso = new Date().toISOString();
  return { date: iso.slice(0, 10).replace(/-/g, ''), time: iso.slice(11, 16).replace(':', '') };
}

/** Transaction sets: consecutive claims with the same BHT06, at most 5000 per set. */
function transactionsOf(docs: ClaimDocument[]): ClaimDocument[][] {
  const out: ClaimDocument[][] = [];
  for (const doc of docs) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length < CLAIMS_PER_TRANSACTION && last[0].claimIdentifier === doc.claimIdentifier) last.push(doc);
    else out.push([doc]);
  }
  return out;
}

/**
 * The whole command without the CLI around it: returns the 837 text and the file it was written
 * to (if any), or throws GenerateFailed with every problem found.
 */
export function generate(options: GenerateOptions, env: NodeJS.ProcessEnv, cwd: string, readFile: (file: string) => string = (f) => fs.readFileSync(f, 'utf8')): { text: string; file?: string; claims: number } {
  const kind = GENERATE_TYPES[options.type.toUpperCase()];
  if (kind === undefined) throw new CliExit(64, `x12gw generate: --type must be one of ${Object.keys(GENERATE_TYPES).join(', ')}`);
  if (options.usage !== undefined && options.usage !== 'T' && options.usage !== 'P') throw new CliExit(64, 'x12gw generate: --usage must be T or P');

  let text: string;
  try {
    text = readFile(path.resolve(cwd, options.input));
  } catch {
    throw new GenerateFailed([{ index: null, path: '', code: GenerateErrorCode.FILE_NOT_READABLE, message: 'the input file cannot be read' }]);
  }
  const bodies = readClaimBodies(text);

  let payers: PayerRulesRegistry;
  try {
    payers = loadPayerRules(payerRulesDir(env, cwd));
  } catch (err) {
    throw new GenerateFailed([{ index: null, path: '', code: GenerateErrorCode.PAYER_RULES_INVALID, message: err instanceof Error ? err.message : 'payer rules cannot be loaded' }]);
  }
  const today = new Date().toISOString().slice(0, 10);

  const errors: GenerateError[] = [];
  const docs: ClaimDocument[] = [];
  bodies.forEach((body, index) => {
    const result = validateClaimBody(kind, body);
    if (!result.ok) {
      for (const e of result.errors) errors.push({ index, path: e.path, code: e.code, message: e.message });
      return;
    }
    const doc = toClaimDocument(kind, result.value);
    assignLineControlNumbers(kind, doc, doc.claimInformation.patientControlNumber);
    const payerId = doc.tradingPartnerServiceId;
    const findings = scrubClaim(kind, doc, { today, payer: payers.forPayer(payerId) });
    if (hasErrors(findings)) {
      for (const f of findings) if (f.severity === 'error') errors.push({ index, path: f.path, code: f.code, message: f.message });
      return;
    }
    docs.push(doc);
  });
  if (errors.length > 0) throw new GenerateFailed(errors);

  const usage = (options.usage ?? docs[0].usageIndicator) as 'T' | 'P';
  docs.forEach((doc, index) => {
    if (doc.usageIndicator !== usage) {
      errors.push({ index, path: 'usageIndicator', code: GenerateErrorCode.USAGE_MISMATCH, message: `must be ${usage} like the interchange (ISA15); test and production claims never share a file` });
    }
  });
  if (errors.length > 0) throw new GenerateFailed(errors);

  const transactions = transactionsOf(docs);
  const parties: InterchangeParties = {
    ...SANDBOX_PARTIES,
    usage,
    ...(options.senderId ? { senderId: options.senderId, gsSenderId: options.senderId, submitter: { ...SANDBOX_PARTIES.submitter, id: options.senderId } } : {}),
    ...(options.receiverId ? { receiverId: options.receiverId, gsReceiverId: options.receiverId, receiver: { ...SANDBOX_PARTIES.receiver, id: options.receiverId } } : {}),
  };
  let rendered;
  try {
    rendered = render837({
      kind,
      parties,
      controlNumbers: { isa13: 1, gs06: 1, st02: transactions.map((_, i) => i + 1) },
      createdAt: createdAt(options.createdAt),
      transactions,
      lineBreak: options.lineBreak,
    });
  } catch (err) {
    if (err instanceof Render837Error) {
      throw new GenerateFailed([{ index: err.claimIndex >= 0 ? err.claimIndex : null, path: err.path.replace(/^transactions\[\d+\]\[\d+\]\.?/, ''), code: err.code, message: err.message }]);
    }
    if (isX12Error(err)) throw new GenerateFailed([{ index: null, path: '', code: err.code, message: err.message }]);
    throw err;
  }

  if (options.out === undefined) return { text: rendered.text, claims: docs.length };
  const dir = path.resolve(cwd, options.out);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${String(1).padStart(9, '0')}.837`);
  fs.writeFileSync(file, rendered.text);
  return { text: rendered.text, file, claims: docs.length };
}

export const registerGenerateCommands: RegisterCommands = (program: Command, ctx) => {
  program
    .command('generate')
    .description('turn claims JSON (array, object or NDJSON, intake shape) into one 837P/837I/837D interchange')
    .requiredOption('--input <file>', 'claims JSON file')
    .requiredOption('--type <type>', '837P, 837I or 837D')
    .option('--out <dir>', 'write <dir>/<ISA13>.837 instead of printing the 837')
    .option('--usage <T|P>', 'ISA15 usage indicator (default: the claims\' usageIndicator)')
    .option('--sender-id <id>', 'ISA06/GS02/1000A NM109 (default: the sandbox\'s)')
    .option('--receiver-id <id>', 'ISA08/GS03/1000B NM109 (default: the sandbox\'s)')
    .option('--created-at <CCYYMMDDHHMM>', 'creation date and time (default: now, UTC), for reproducible output')
    .option('--line-break', 'a newline after each segment terminator')
    .action((opts: GenerateOptions) => {
      runGenerate(opts, ctx.io, ctx.env, process.cwd());
    });
};

/** Run `generate` and print its result or its errors; a failure throws CliExit(1) after the JSON lines. */
export function runGenerate(opts: GenerateOptions, io: Io, env: NodeJS.ProcessEnv, cwd: string): void {
  try {
    const result = generate(opts, env, cwd);
    if (result.file !== undefined) io.out(`wrote ${result.file} (${result.claims} claim${result.claims === 1 ? '' : 's'}, ${result.text.length} bytes)`);
    else io.out(result.text);
  } catch (err) {
    if (err instanceof GenerateFailed) {
      for (const e of err.errors) io.err(JSON.stringify(e));
      throw new CliExit(1, '');
    }
    throw err;
  }
}
