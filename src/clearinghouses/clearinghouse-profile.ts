// A clearinghouse profile: where 837 files go (adapter + transport), the envelope ids we write
// (ISA05–08, GS02/03, 1000A submitter, 1000B receiver), test or production, which payers route to
// it, the size limits batching must respect, and how often to batch. Validated strictly, once.
import { parseByteSize } from '../config/app-config';
import { DEFAULT_DELIMITERS, isValidX12Text } from '../x12';
import { checkTransportSettings, type TransportSettings } from './transport/transport-settings';

export const CLEARINGHOUSE_ADAPTERS = ['sandbox', 'folder', 'sftp'] as const;
export type ClearinghouseAdapter = (typeof CLEARINGHOUSE_ADAPTERS)[number];

/** ISA05 / ISA07 interchange ID qualifiers (x12-basics §3). */
export const ISA_ID_QUALIFIERS = ['01', '14', '20', '27', '28', '29', '30', '33', 'ZZ'] as const;

/**
 * The 837 TR3s recommend no more than 5000 claims (CLM segments) per ST–SE transaction set
 * (docs/837-structure.md). It is both the default and the ceiling.
 */
export const MAX_CLAIMS_PER_TRANSACTION = 5000;

/**
 * Default ST/SE sets per GS/GE group. The standard allows 999,999 (GE01 is N0 1/6) and the TR3s set
 * no limit. With 5000 claims per set the byte limit decides the file size long before 100 sets;
 * the count matters when a partner wants few claims per set (some ask for one), and then 100 keeps
 * each file — and the 999 that answers it with one IK2 loop per set — a reviewable size.
 * The gateway writes one group per interchange, so this is also the sets-per-file limit.
 */
export const DEFAULT_TRANSACTIONS_PER_GROUP = 100;

/** 5 MiB: accepted by every clearinghouse companion guide we know (most allow 16 MB or more). */
export const DEFAULT_BYTES_PER_FILE = 5 * 1024 * 1024;
/** Below this not even one small claim in its envelopes fits; a smaller value is a typo (5 for 5mb). */
export const MIN_BYTES_PER_FILE = 1024;

export interface ClearinghouseLimits {
  claimsPerTransaction: number;
  transactionsPerGroup: number;
  bytesPerFile: number;
}

export interface ClearinghouseProfile {
  id: string;
  name: string;
  adapter: ClearinghouseAdapter;
  /** Transport settings, checked by the adapter's rules (transport/transport-settings.ts). */
  transport: TransportSettings;
  isa: {
    /** ISA05 */ senderQualifier: string;
    /** ISA06 (unpadded) */ senderId: string;
    /** ISA07 */ receiverQualifier: string;
    /** ISA08 (unpadded) */ receiverId: string;
    /** ISA14: ask for a TA1 */ ackRequested: boolean;
  };
  gs: { /** GS02 */ senderId: string; /** GS03 */ receiverId: string };
  /**
   * What the connection may carry. `T`: a test (certification) connection, only claims marked
   * `T` are sent. `P`: production; claims go out with their own ISA15, so a test claim is never
   * sent as `P` (x12-basics §6).
   */
  usage: 'T' | 'P';
  /** Loop 1000A: NM103, NM109, PER02, PER04 (TE), PER04/06 (EM). */
  submitter: { name: string; id: string; contactName?: string; phone?: string; email?: string };
  /** Loop 1000B: NM103, NM109. */
  receiver: { name: string; id: string };
  /** Payer IDs (2010BB NM109) routed here, or `*` for the fallback profile. */
  payers: readonly string[] | '*';
  limits: ClearinghouseLimits;
  /** How often to batch, and to look for inbound files (null: only on demand). */
  schedule: { batchEverySeconds: number | null; pollInboundEverySeconds: number | null };
  /** Outbound delivery through the bus: attempts before the dead-letter queue, backoff between them. */
  delivery: DeliveryPolicy;
  /** The file the profile was read from, for messages. */
  source: string;
}

export interface DeliveryPolicy {
  maxAttempts: number;
  /** Wait before attempt n+1 is backoffSeconds[n-1]; the last entry repeats. */
  backoffSeconds: number[];
  /** Files delivered at once per clearinghouse. */
  concurrency: number;
}

export const DEFAULT_DELIVERY: DeliveryPolicy = { maxAttempts: 8, backoffSeconds: [10, 60, 300, 900], concurrency: 2 };
export const DEFAULT_POLL_INBOUND_SECONDS = 60;

