// `x12gw batch`: one batch run now, the same as POST /v1/batches, against the configured database
// (migrated first, like the api-key commands). Prints the submissions made, claims skipped and
// queues held; --json prints the result object the API returns.
import { TypeormClaimStore } from '../claims/typeorm-claim.store';
import { ClearinghouseProfileError } from '../clearinghouses/clearinghouse-profile';
import { loadClearinghouseRegistry } from '../clearinghouses/clearinghouses.module';
import { BatchingService, type BatchRunResult } from '../batching/batching.service';
import { SystemClock } from '../batching/clock';
import { TypeormControlNumberLedger } from '../batching/typeorm-control-number.ledger';
import { TypeormReadyClaims } from '../batching/typeorm-ready-claims';
import { TypeormOutboxStore } from '../messaging/typeorm-outbox.store';
import { TypeormSubmissionStore } from '../batching/typeorm-submission.store';
import { X12Claim837Renderer } from '../batching/x12-claim-837.renderer';
import { createLogger } from '../logging/logger';
import { openDatabase } from '../persistence/data-source';
import { TypeormUnitOfWork } from '../persistence/unit-of-work';
import { CliExit, type Io, type RegisterCommands } from './cli-context';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function printBatchResult(result: BatchRunResult, io: Io): void {
  if (result.submissions.length === 0 && result.skipped.length === 0 && result.held.length === 0) {
    io.out('no ready claims to batch');
    return;
  }
  io.out(`made ${plural(result.submissions.length, 'submission')}`);
  for (const s of result.submissions) {
    io.out(`  ${s.id}  ${s.clearinghouseId}  ${s.fileName}  payer ${s.payerId}  ISA13 ${s.isa13}  GS06 ${s.gs06}  ST02 ${s.st02.join(',')}  ${plural(s.claimCount, 'claim')}  ${s.byteLength} bytes`);
  }
  if (result.skipped.length > 0) {
    io.out(`left ${plural(result.skipped.length, 'claim')} ready that fit no file:`);
    for (const k of result.skipped) io.out(`  ${k.claimId}  ${k.clearinghouseId}  ${k.reason}${k.code ? ` [${k.code}]` : ''}  ${k.message}`);
  }
  if (result.held.length > 0) {
    io.out('held (no clearinghouse takes them):');
    for (const h of result.held) io.out(`  payer ${h.payerId}  ${h.kind}  ${h.usage}  ${plural(h.claims, 'claim')}  ${h.reason}${h.clearinghouseId ? ` (${h.clearinghouseId})` : ''}`);
  }
}

export const registerBatchCommands: RegisterCommands = (program, ctx) => {
  program
    .command('batch')
    .description('group ready claims into 837 interchanges per clearinghouse, payer, kind and usage, and store them as submissions')
    .option('--clearinghouse <id>', 'batch only this clearinghouse (a profile id)')
    .option('--json', 'print JSON')
    .action(async (opts: { clearinghouse?: string; json?: boolean }) => {
      const cfg = ctx.config();
      let registry;
      try {
        registry = loadClearinghouseRegistry(ctx.env);
      } catch (err) {
        if (err instanceof ClearinghouseProfileError) throw new CliExit(2, err.message);
        throw err;
      }
      // Logs go to stderr so --json output stays parseable.
      const logger = createLogger(cfg.logLevel, process.stderr);
      const dataSource = await openDatabase(cfg.database, true);
      try {
        const batching = new BatchingService(
          registry,
          new TypeormReadyClaims(dataSource),
          new TypeormControlNumberLedger(dataSource),
          new TypeormSubmissionStore(dataSource),
          new TypeormClaimStore(dataSource),
          new TypeormUnitOfWork(dataSource),
          new X12Claim837Renderer(),
          new SystemClock(),
          logger,
          new TypeormOutboxStore(dataSource),
        );
        const result = await batching.run(opts.clearinghouse === undefined ? {} : { clearinghouseId: opts.clearinghouse });
        if (opts.json) ctx.io.out(JSON.stringify(result));
        else printBatchResult(result, ctx.io);
      } finally {
        await dataSource.destroy();
      }
    });
};
