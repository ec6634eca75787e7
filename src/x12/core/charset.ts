// X12 character sets (x12-basics §10) as lookup tables, for the writer's per-character check,
// plus the free-text cleaner the guide asks for before values reach the writer.

import type { Delimiters } from './delimiters';

/**
 * `basic`: A–Z 0–9 space ! " & ' ( ) * + , - . / : ; ? =
 * `extended` (default, what 5010 partners assume unless agreed otherwise): basic plus a–z and
 * % @ [ ] _ { } \ | < > ~ # $ ^ ` — so `@` in PER e-mail addresses is allowed.
 */
export type X12Charset = 'basic' | 'extended';

const BASIC_PUNCTUATION = ' !"&\'()*+,-./:;?=';
const EXTENDED_PUNCTUATION = '%@[]_{}\\|<>~#$^`';

function table(charset: X12Charset): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 65; c <= 90; c++) t[c] = 1;
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (const ch of BASIC_PUNCTUATION) t[ch.charCodeAt(0)] = 1;
  if (charset === 'extended') {
    for (let c = 97; c <= 122; c++) t[c] = 1;
    for (const ch of EXTENDED_PUNCTUATION) t[ch.charCodeAt(0)] = 1;
  }
  return t;
}

const TABLES: Record<X12Charset, Uint8Array> = { basic: table('basic'), extended: table('extended') };

/** Lookup table for a charset: 1 allowed, 0 not. Codes ≥ 128 are never allowed. */
export function charsetTable(charset: X12Charset): Uint8Array {
  return TABLES[charset];
}

/** Offset of the first character outside the charset (control characters included), or -1. */
export function findInvalidCharacter(value: string, charset: X12Charset = 'extended'): number {
  const t = TABLES[charset];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || t[c] === 0) return i;
  }
  return -1;
}

export function isValidX12Text(value: string, charset: X12Charset = 'extended'): boolean {
  return findInvalidCharacter(value, charset) === -1;
}

export interface SanitizeOptions {
  /** Truncate to this many characters after cleaning. */
  maxLength?: number;
  /** Upper-case the text (the safe default for names and addresses, x12-basics §10). Default false. */
  upperCase?: boolean;
  /** Charset to enforce; other characters become spaces. Default `extended`. */
  charset?: X12Charset;
}

/**
 * Clean a FREE-TEXT value (names, addresses, notes) the way x12-basics §10 rule 2 says: every
 * active delimiter, control character and character outside the charset becomes a space, runs
 * of spaces collapse, the ends are trimmed, and the result is truncated to `maxLength`.
 * Never use this on identifiers: a member ID containing `*` must be rejected, not altered.
 */
export function sanitizeText(value: string, delimiters: Delimiters, options: SanitizeOptions = {}): string {
  const t = TABLES[options.charset ?? 'extended'];
  // Fold accents first ("José" → "Jose") so names keep their letters in an ASCII charset.
  const folded = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const text = options.upperCase ? folded.toUpperCase() : folded;
  const banned = delimiters.element + delimiters.component + delimiters.repetition + delimiters.segment;
  // Collect runs of allowed characters (no per-character concatenation), join with one space.
  const words: string[] = [];
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const ok = c < 128 && c !== 32 && t[c] === 1 && banned.indexOf(text[i]) === -1;
    if (ok) {
      if (runStart === -1) runStart = i;
    } else if (runStart !== -1) {
      words.push(text.slice(runStart, i));
      runStart = -1;
    }
  }
  let out = words.join(' ');
  if (options.maxLength !== undefined && out.length > options.maxLength) out = out.slice(0, options.maxLength).trimEnd();
  return out;
}
