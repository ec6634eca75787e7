// Strict validation of a clearinghouse profile's `transport:` mapping for the `sftp` and `folder`
// adapters (`sandbox` takes none). Every problem names its field (`transport.port`), so an operator
// fixes a profile in one pass. Secrets are never read from the profile: it names environment
// variables, and this module only checks that they are set.
import { TransportError, TransportErrorCode } from './transport.errors';
import type { FileNameVars } from './clearinghouse-transport.port';

export type AcknowledgeMode = 'archive' | 'delete';

export type SftpAuthSettings =
  | { method: 'password'; passwordEnv: string }
  | { method: 'privateKey'; privateKeyPathEnv: string; passphraseEnv?: string };

export interface SftpTransportSettings {
  adapter: 'sftp';
  host: string;
  port: number;
  username: string;
  auth: SftpAuthSettings;
  /** `SHA256:<base64>` as `ssh-keygen -lf` prints it; given inline or through `hostKeySha256Env`. */
  hostKeySha256: string;
  outboundDir: string;
  inboundDir: string;
  /** Where acknowledged inbound files go; null when `acknowledge: delete`. */
  archiveDir: string | null;
  fileNamePattern: string;
  acknowledge: AcknowledgeMode;
  connectTimeoutMs: number;
  /** The longest an operation may take; for a download, the longest it may go without receiving data. */
  operationTimeoutMs: number;
}

export interface FolderTransportSettings {
  adapter: 'folder';
  outbox: string;
  inbox: string;
  archive: string | null;
  fileNamePattern: string;
  acknowledge: AcknowledgeMode;
}

export type TransportSettings = SftpTransportSettings | FolderTransportSettings | { adapter: 'sandbox' };

export interface TransportSettingsProblem {
  /** Dotted path from the profile root, e.g. `transport.hostKeySha256`. */
  field: string;
  message: string;
}

export class TransportSettingsError extends Error {
  readonly code = 'TRANSPORT_SETTINGS_INVALID';
  constructor(readonly problems: TransportSettingsProblem[]) {
    super(`invalid transport settings:\n${problems.map((p) => `  - ${p.field}: ${p.message}`).join('\n')}`);
    this.name = 'TransportSettingsError';
  }
}

export const DEFAULT_FILE_NAME_PATTERN = '{name}';
export const DEFAULT_CONNECT_TIMEOUT_SECONDS = 20;
export const DEFAULT_OPERATION_TIMEOUT_SECONDS = 120;

const SFTP_FIELDS = [
  'host', 'port', 'username', 'passwordEnv', 'privateKeyPathEnv', 'privateKeyPassphraseEnv', 'hostKeySha256', 'hostKeySha256Env',
  'outboundDir', 'inboundDir', 'archiveDir', 'fileNamePattern', 'acknowledge', 'connectTimeoutSeconds', 'operationTimeoutSeconds',
] as const;
const FOLDER_FIELDS = ['outbox', 'inbox', 'archive', 'fileNamePattern', 'acknowledge'] as const;

