// Helpers for tests of the transport path: clearinghouse profile folders and waiting for the
// asynchronous workers (relay, delivery, router) without fixed sleeps.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Writes `<id>.yaml` into a fresh profiles folder and returns the folder. */
export function profileDir(profiles: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-profiles-'));
  for (const [id, yaml] of Object.entries(profiles)) fs.writeFileSync(path.join(dir, `${id}.yaml`), yaml);
  return dir;
}

/** A test-usage profile routing every payer to `id`, with ids the support/acknowledgments helpers answer for. */
export function profileYaml(id: string, adapter: string, transport: string, extra = ''): string {
  return `id: ${id}
name: ${id} clearinghouse
adapter: ${adapter}
transport: ${transport}
isa: { senderQualifier: ZZ, senderId: X12GW, receiverQualifier: ZZ, receiverId: X12GWSANDBOX, ackRequested: false }
gs: { senderId: X12GW, receiverId: X12GWSANDBOX }
usage: T
submitter: { name: X12GW SUBMITTER, id: X12GW, email: edi@example.com }
receiver: { name: ${id.toUpperCase()} CLEARINGHOUSE, id: X12GWSANDBOX }
payers: '*'
schedule: { batchEverySeconds: null, pollInboundEverySeconds: null }
${extra}`;
}

/** Calls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
