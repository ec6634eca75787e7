// `x12gw validate FILE [--json]`: streams an X12 file through the lexical, envelope, 837 guide and
// common HIPAA checks of src/x12 and prints a summary or JSON. Exit 0 valid, 1 invalid (coded
// errors with positions), 2 when the path cannot be read. Never a stack trace: any input — empty,
// binary, truncated, huge — ends with coded diagnostics, in bounded memory and time.
import * as fs from 'node:fs';
import { validateX12File, type FileValidation, type GuideDiagnostic } from '../x12';
import { CliExit, type Io, type RegisterCommands } from './cli-context';

/** Diagnostics printed or put in the JSON; the rest are counted. */
const MAX_DIAGNOSTICS = 1000;
const CHUNK_BYTES = 1 << 20;

export interface ValidateJsonDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  segmentIndex: number | null;
  segmentId: string | null;
  element: number | null;
  component?: number;
  line: number | null;
  loop?: string;
}

export interface ValidateJson {
  valid: boolean;
  file: string;
  diagnostics: ValidateJsonDiagnostic[];
  /** Diagnostics found beyond the printed ones. */
  omitted: number;
  summary: {
    segments: number;
    interchanges: number;
    groups: number;
    transactionSets: number;
    errors: number;
    warnings: number;
    /** 837 transaction sets checked against each guide. */
    guideChecked: Record<string, number>;
    /** Other transaction sets, by ST01 (envelope and common checks only). */
    envelopeOnly: Record<string, number>;
  };
}

function toJsonDiagnostic(d: GuideDiagnostic): ValidateJsonDiagnostic {
  const out: ValidateJsonDiagnostic = {
    code: d.code,
    severity: d.severity,
    message: d.message,
    segmentIndex: d.segmentIndex ?? null,
    segmentId: d.segmentId ?? null,
    element: d.element ?? null,
    line: d.line ?? null,
  };
  if (d.component !== undefined) out.component = d.component;
  if (d.loop !== undefined) out.loop = d.loop;
  return out;
}

export function validationJson(file: string, result: FileValidation): ValidateJson {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  return {
    valid: result.valid,
    file,
    diagnostics: result.diagnostics.map(toJsonDiagnostic),
    omitted: result.dropped,
    summary: {
      segments: result.totals.segments,
      interchanges: result.totals.interchanges,
      groups: result.totals.groups,
      transactionSets: result.totals.transactionSets,
      errors,
      warnings: result.diagnostics.length - errors,
      guideChecked: result.totals.guide.checked,
      envelopeOnly: result.totals.guide.other,
    },
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `error INVALID_CODE segment 12 (NM1, line 14, NM102) loop 2010BA: message` */
function describe(d: ValidateJsonDiagnostic): string {
  const where: string[] = [];
  if (d.segmentIndex !== null) {
    const parts = [d.segmentId, d.line !== null ? `line ${d.line}` : null, d.element !== null && d.segmentId ? `${d.segmentId}${String(d.element).padStart(2, '0')}${d.component ? `-${d.component}` : ''}` : null].filter(Boolean);
    where.push(`segment ${d.segmentIndex}${parts.length ? ` (${parts.join(', ')})` : ''}`);
  } else if (d.line !== null) {
    where.push(`line ${d.line}`);
  }
  if (d.loop) where.push(`loop ${d.loop}`);
  return `  ${d.severity} ${d.code}${where.length ? ` ${where.join(' ')}` : ''}: ${d.message}`;
}

export function printValidation(report: ValidateJson, io: Io): void {
  const s = report.summary;
  const checked = Object.entries(s.guideChecked).map(([version, n]) => `${n}×${version}`);
  const other = Object.entries(s.envelopeOnly).map(([id, n]) => `${n}×${id}`);
  io.out(
    `${report.file}: ${report.valid ? 'valid' : 'INVALID'} — ${plural(s.segments, 'segment')}, ${plural(s.interchanges, 'interchange')}, ` +
      `${plural(s.groups, 'group')}, ${plural(s.transactionSets, 'transaction set')}; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`,
  );
  if (checked.length > 0) io.out(`  837 guide check: ${checked.join(', ')}`);
  if (other.length > 0) io.out(`  envelope and common checks only: ${other.join(', ')}`);
  for (const d of report.diagnostics) io.out(describe(d));
  if (report.omitted > 0) io.out(`  … and ${report.omitted} more`);
}

/** Opens the file for streaming; an unreadable path is exit 2 with the system's reason. */
async function open(file: string): Promise<fs.ReadStream> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (err) {
    throw new CliExit(2, `x12gw validate: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (!stat.isFile() && !stat.isFIFO()) throw new CliExit(2, `x12gw validate: ${file} is not a file`);
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  }).catch((err: NodeJS.ErrnoException) => {
    throw new CliExit(2, `x12gw validate: cannot read ${file}: ${err.code ?? 'error'}`);
  });
  return stream;
}

export const registerValidateCommands: RegisterCommands = (program, ctx) => {
  program
    .command('validate <file>')
    .description('check an X12 file: envelopes, counts, control numbers, and segment order and usage of 837P/837I/837D transaction sets (exit 0 valid, 1 invalid, 2 unreadable)')
    .option('--json', 'print { valid, diagnostics: [{ code, message, segmentIndex, segmentId, element, line }] }')
    .action(async (file: string, opts: { json?: boolean }) => {
      const stream = await open(file);
      let result: FileValidation;
      try {
        result = await validateX12File(stream, { maxDiagnostics: MAX_DIAGNOSTICS });
      } catch (err) {
        // Only I/O can fail here (the checks are total on any input): report it like an unreadable path.
        throw new CliExit(2, `x12gw validate: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      } finally {
        stream.destroy();
      }
      const report = validationJson(file, result);
      if (opts.json) ctx.io.out(JSON.stringify(report));
      else printValidation(report, ctx.io);
      if (!report.valid) throw new CliExit(1, '');
    });
};
