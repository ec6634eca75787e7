// InboundRouterWorker over a store that hands out content in chunks: the sniff reads only the
// chunks it needs, an 835 goes to remittance posting as a re-openable chunk source (never joined),
// an acknowledgment is joined whole, and one over the size limit is quarantined unread.
import pino from 'pino';
import type { AcknowledgmentsService } from '../../acknowledgments/acknowledgments.service';
import type { MessageBus } from '../../messaging/message-bus.port';
import type { IngestInput, RemittanceService } from '../../remittance/remittance.service';
import type { InboundFileRecord, InboundFileStore } from './inbound-file-store.port';
import { ACKNOWLEDGMENT_MAX_BYTES, InboundRouterWorker } from './inbound-router.worker';

const ISA = 'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*X12GW          *250401*1200*^*00501*000000001*0*P*:~';
const CHUNK = 16 * 1024;

function ack999(padSegments = 0): string {
  const notes = Array.from({ length: padSegments }, (_, i) => `IK5*A*${String(i).padStart(6, '0')}~`).join('');
  return `${ISA}GS*FA*CLEARINGHOUSE*X12GW*20250401*1200*1*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*1*005010X222A1~${notes}AK9*A*0*0*0~SE*3*0001~GE*1*1~IEA*1*000000001~`;
}

function a835(claims: number): string {
  const body = Array.from({ length: claims }, (_, i) => `CLP*PCN${i}*1*100*80**12*CLAIM${i}~`).join('');
  return `${ISA}GS*HP*CLEARINGHOUSE*X12GW*20250401*1200*1*X*005010X221A1~ST*835*0001~BPR*I*80*C*CHK************20250401~${body}SE*3*0001~GE*1*1~IEA*1*000000001~`;
}

class ChunkedFiles {
  /** Chunks handed out, per openContent call. */
  readonly reads: number[] = [];
  readonly quarantined: { code: string; message: string }[] = [];
  readonly processed: unknown[] = [];

  constructor(
    private readonly content: Buffer,
    private readonly byteLength = content.length,
  ) {}

  asStore(): InboundFileStore {
    return this as unknown as InboundFileStore;
  }

  async findById(id: string): Promise<InboundFileRecord> {
    return { id, clearinghouseId: 'c1', remoteName: 'f', sha256: '0'.repeat(64), byteLength: this.byteLength, status: 'received' } as InboundFileRecord;
  }

  async *openContent(): AsyncIterable<Buffer> {
    const call = this.reads.push(0) - 1;
    for (let at = 0; at < this.content.length; at += CHUNK) {
      this.reads[call]++;
      yield this.content.subarray(at, at + CHUNK);
    }
  }

  async markProcessed(_id: string, _type: string, result: unknown): Promise<void> {
    this.processed.push(result);
  }

  async markQuarantined(_id: string, _type: string | null, code: string, message: string): Promise<void> {
    this.quarantined.push({ code, message });
  }
}

function worker(files: ChunkedFiles, remittance: Partial<RemittanceService>, acknowledgments: Partial<AcknowledgmentsService>): InboundRouterWorker {
  return new InboundRouterWorker(files.asStore(), remittance as RemittanceService, {} as MessageBus, pino({ level: 'silent' }), acknowledgments as AcknowledgmentsService);
}

const message = { id: 'm', topic: 'inbound.received', queue: 'inbound', headers: {}, attempt: 1, body: { inboundFileId: 'f1', clearinghouseId: 'c1' } };

async function drain(input: IngestInput): Promise<Buffer> {
  if (typeof input === 'string' || input instanceof Uint8Array) throw new Error('expected a chunk source, got the whole file');
  const parts: Buffer[] = [];
  for await (const chunk of input.open()) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

describe('InboundRouterWorker', () => {
  it('sniffs from the first chunks only and hands an 835 to posting as a chunk source, opened per pass', async () => {
    const content = Buffer.from(a835(6000));
    expect(content.length).toBeGreaterThan(10 * CHUNK);
    const files = new ChunkedFiles(content);
    let seen: Buffer[] = [];
    const ingest = jest.fn(async (input: IngestInput) => {
      seen = [await drain(input), await drain(input)];
      return { sha256: 'x', remittances: [] };
    });
    await expect(worker(files, { ingest } as Partial<RemittanceService>, {}).handle(message)).resolves.toBe('processed');
    expect(seen.map((b) => b.equals(content))).toEqual([true, true]);
    // The sniff stops after 64 KiB (4 chunks); the two posting passes (hash and envelope check, then post) read it all.
    const total = Math.ceil(content.length / CHUNK);
    expect(files.reads).toEqual([4, total, total]);
  });

  it('joins a multi-chunk acknowledgment into one string for its handler', async () => {
    const text = ack999(3000);
    expect(text.length).toBeGreaterThan(2 * CHUNK);
    const files = new ChunkedFiles(Buffer.from(text));
    const ingest = jest.fn(async () => ({ id: 'a1', type: '999', status: 'applied', duplicateOf: null, summary: {} }));
    await expect(worker(files, {}, { ingest } as unknown as Partial<AcknowledgmentsService>).handle(message)).resolves.toBe('processed');
    expect(ingest).toHaveBeenCalledWith(text, { fileName: 'f', source: 'clearinghouse:c1' });
  });

  it(`quarantines an acknowledgment over ${ACKNOWLEDGMENT_MAX_BYTES} bytes as ACKNOWLEDGMENT_TOO_LARGE without reading past the sniff`, async () => {
    const files = new ChunkedFiles(Buffer.from(ack999(3000)), ACKNOWLEDGMENT_MAX_BYTES + 1);
    const ingest = jest.fn();
    await expect(worker(files, {}, { ingest } as unknown as Partial<AcknowledgmentsService>).handle(message)).resolves.toBe('quarantined');
    expect(files.quarantined).toEqual([{ code: 'ACKNOWLEDGMENT_TOO_LARGE', message: expect.stringContaining('999') }]);
    expect(ingest).not.toHaveBeenCalled();
    expect(files.reads).toHaveLength(1);
  });
});