export interface ProfileProblem {
  /** Dotted path of the field in the YAML document, e.g. `isa.senderId`. */
  field: string;
  message: string;
}

export class ClearinghouseProfileError extends Error {
  readonly code = 'CLEARINGHOUSE_PROFILE_INVALID';
  constructor(
    readonly file: string,
    readonly problems: ProfileProblem[],
  ) {
    super(`invalid clearinghouse profile ${file}:\n${problems.map((p) => `  - ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n')}`);
    this.name = 'ClearinghouseProfileError';
  }
}

type Obj = Record<string, unknown>;

const DELIMITER_CHARS = Object.values(DEFAULT_DELIMITERS).join('');

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects every problem of one document, so an operator fixes a profile in one pass. */
class Checker {
  readonly problems: ProfileProblem[] = [];

  problem(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  object(parent: Obj, key: string, path: string, allowed: readonly string[], required = true): Obj | undefined {
    const value = parent[key];
    if (value === undefined || value === null) {
      if (required) this.problem(path, 'is required');
      return undefined;
    }
    if (!isObject(value)) {
      this.problem(path, 'must be a mapping');
      return undefined;
    }
    this.noUnknown(value, path, allowed);
    return value;
  }

  noUnknown(value: Obj, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.problem(path ? `${path}.${key}` : key, `is not a known field (expected one of ${allowed.join(', ')})`);
    }
  }

