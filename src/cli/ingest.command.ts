// `x12gw ingest FILE [--json]`: posts an 835 file against the configured database (migrated first,
// like `x12gw batch`), the same as POST /v1/inbound. The file is read twice from disk — once for its
// sha256, once to post — never held whole. Exit 0 when every transaction set was posted or was a
// duplicate, 1 when one was rejected or the file is not an 835, 2 when FILE cannot be opened.
import * as fs from 'node:fs';
import * as path from 'node:path';
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

export const registerIngestCommands: RegisterCommands = (program, ctx) => {
  program
    .command('ingest <file>')
    .description('post an 835 remittance file: each transaction set once, duplicates recorded, unbalanced sets rejected unposted')
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
