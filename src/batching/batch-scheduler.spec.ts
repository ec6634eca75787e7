import pino from 'pino';
import { parseClearinghouseProfile } from '../clearinghouses/clearinghouse-profile';
import { ClearinghouseRegistry } from '../clearinghouses/clearinghouse-registry';
import { BatchScheduler } from './batch-scheduler';
import type { BatchingService, BatchRunOptions, BatchRunResult } from './batching.service';

function profile(id: string, payers: string[] | '*', batchEverySeconds: number | null) {
  return parseClearinghouseProfile(
    {
      id,
      name: id,
      adapter: 'sandbox',
      isa: { senderQualifier: 'ZZ', senderId: 'SUB', receiverQualifier: 'ZZ', receiverId: 'RCV' },
      gs: { senderId: 'SUB', receiverId: 'RCV' },
      usage: 'T',
      submitter: { name: 'S', id: 'SUB', phone: '8005550100' },
      receiver: { name: 'R', id: 'RCV' },
      payers,
      schedule: { batchEverySeconds },
    },
    `${id}.yaml`,
  );
}

const EMPTY: BatchRunResult = { submissions: [], skipped: [], held: [] };

describe('BatchScheduler', () => {
  let calls: { id: string | undefined; at: number }[];
  let finishRun: (() => void)[];
  let failNext: boolean;
  let scheduler: BatchScheduler;
  let logs: string[];

  beforeEach(() => {
    jest.useFakeTimers({ now: 0 });
    calls = [];
    finishRun = [];
    failNext = false;
    logs = [];
    const batching = {
      run: (options: BatchRunOptions) => {
        calls.push({ id: options.clearinghouseId, at: Date.now() });
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('database down'));
        }
        return new Promise<BatchRunResult>((resolve) => finishRun.push(() => resolve(EMPTY)));
      },
    } as unknown as BatchingService;
    const registry = new ClearinghouseRegistry([profile('fast', ['11111'], 10), profile('slow', ['22222'], 60), profile('manual', '*', null)]);
    const logger = pino({ level: 'debug' }, { write: (line: string) => logs.push(line) });
    scheduler = new BatchScheduler(registry, batching, logger);
  });
  afterEach(async () => {
    for (const finish of finishRun) finish();
    await scheduler.stop();
    jest.useRealTimers();
  });

  it('does nothing until started, then runs each scheduled clearinghouse after its interval', async () => {
    await jest.advanceTimersByTimeAsync(120_000);
    expect(calls).toEqual([]);
    expect(scheduler.start()).toEqual(['fast', 'slow']);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(calls).toEqual([{ id: 'fast', at: 130_000 }]);
    await jest.advanceTimersByTimeAsync(50_000);
    expect(calls.map((c) => c.id)).toEqual(['fast', 'slow']);
  });

  it('never overlaps runs of one clearinghouse: the next is planned when the last one ends', async () => {
    scheduler.start();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(calls.filter((c) => c.id === 'fast')).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(45_000); // the first run is still going
    expect(calls.filter((c) => c.id === 'fast')).toHaveLength(1);
    expect(scheduler.busy).toContain('fast');
    finishRun.shift()!();
    await jest.advanceTimersByTimeAsync(0);
    expect(scheduler.busy).not.toContain('fast');
    await jest.advanceTimersByTimeAsync(9_999);
    expect(calls.filter((c) => c.id === 'fast')).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls.filter((c) => c.id === 'fast').map((c) => c.at)).toEqual([10_000, 65_000]);
  });

  it('logs a failed run and tries again at the next interval', async () => {
    failNext = true;
    scheduler.start();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(logs.join('\n')).toContain('scheduled batch failed');
    expect(logs.join('\n')).toContain('database down');
    await jest.advanceTimersByTimeAsync(10_000);
    expect(calls.filter((c) => c.id === 'fast')).toHaveLength(2);
  });

  it('stop() cancels planned runs and waits for the one in progress', async () => {
    scheduler.start();
    await jest.advanceTimersByTimeAsync(10_000);
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finishRun.shift()!();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(600_000);
    expect(calls).toHaveLength(1);
  });
});
