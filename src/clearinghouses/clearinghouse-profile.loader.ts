// Reads the clearinghouse profiles from `*.yaml` / `*.yml` files of one directory (subfolders such
// as `examples/` are not read) and checks them together: unique ids, at most one fallback ('*'),
// no payer routed to two clearinghouses. Any problem stops start-up with the file and field named.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { ClearinghouseProfileError, parseClearinghouseProfile, type ClearinghouseProfile } from './clearinghouse-profile';

export const CLEARINGHOUSES_DIR_ENV = 'CLEARINGHOUSES_DIR';

/**
 * Where profiles live: `CLEARINGHOUSES_DIR` (must exist), else `<cwd>/config/clearinghouses`, else
 * the directory shipped with the gateway (so `npx x12gw serve` in an empty folder still has the
 * sandbox clearinghouse).
 */
export function clearinghousesDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const configured = env[CLEARINGHOUSES_DIR_ENV]?.trim();
  if (configured) return path.resolve(cwd, configured);
  const local = path.resolve(cwd, 'config', 'clearinghouses');
  if (fs.existsSync(local)) return local;
  const shipped = shippedDir();
  return shipped ?? local;
}

/** `config/clearinghouses` of the installed gateway: the nearest ancestor with our package.json. */
function shippedDir(): string | null {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'x12-gateway') {
          const candidate = path.join(dir, 'config', 'clearinghouses');
          return fs.existsSync(candidate) ? candidate : null;
        }
      } catch {
        /* not ours; keep climbing */
      }
    }
    if (path.dirname(dir) === dir) return null;
  }
}

export function loadClearinghouseProfile(file: string, env: NodeJS.ProcessEnv = process.env): ClearinghouseProfile {
  let doc: unknown;
  try {
    // CORE_SCHEMA: no timestamps or other implicit types beyond what JSON has.
    doc = yaml.load(fs.readFileSync(file, 'utf8'), { filename: file, schema: yaml.CORE_SCHEMA });
  } catch (err) {
    if (err instanceof yaml.YAMLException) {
      const where = err.mark ? `line ${err.mark.line + 1}, column ${err.mark.column + 1}` : '';
      throw new ClearinghouseProfileError(file, [{ field: '', message: `is not valid YAML${where ? ` (${where})` : ''}: ${err.reason}` }]);
    }
    throw err;
  }
  return parseClearinghouseProfile(doc, file, env);
}

/** Loads every profile of `dir`, in file-name order, and checks them as a set. */
export function loadClearinghouseProfiles(dir: string): ClearinghouseProfile[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new ClearinghouseProfileError(dir, [{ field: '', message: `is not a directory; put clearinghouse profiles (*.yaml) there or set ${CLEARINGHOUSES_DIR_ENV}` }]);
  }
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name) && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
  const profiles = files.map((file) => loadClearinghouseProfile(file));
  checkProfileSet(profiles, dir);
  return profiles;
}

/** Rules that span files. Throws naming the file that breaks the rule and the one it clashes with. */
export function checkProfileSet(profiles: readonly ClearinghouseProfile[], dir: string): void {
  if (profiles.length === 0) {
    throw new ClearinghouseProfileError(dir, [{ field: '', message: 'holds no clearinghouse profile (*.yaml); the sandbox profile config/clearinghouses/sandbox.yaml is the usual start' }]);
  }
  const byId = new Map<string, ClearinghouseProfile>();
  const byPayer = new Map<string, ClearinghouseProfile>();
  let fallback: ClearinghouseProfile | undefined;
  for (const p of profiles) {
    const same = byId.get(p.id);
    if (same) throw new ClearinghouseProfileError(p.source, [{ field: 'id', message: `"${p.id}" is already used by ${same.source}` }]);
    byId.set(p.id, p);
    if (p.payers === '*') {
      if (fallback) throw new ClearinghouseProfileError(p.source, [{ field: 'payers', message: `'*' is already claimed by ${fallback.source}; only one clearinghouse can be the fallback` }]);
      fallback = p;
      continue;
    }
    for (const [i, payer] of p.payers.entries()) {
      const other = byPayer.get(payer);
      if (other) throw new ClearinghouseProfileError(p.source, [{ field: `payers[${i}]`, message: `payer "${payer}" is already routed to ${other.id} (${other.source})` }]);
      byPayer.set(payer, p);
    }
  }
}