  /**
   * An identifier or name that the 837 writer puts in an element: a string (never a YAML number,
   * which would lose leading zeros), `min`–`max` characters of the X12 character set, none of our
   * delimiters (x12-basics §10: identifiers are rejected, not altered), no outer spaces.
   */
  text(parent: Obj | undefined, key: string, path: string, min: number, max: number, required = true): string | undefined {
    const value = parent?.[key];
    if (value === undefined || value === null) {
      if (required) this.problem(path, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.problem(path, `must be a string${typeof value === 'number' ? ' (quote it: YAML reads digits as a number and drops leading zeros)' : ''}`);
      return undefined;
    }
    if (value.length < min || value.length > max) {
      this.problem(path, min === max ? `must be exactly ${min} characters` : `must be ${min}–${max} characters`);
      return undefined;
    }
    if (value.trim() !== value) {
      this.problem(path, 'must not start or end with a space');
      return undefined;
    }
    if (!isValidX12Text(value) || [...value].some((c) => DELIMITER_CHARS.includes(c))) {
      this.problem(path, `must use the X12 character set without the delimiters ${[...DELIMITER_CHARS].join(' ')}`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(parent: Obj | undefined, key: string, path: string, allowed: readonly T[]): T | undefined {
    const value = parent?.[key];
    if (value === undefined || value === null) {
      this.problem(path, 'is required');
      return undefined;
    }
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      this.problem(path, `must be one of ${allowed.join(', ')}`);
      return undefined;
    }
    return value as T;
  }

  boolean(parent: Obj | undefined, key: string, path: string, fallback: boolean): boolean {
    const value = parent?.[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') {
      this.problem(path, 'must be true or false');
      return fallback;
    }
    return value;
  }

  integer(parent: Obj | undefined, key: string, path: string, fallback: number, min: number, max: number): number {
    const value = parent?.[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      this.problem(path, `must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }
}

const TOP_LEVEL = ['id', 'name', 'adapter', 'transport', 'isa', 'gs', 'usage', 'submitter', 'receiver', 'payers', 'limits', 'schedule', 'delivery'] as const;

/**
 * Validates one parsed YAML document. Throws a ClearinghouseProfileError naming `file` and every
 * bad field; fills defaults for `limits`, `schedule`, `transport` and `isa.ackRequested`.
 */
export function parseClearinghouseProfile(raw: unknown, file: string, env: NodeJS.ProcessEnv = process.env): ClearinghouseProfile {
  const c = new Checker();
  if (!isObject(raw)) throw new ClearinghouseProfileError(file, [{ field: '', message: 'the document must be a mapping of profile fields' }]);
  c.noUnknown(raw, '', TOP_LEVEL);

  let id: string | undefined;
  if (typeof raw.id !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,39}$/.test(raw.id)) {
    c.problem('id', raw.id === undefined ? 'is required' : 'must be 1–40 lowercase letters, digits, - or _, starting with a letter or digit');
  } else id = raw.id;
  const name = typeof raw.name === 'string' && raw.name.trim() !== '' ? raw.name : (c.problem('name', 'is required (a non-empty string)'), undefined);
  const adapter = c.oneOf(raw, 'adapter', 'adapter', CLEARINGHOUSE_ADAPTERS);

  let transport: TransportSettings | undefined;
  if (adapter) {
    const checked = checkTransportSettings(adapter, raw.transport, env);
    if (checked.settings) transport = checked.settings;
    for (const p of checked.problems) c.problem(p.field === 'adapter' || p.field.startsWith('transport') ? p.field : `transport.${p.field}`, p.message);
  }

  const isaRaw = c.object(raw, 'isa', 'isa', ['senderQualifier', 'senderId', 'receiverQualifier', 'receiverId', 'ackRequested']);
  const isa = {
    senderQualifier: c.oneOf(isaRaw, 'senderQualifier', 'isa.senderQualifier', ISA_ID_QUALIFIERS),
    senderId: c.text(isaRaw, 'senderId', 'isa.senderId', 1, 15),
    receiverQualifier: c.oneOf(isaRaw, 'receiverQualifier', 'isa.receiverQualifier', ISA_ID_QUALIFIERS),
    receiverId: c.text(isaRaw, 'receiverId', 'isa.receiverId', 1, 15),
    ackRequested: c.boolean(isaRaw, 'ackRequested', 'isa.ackRequested', false),
  };

  const gsRaw = c.object(raw, 'gs', 'gs', ['senderId', 'receiverId']);
  const gs = { senderId: c.text(gsRaw, 'senderId', 'gs.senderId', 2, 15), receiverId: c.text(gsRaw, 'receiverId', 'gs.receiverId', 2, 15) };

  const usage = c.oneOf(raw, 'usage', 'usage', ['T', 'P'] as const);

  const subRaw = c.object(raw, 'submitter', 'submitter', ['name', 'id', 'contactName', 'phone', 'email']);
  const submitter = {
    name: c.text(subRaw, 'name', 'submitter.name', 1, 60),
    id: c.text(subRaw, 'id', 'submitter.id', 2, 80),
    contactName: c.text(subRaw, 'contactName', 'submitter.contactName', 1, 60, false),
    phone: undefined as string | undefined,
    email: undefined as string | undefined,
  };
  if (subRaw) {
    const phone = subRaw.phone;
    if (phone !== undefined && phone !== null) {
      if (typeof phone !== 'string' || !/^\d{10,20}$/.test(phone)) c.problem('submitter.phone', 'must be a string of 10–20 digits (area code first, no punctuation)');
      else submitter.phone = phone;
    }
    const email = subRaw.email;
    if (email !== undefined && email !== null) {
      if (typeof email !== 'string' || email.length > 256 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || [...email].some((ch) => DELIMITER_CHARS.includes(ch)) || !isValidX12Text(email)) {
        c.problem('submitter.email', 'must be an e-mail address without X12 delimiters');
      } else submitter.email = email;
    }
    // 1000A PER is required and PER03/PER04 must carry at least one communication number.
    if (phone == null && email == null) c.problem('submitter', 'needs a phone or an email (loop 1000A PER04 is required)');
  }

  const recRaw = c.object(raw, 'receiver', 'receiver', ['name', 'id']);
  const receiver = { name: c.text(recRaw, 'name', 'receiver.name', 1, 60), id: c.text(recRaw, 'id', 'receiver.id', 2, 80) };

  let payers: string[] | '*' | undefined;
  if (raw.payers === '*') payers = '*';
  else if (Array.isArray(raw.payers) && raw.payers.length > 0) {
    const list: string[] = [];
    raw.payers.forEach((_p, i) => {
      const p = c.text(raw.payers as unknown as Obj, String(i), `payers[${i}]`, 2, 80);
      if (p !== undefined) {
        if (list.includes(p)) c.problem(`payers[${i}]`, 'is listed twice');
        else list.push(p);
      }
    });
    payers = list;
  } else c.problem('payers', "must be a non-empty list of payer IDs, or '*' for the fallback clearinghouse");

  const limitsRaw = c.object(raw, 'limits', 'limits', ['claimsPerTransaction', 'transactionsPerGroup', 'bytesPerFile'], false);
  const limits: ClearinghouseLimits = {
    claimsPerTransaction: c.integer(limitsRaw, 'claimsPerTransaction', 'limits.claimsPerTransaction', MAX_CLAIMS_PER_TRANSACTION, 1, MAX_CLAIMS_PER_TRANSACTION),
    transactionsPerGroup: c.integer(limitsRaw, 'transactionsPerGroup', 'limits.transactionsPerGroup', DEFAULT_TRANSACTIONS_PER_GROUP, 1, 999_999),
    bytesPerFile: DEFAULT_BYTES_PER_FILE,
  };
  const bytes = limitsRaw?.bytesPerFile;
  if (bytes !== undefined && bytes !== null) {
    const parsed = typeof bytes === 'number' ? bytes : typeof bytes === 'string' ? parseByteSize(bytes) : null;
    if (parsed === null || !Number.isSafeInteger(parsed) || parsed < MIN_BYTES_PER_FILE || parsed > 2 ** 31 - 1) {
      c.problem('limits.bytesPerFile', `must be a size such as 5mb, 512kb or a byte count, from ${MIN_BYTES_PER_FILE} bytes to 2 GB`);
    } else limits.bytesPerFile = parsed;
  }

  const scheduleRaw = c.object(raw, 'schedule', 'schedule', ['batchEverySeconds', 'pollInboundEverySeconds'], false);
  let batchEverySeconds: number | null = null;
  if (scheduleRaw && scheduleRaw.batchEverySeconds !== undefined && scheduleRaw.batchEverySeconds !== null) {
    batchEverySeconds = c.integer(scheduleRaw, 'batchEverySeconds', 'schedule.batchEverySeconds', 0, 1, 7 * 24 * 3600) || null;
  }
  let pollInboundEverySeconds: number | null = DEFAULT_POLL_INBOUND_SECONDS;
  if (scheduleRaw && 'pollInboundEverySeconds' in scheduleRaw) {
    pollInboundEverySeconds = scheduleRaw.pollInboundEverySeconds === null ? null : c.integer(scheduleRaw, 'pollInboundEverySeconds', 'schedule.pollInboundEverySeconds', 0, 1, 24 * 3600) || null;
  }

  const deliveryRaw = c.object(raw, 'delivery', 'delivery', ['maxAttempts', 'backoffSeconds', 'concurrency'], false);
  const delivery: DeliveryPolicy = {
    maxAttempts: c.integer(deliveryRaw, 'maxAttempts', 'delivery.maxAttempts', DEFAULT_DELIVERY.maxAttempts, 1, 100),
    backoffSeconds: [...DEFAULT_DELIVERY.backoffSeconds],
    concurrency: c.integer(deliveryRaw, 'concurrency', 'delivery.concurrency', DEFAULT_DELIVERY.concurrency, 1, 64),
  };
  const backoff = deliveryRaw?.backoffSeconds;
  if (backoff !== undefined && backoff !== null) {
    if (!Array.isArray(backoff) || backoff.length === 0 || backoff.length > 20 || backoff.some((b) => typeof b !== 'number' || !Number.isFinite(b) || b < 0 || b > 24 * 3600)) {
      c.problem('delivery.backoffSeconds', 'must be a list of 1–20 numbers of seconds from 0 to 86400, e.g. [10, 60, 300]');
    } else delivery.backoffSeconds = backoff as number[];
  }

  if (c.problems.length > 0) throw new ClearinghouseProfileError(file, c.problems);
  return {
    id: id!,
    name: name!,
    adapter: adapter!,
    transport: transport!,
    isa: isa as ClearinghouseProfile['isa'],
    gs: gs as ClearinghouseProfile['gs'],
    usage: usage!,
    submitter: Object.fromEntries(Object.entries(submitter).filter(([, v]) => v !== undefined)) as ClearinghouseProfile['submitter'],
    receiver: receiver as ClearinghouseProfile['receiver'],
    payers: payers!,
    limits,
    schedule: { batchEverySeconds, pollInboundEverySeconds },
    delivery,
    source: file,
  };
}

/** The ledger's names for the two ends of an interchange: `ISA05:ISA06` and `ISA07:ISA08`. */
export function interchangeParties(profile: ClearinghouseProfile): { sender: string; receiver: string } {
  return { sender: `${profile.isa.senderQualifier}:${profile.isa.senderId}`, receiver: `${profile.isa.receiverQualifier}:${profile.isa.receiverId}` };
}
