// `x12gw sandbox-responder`: plays the clearinghouse on the far side of an SFTP drop (or a folder
// adapter's outbox) — answers each new 837 with the sandbox's TA1/999/277CA/835 files. Used by the
// docker-compose SFTP setup and the end-to-end tests; see src/clearinghouses/sandbox/sandbox-responder.ts.
import * as path from 'node:path';
import { SANDBOX_ANSWER_KINDS, SandboxResponder, type ResponderScan, type SandboxAnswerKind } from '../clearinghouses/sandbox/sandbox-responder';
import { CliExit, type Io, type RegisterCommands } from './cli-context';

function printScan(scan: ResponderScan, io: Io): void {
  for (const a of scan.answered) io.out(`answered ${a.file}: ${a.responses.join(' ')}`);
  for (const name of scan.ignored) io.out(`ignored ${name} (not an interchange)`);
}

export const registerSandboxResponderCommands: RegisterCommands = (program, ctx) => {
  program
    .command('sandbox-responder')
    .description('answer the 837 files dropped in a folder (e.g. an SFTP server\'s outbound folder on disk) with the sandbox clearinghouse\'s TA1, 999, 277CA and 835 files')
    .requiredOption('--outbound <dir>', 'folder the gateway delivers 837 files to')
    .requiredOption('--inbound <dir>', 'folder the gateway picks answers up from')
    .option('--state <dir>', 'where answered files are remembered (default <outbound>/.sandbox-responder)')
    .option('--kinds <list>', `answer kinds to write, comma-separated (${SANDBOX_ANSWER_KINDS.join(',')})`, SANDBOX_ANSWER_KINDS.join(','))
    .option('--every <seconds>', 'scan interval', '2')
    .option('--once', 'scan once and exit')
    .action(async (opts: { outbound: string; inbound: string; state?: string; kinds: string; every: string; once?: boolean }) => {
      const kinds = opts.kinds.split(',').map((k) => k.trim()).filter(Boolean);
      const bad = kinds.filter((k) => !(SANDBOX_ANSWER_KINDS as readonly string[]).includes(k));
      if (bad.length > 0) throw new CliExit(2, `sandbox-responder: unknown answer kind(s) ${bad.join(', ')}`);
      const every = Number(opts.every);
      if (!Number.isFinite(every) || every <= 0) throw new CliExit(2, 'sandbox-responder: --every must be a positive number of seconds');
      const responder = new SandboxResponder({ outbound: path.resolve(opts.outbound), inbound: path.resolve(opts.inbound), stateDir: opts.state ? path.resolve(opts.state) : undefined });
      if (opts.once) {
        printScan(await responder.scan(kinds as SandboxAnswerKind[]), ctx.io);
        return;
      }
      ctx.io.out(`sandbox responder: answering 837 files in ${path.resolve(opts.outbound)} into ${path.resolve(opts.inbound)} every ${every} s (Ctrl-C stops)`);
      await new Promise<void>((resolve) => {
        responder.start(every * 1000, { kinds: kinds as SandboxAnswerKind[], onError: (err) => ctx.io.err(`sandbox-responder: ${err.message}`), onScan: (scan) => printScan(scan, ctx.io) });
        const stop = () => void responder.stop().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
};
