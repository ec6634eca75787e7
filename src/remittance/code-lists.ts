// CARC and RARC descriptions from dated data files (config/code-lists/carc.json and rarc.json), so
// the lists can be updated without a code change (code-lists.md: these lists change several times a
// year). Loaded once at start-up; an unknown code has no description (null), never an error.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CODE_LISTS_DIR_ENV = 'CODE_LISTS_DIR';

export interface CodeList {
  /** YYYY-MM-DD: the date the list was taken; null when no file was found. */
  asOf: string | null;
  source: string | null;
  codes: ReadonlyMap<string, string>;
}

export class CodeListError extends Error {
  constructor(file: string, problem: string) {
    super(`code list ${file}: ${problem}`);
    this.name = 'CodeListError';
  }
}

const EMPTY: CodeList = { asOf: null, source: null, codes: new Map() };

/** Checks the shape `{ asOf: "YYYY-MM-DD", source: string, codes: { code: description } }`. */
export function parseCodeList(text: string, file: string): CodeList {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new CodeListError(file, `not valid JSON (${(err as Error).message})`);
  }
  const { asOf, source, codes } = (doc ?? {}) as { asOf?: unknown; source?: unknown; codes?: unknown };
  if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CodeListError(file, 'asOf must be a date YYYY-MM-DD');
  if (typeof source !== 'string' || source.trim() === '') throw new CodeListError(file, 'source must name where the list comes from');
  if (codes === null || typeof codes !== 'object' || Array.isArray(codes)) throw new CodeListError(file, 'codes must be an object of code → description');
  const map = new Map<string, string>();
  for (const [code, description] of Object.entries(codes)) {
    if (typeof description !== 'string' || description.trim() === '') throw new CodeListError(file, `code ${code} has no description`);
    map.set(code.trim().toUpperCase(), description);
  }
  return { asOf, source, codes: map };
}

/** `CODE_LISTS_DIR` (must exist), else `<cwd>/config/code-lists`, else the directory shipped with the gateway; null when none. */
export function codeListsDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string | null {
  const configured = env[CODE_LISTS_DIR_ENV]?.trim();
  if (configured) {
    const dir = path.resolve(cwd, configured);
    if (!fs.existsSync(dir)) throw new CodeListError(dir, `${CODE_LISTS_DIR_ENV} names a directory that does not exist`);
    return dir;
  }
  const local = path.resolve(cwd, 'config', 'code-lists');
  if (fs.existsSync(local)) return local;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'config', 'code-lists');
    if (fs.existsSync(path.join(dir, 'package.json'))) return fs.existsSync(candidate) ? candidate : null;
    if (path.dirname(dir) === dir) return null;
  }
}

function loadList(dir: string | null, name: string): CodeList {
  if (dir === null) return EMPTY;
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return EMPTY;
  return parseCodeList(fs.readFileSync(file, 'utf8'), file);
}

export class CodeLists {
  constructor(
    readonly carc: CodeList,
    readonly rarc: CodeList,
  ) {}

  /** Reads carc.json and rarc.json of the directory (a missing file is an empty list; a broken one throws). */
  static load(dir: string | null = codeListsDir()): CodeLists {
    return new CodeLists(loadList(dir, 'carc.json'), loadList(dir, 'rarc.json'));
  }

  /** The description of a claim adjustment reason code (CAS02/05/…), or null when unknown. */
  carcDescription(code: unknown): string | null {
    return typeof code === 'string' ? (this.carc.codes.get(code.trim().toUpperCase()) ?? null) : null;
  }

  /** The description of a remittance advice remark code (LQ*HE, MOA, MIA), or null when unknown. */
  rarcDescription(code: unknown): string | null {
    return typeof code === 'string' ? (this.rarc.codes.get(code.trim().toUpperCase()) ?? null) : null;
  }

  /** A stored CAS adjustment with the description of its reason next to the code. */
  describeAdjustment(a: unknown): Record<string, unknown> {
    const adj = (a ?? {}) as { group?: unknown; reason?: unknown; amount?: unknown; quantity?: unknown };
    return { group: adj.group ?? null, reason: adj.reason ?? null, description: this.carcDescription(adj.reason), amount: adj.amount ?? null, quantity: adj.quantity ?? null };
  }

  /** A stored remark code as `{ code, description }`. */
  describeRemark(code: unknown): { code: unknown; description: string | null } {
    return { code, description: this.rarcDescription(code) };
  }
}
