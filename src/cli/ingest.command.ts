// `x12gw ingest FILE [--json]`: posts an 835 file against the configured database (migrated first,
// like `x12gw batch`), the same as POST /v1/inbound. The file is read twice from disk — once for its
// sha256, once to post — never held whole. Exit 0 when every transaction set was posted or was a
// duplicate, 1 when one was rejected or the file is not an 835, 2 when FILE cannot be opened.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectInboundKind } from '../acknowledgments/acknowledgment-rules';
import { AcknowledgmentsService, type AckIngestResult } from '../acknowledgments/acknowledgments.service';
import { TypeormAcknowledgmentStore } from '../acknowledgments/typeorm-acknowledgment.store';
import { TypeormClaimStore } from '../claims/typeorm-claim.store';
import { GatewayError } from '../common/gateway-error';
import { openDatabase } from '../persistence/data-source';
import { TypeormUnitOfWork } from '../persistence/unit-of-work';
import { RemittanceService, type IngestResult } from '../remittance/remittance.service';
import { TypeormRemittanceStore } from '../remittance/typeorm-remittance.store';
import { CliExit, type Io, type RegisterCommands } from './cli-context';

export function printIngestResult(result: IngestResult, io: Io): void {
  io.out(`sha256 ${result.sha256}`);
  for (const r of result.remittances) {
    const dup = r.duplicateOf ? ` of ${r.duplicateOf} (${r.duplicateReason})` : '';
    io.out(`  ST02 ${r.transactionControlNumber}  ${r.status}${dup}  ${r.id ?? '-'}  claims ${r.claims}  matched ${r.matched}  unmatched ${r.unmatched}  ${r.balanced ? 'balanced' : 'NOT balanced'}`);
    for (const d of r.diagnostics) io.out(`    ${d.code}${d.segmentIndex === null ? '' : ` @${d.segmentIndex}`}  ${d.message}`);
  }
}

export function printAcknowledgmentResult(result: AckIngestResult, io: Io): void {
  io.out(`sha256 ${result.sha256}`);
  const dup = result.duplicateOf ? ` of ${result.duplicateOf}` : '';
  const s = result.summary;
  io.out(`  ${result.type}  ${result.status}${dup}  ${result.id}  accepted ${s.accepted}  rejected ${s.rejected}  noted ${s.noted}  flagged ${s.flagged}  unmatched ${s.unmatched}`);
  for (const d of result.diagnostics) io.out(`    ${d.code}${d.segmentIndex === null ? '' : ` @${d.segmentIndex}`}  ${d.message}`);
}

/** The first 64 KiB of a file, to tell an 835 from an acknowledgment without reading it whole. */
function headOf(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

export const registerIngestCommands: RegisterCommands = (program, ctx) => {
  program
    .command('ingest <file>')
    .description('post an 835 remittance file (each transaction set once, duplicates recorded, unbalanced sets rejected unposted) or apply a TA1/999/277CA acknowledgment (once per file)')
    .option('--json', 'print JSON (the response of POST /v1/inbound)')
    .action(async (file: string, opts: { json?: boolean }) => {
      try {
        fs.accessSync(file, fs.constants.R_OK);
        if (!fs.statSync(file).isFile()) throw new Error('not a file');
      } catch (err) {
        throw new CliExit(2, `cannot read ${file}: ${(err as Error).message}`);
      }
      const cfg = ctx.config();
      const dataSource = await openDatabase(cfg.database, true);
      try {
        if (detectInboundKind(headOf(file)) === 'acknowledgment') {
          const acks = new AcknowledgmentsService(new TypeormAcknowledgmentStore(dataSource), new TypeormClaimStore(dataSource), new TypeormUnitOfWork(dataSource));
          let ack: AckIngestResult;
          try {
            ack = await acks.ingest(fs.readFileSync(file, 'utf8'), { fileName: path.basename(file), source: 'cli' });
          } catch (err) {
            if (!(err instanceof GatewayError)) throw err;
            if (opts.json) ctx.io.out(JSON.stringify({ error: { code: err.code, message: err.message, ...err.details } }));
            throw new CliExit(1, opts.json ? '' : `${err.code}: ${err.message}`);
          }
          if (opts.json) ctx.io.out(JSON.stringify({ sha256: ack.sha256, acknowledgment: ack }));
          else printAcknowledgmentResult(ack, ctx.io);
          return;
        }
        const service = new RemittanceService(new TypeormRemittanceStore(dataSource), new TypeormClaimStore(dataSource), new TypeormUnitOfWork(dataSource));
        let result: IngestResult;
        try {
          result = await service.ingest({ open: () => fs.createReadStream(file, { highWaterMark: 64 * 1024 }) }, { fileName: path.basename(file), source: 'cli' });
        } catch (err) {
          if (!(err instanceof GatewayError)) throw err;
          if (opts.json) ctx.io.out(JSON.stringify({ error: { code: err.code, message: err.message, ...err.details } }));
          throw new CliExit(1, opts.json ? '' : `${err.code}: ${err.message}`);
        }
        if (opts.json) ctx.io.out(JSON.stringify(result));
        else printIngestResult(result, ctx.io);
        if (result.remittances.some((r) => r.status === 'rejected')) throw new CliExit(1, '');
      } finally {
        await dataSource.destroy();
      }
    });
};