/** OpenSSH's `SHA256:` + unpadded base64 of a 32-byte digest (43 characters). */
const HOST_KEY_SHA256 = /^SHA256:[A-Za-z0-9+/]{43}=?$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:.]+\]?$/;
/** Literal characters of a file-name pattern: portable file-name characters only, no `/`. */
const PATTERN = /^(?:[A-Za-z0-9._-]|\{[a-z][a-zA-Z0-9]*\})+$/;
const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)\}/g;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Fields {
  readonly problems: TransportSettingsProblem[] = [];
  constructor(
    private readonly raw: Obj,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  problem(key: string, message: string): void {
    this.problems.push({ field: `transport.${key}`, message });
  }

  has(key: string): boolean {
    return this.raw[key] !== undefined && this.raw[key] !== null;
  }

  string(key: string, required: boolean): string | undefined {
    const value = this.raw[key];
    if (value === undefined || value === null) {
      if (required) this.problem(key, 'is required');
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '' || value.trim() !== value) {
      this.problem(key, 'must be a non-empty string without outer spaces');
      return undefined;
    }
    return value;
  }

  /** A path on the other side or on disk: no NUL, no `..` segment (a profile must not point above its root by accident). */
  dir(key: string, required: boolean): string | undefined {
    const value = this.string(key, required);
    if (value === undefined) return undefined;
    if (value.includes('\0') || value.split(/[\\/]/).includes('..')) {
      this.problem(key, 'must be a folder path without ".." segments');
      return undefined;
    }
    return value;
  }

  integer(key: string, fallback: number, min: number, max: number): number {
    const value = this.raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      this.problem(key, `must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }

  /** The name of an environment variable that must be set (the value itself is never in the profile). */
  envName(key: string, required: boolean): string | undefined {
    const name = this.string(key, required);
    if (name === undefined) return undefined;
    if (!ENV_NAME.test(name)) {
      this.problem(key, 'must be the name of an environment variable (letters, digits, _), not the value itself');
      return undefined;
    }
    if (!this.env[name]) {
      this.problem(key, `environment variable ${name} is not set`);
      return undefined;
    }
    return name;
  }

  acknowledge(): AcknowledgeMode {
    const value = this.raw.acknowledge;
    if (value === undefined || value === null) return 'archive';
    if (value !== 'archive' && value !== 'delete') {
      this.problem('acknowledge', 'must be one of archive, delete');
      return 'archive';
    }
    return value;
  }

  pattern(): string {
    const value = this.string('fileNamePattern', false);
    if (value === undefined) return DEFAULT_FILE_NAME_PATTERN;
    if (!PATTERN.test(value) || value.startsWith('.')) {
      this.problem('fileNamePattern', 'must be letters, digits, . _ - and {placeholders} such as {isa13}.837, not starting with a dot');
      return DEFAULT_FILE_NAME_PATTERN;
    }
    return value;
  }
}

/**
 * Validates `transport` for `adapter`. Returns the typed settings, or every problem with its field.
 * `env` is where the named environment variables must be set (process.env at start-up).
 */
export function checkTransportSettings(
  adapter: string,
  raw: unknown,
  env: NodeJS.ProcessEnv = process.env,
): { settings: TransportSettings; problems: [] } | { settings: undefined; problems: TransportSettingsProblem[] } {
  const rawObj = raw === undefined || raw === null ? {} : raw;
  if (!isObject(rawObj)) return { settings: undefined, problems: [{ field: 'transport', message: 'must be a mapping' }] };
  const allowed: readonly string[] = adapter === 'sftp' ? SFTP_FIELDS : adapter === 'folder' ? FOLDER_FIELDS : [];
  if (adapter !== 'sftp' && adapter !== 'folder' && adapter !== 'sandbox') {
    return { settings: undefined, problems: [{ field: 'adapter', message: 'must be one of sandbox, folder, sftp' }] };
  }
  const f = new Fields(rawObj, env);
  for (const key of Object.keys(rawObj)) {
    if (!allowed.includes(key)) {
      f.problem(key, allowed.length ? `is not a known field for adapter ${adapter} (expected one of ${allowed.join(', ')})` : `the ${adapter} adapter takes no transport settings`);
    }
  }
  const settings = adapter === 'sftp' ? sftpSettings(f) : adapter === 'folder' ? folderSettings(f) : ({ adapter: 'sandbox' } as const);
  if (f.problems.length > 0) return { settings: undefined, problems: f.problems };
  return { settings, problems: [] };
}

/** Like checkTransportSettings, but throws a TransportSettingsError listing every problem. */
export function parseTransportSettings(adapter: string, raw: unknown, env: NodeJS.ProcessEnv = process.env): TransportSettings {
  const result = checkTransportSettings(adapter, raw, env);
  if (result.settings === undefined) throw new TransportSettingsError(result.problems);
  return result.settings;
}

function sftpSettings(f: Fields): SftpTransportSettings {
  const host = f.string('host', true);
  if (host !== undefined && !HOST.test(host)) f.problem('host', 'must be a host name or IP address');
  const port = f.integer('port', 22, 1, 65535);
  const username = f.string('username', true);

  let auth: SftpAuthSettings | undefined;
  const hasPassword = f.has('passwordEnv');
  const hasKey = f.has('privateKeyPathEnv');
  if (hasPassword && hasKey) f.problem('passwordEnv', 'give either passwordEnv or privateKeyPathEnv, not both');
  else if (!hasPassword && !hasKey) f.problem('passwordEnv', 'one of passwordEnv or privateKeyPathEnv is required (names of environment variables)');
  else if (hasPassword) {
    const passwordEnv = f.envName('passwordEnv', true);
    if (f.has('privateKeyPassphraseEnv')) f.problem('privateKeyPassphraseEnv', 'only applies with privateKeyPathEnv');
    if (passwordEnv) auth = { method: 'password', passwordEnv };
  } else {
    const privateKeyPathEnv = f.envName('privateKeyPathEnv', true);
    const passphraseEnv = f.envName('privateKeyPassphraseEnv', false);
    if (privateKeyPathEnv) auth = { method: 'privateKey', privateKeyPathEnv, ...(passphraseEnv ? { passphraseEnv } : {}) };
  }

  let hostKeySha256: string | undefined;
  if (f.has('hostKeySha256') && f.has('hostKeySha256Env')) f.problem('hostKeySha256', 'give either hostKeySha256 or hostKeySha256Env, not both');
  else if (f.has('hostKeySha256Env')) {
    const name = f.envName('hostKeySha256Env', true);
    if (name) {
      const value = f.env[name]!.trim();
      if (!HOST_KEY_SHA256.test(value)) f.problem('hostKeySha256Env', `environment variable ${name} must hold a fingerprint like SHA256:<43 base64 characters> (ssh-keygen -lf)`);
      else hostKeySha256 = value;
    }
  } else {
    const value = f.string('hostKeySha256', false);
    if (value === undefined) {
      if (!f.has('hostKeySha256')) f.problem('hostKeySha256', 'is required: pin the server host key (hostKeySha256 or hostKeySha256Env); connections are refused without it');
    } else if (!HOST_KEY_SHA256.test(value)) f.problem('hostKeySha256', 'must look like SHA256:<43 base64 characters>, as ssh-keygen -lf prints it');
    else hostKeySha256 = value;
  }

  const outboundDir = f.dir('outboundDir', true);
  const inboundDir = f.dir('inboundDir', true);
  const acknowledge = f.acknowledge();
  let archiveDir: string | null = null;
  if (acknowledge === 'archive') {
    archiveDir = f.dir('archiveDir', false) ?? (inboundDir ? `${inboundDir.replace(/\/+$/, '')}/archive` : null);
    if (archiveDir !== null && inboundDir !== undefined && trimSlash(archiveDir) === trimSlash(inboundDir)) f.problem('archiveDir', 'must differ from inboundDir');
  } else if (f.has('archiveDir')) f.problem('archiveDir', 'only applies with acknowledge: archive');
  if (outboundDir !== undefined && inboundDir !== undefined && trimSlash(outboundDir) === trimSlash(inboundDir)) f.problem('inboundDir', 'must differ from outboundDir');

  const fileNamePattern = f.pattern();
  const connectTimeoutMs = f.integer('connectTimeoutSeconds', DEFAULT_CONNECT_TIMEOUT_SECONDS, 1, 300) * 1000;
  const operationTimeoutMs = f.integer('operationTimeoutSeconds', DEFAULT_OPERATION_TIMEOUT_SECONDS, 1, 3600) * 1000;
  return {
    adapter: 'sftp',
    host: host!,
    port,
    username: username!,
    auth: auth!,
    hostKeySha256: hostKeySha256!,
    outboundDir: outboundDir!,
    inboundDir: inboundDir!,
    archiveDir,
    fileNamePattern,
    acknowledge,
    connectTimeoutMs,
    operationTimeoutMs,
  };
}

function folderSettings(f: Fields): FolderTransportSettings {
  const outbox = f.dir('outbox', true);
  const inbox = f.dir('inbox', true);
  const acknowledge = f.acknowledge();
  let archive: string | null = null;
  if (acknowledge === 'archive') {
    archive = f.dir('archive', true) ?? null;
    if (archive !== null && inbox !== undefined && trimSlash(archive) === trimSlash(inbox)) f.problem('archive', 'must differ from inbox');
  } else if (f.has('archive')) f.problem('archive', 'only applies with acknowledge: archive');
  if (outbox !== undefined && inbox !== undefined && trimSlash(outbox) === trimSlash(inbox)) f.problem('inbox', 'must differ from outbox');
  return { adapter: 'folder', outbox: outbox!, inbox: inbox!, archive, fileNamePattern: f.pattern(), acknowledge };
}

const trimSlash = (p: string): string => p.replace(/[\\/]+$/, '') || '/';

/**
 * The final file name: the pattern with `{name}` (the given name), `{base}` (without its last
 * extension), `{ext}` (the extension without the dot) and any key of `vars`. A missing placeholder
 * or a result that could leave its folder is INVALID_FILE_NAME.
 */
export function renderFileName(pattern: string, name: string, vars: FileNameVars = {}): string {
  assertPlainFileName(name);
  const dot = name.lastIndexOf('.');
  const builtIn: Record<string, string> = { name, base: dot > 0 ? name.slice(0, dot) : name, ext: dot > 0 ? name.slice(dot + 1) : '' };
  const result = pattern.replace(PLACEHOLDER, (_m, key: string) => {
    const value = Object.prototype.hasOwnProperty.call(vars, key) ? vars[key] : builtIn[key];
    if (value === undefined || value === '') {
      throw new TransportError(TransportErrorCode.InvalidFileName, `file name pattern ${pattern} needs a value for {${key}}`);
    }
    return String(value);
  });
  assertPlainFileName(result);
  return result;
}

/** A single path segment we may write or read: no separators, not hidden, not `.`/`..`, no NUL. */
export function assertPlainFileName(name: string): void {
  if (name === '' || name.length > 255 || /[\\/\0]/.test(name) || name.startsWith('.')) {
    throw new TransportError(TransportErrorCode.InvalidFileName, `invalid file name ${JSON.stringify(name)}: one path segment, not starting with a dot`);
  }
}

/** The temporary name a file is written under before the rename makes it visible. */
export const partName = (finalName: string): string => `.${finalName}.part`;
