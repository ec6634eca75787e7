// `x12gw submissions list|retry` and `x12gw inbound-files list`: the transport's state from the
// command line, through the same services as GET /v1/submissions, POST /v1/submissions/:id/retry
// and GET /v1/inbound-files (the app is built without HTTP; no workers are started).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { AppModule } from '../app.module';
import { SubmissionsService } from '../batching/submissions.service';
import type { SubmissionView } from '../batching/submission-view';
import { InboundFilesService, type InboundFileView } from '../clearinghouses/inbound/inbound-files.service';
import { GatewayError } from '../common/gateway-error';
import type { AppConfig } from '../config/app-config';
import { createLogger } from '../logging/logger';
import { openDatabase } from '../persistence/data-source';
import { CliExit, type Io, type RegisterCommands } from './cli-context';

async function withApp<T>(config: AppConfig, work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  // Logs go to stderr so --json output stays parseable.
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
  const dataSource = await openDatabase(config.database, true);
  try {
    const app = await NestFactory.createApplicationContext(AppModule.create(config, dataSource, logger), { logger: false, abortOnError: false });
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } catch (err) {
    if (err instanceof GatewayError) throw new CliExit(1, `${err.code}: ${err.message}`);
    throw err;
  } finally {
    await dataSource.destroy().catch(() => undefined);
  }
}

function printSubmission(s: SubmissionView, io: Io): void {
  const delivery = s.status === 'transmitted' ? `as ${s.delivery.remoteName} at ${s.delivery.transmittedAt}` : s.delivery.lastError ? `after ${s.delivery.attempts} attempt(s): ${s.delivery.lastError}` : '';
  io.out(`${s.id}  ${s.status.padEnd(13)}  ${s.clearinghouseId}  ${s.fileName}  ISA13 ${s.isa13}  ${s.claimCount} claim(s)  ${delivery}`.trimEnd());
}

function printInboundFile(f: InboundFileView, io: Io): void {
  const outcome = f.quarantine ? `${f.quarantine.code}${f.quarantine.segmentIndex !== null ? ` at segment ${f.quarantine.segmentIndex}` : ''}: ${f.quarantine.message}` : '';
  io.out(`${f.id}  ${f.status.padEnd(11)}  ${f.clearinghouseId}  ${f.fileName}  ${f.transactionType ?? '-'}  ${f.byteLength} bytes  seen ${f.seenCount}×  ${outcome}`.trimEnd());
}

interface ListOptions {
  status?: string;
  clearinghouse?: string;
  limit?: string;
  json?: boolean;
}

export const registerTransportCommands: RegisterCommands = (program, ctx) => {
  const submissions = program.command('submissions').description('837 submissions and their delivery to clearinghouses');
  submissions
    .command('list')
    .description('list submissions, newest first (queued, failed, transmitted, dead_lettered)')
    .option('--status <status>', 'only this delivery status')
    .option('--clearinghouse <id>', 'only this clearinghouse')
    .option('--limit <n>', '1–500', '50')
    .option('--json', 'print JSON (the API response)')
    .action(async (opts: ListOptions) => {
      const page = await withApp(ctx.config(), (app) => app.get(SubmissionsService).list({ status: opts.status, clearinghouseId: opts.clearinghouse, limit: opts.limit }));
      if (opts.json) ctx.io.out(JSON.stringify(page));
      else if (page.items.length === 0) ctx.io.out('no submissions');
      else page.items.forEach((s) => printSubmission(s, ctx.io));
    });
  submissions
    .command('retry <id>')
    .description('replay a dead-lettered submission from the dead-letter queue')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const s = await withApp(ctx.config(), (app) => app.get(SubmissionsService).retry(id));
      if (opts.json) ctx.io.out(JSON.stringify(s));
      else printSubmission(s, ctx.io);
    });

  program
    .command('inbound-files')
    .description('files picked up from clearinghouses: processed, or quarantined with a coded reason')
    .command('list')
    .description('list inbound files, newest first')
    .option('--status <status>', 'received, processed or quarantined')
    .option('--clearinghouse <id>', 'only this clearinghouse')
    .option('--limit <n>', '1–500', '50')
    .option('--json', 'print JSON (the API response)')
    .action(async (opts: ListOptions) => {
      const page = await withApp(ctx.config(), (app) => app.get(InboundFilesService).list({ status: opts.status, clearinghouseId: opts.clearinghouse, limit: opts.limit }));
      if (opts.json) ctx.io.out(JSON.stringify(page));
      else if (page.items.length === 0) ctx.io.out('no inbound files');
      else page.items.forEach((f) => printInboundFile(f, ctx.io));
    });
};
