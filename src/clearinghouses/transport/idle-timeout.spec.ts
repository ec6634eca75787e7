// withIdleTimeout on fake timers: work that keeps reporting progress runs past the limit; silence
// for the limit ends it with a retryable TRANSPORT_TIMEOUT and calls onTimeout once; work that
// never reports progress gets a plain timeout; a finished work leaves no timer behind.
import { withIdleTimeout } from './idle-timeout';
import { TransportError, TransportErrorCode } from './transport.errors';

describe('withIdleTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('lets work that reports progress run far past the limit', async () => {
    const onTimeout = jest.fn();
    const done = withIdleTimeout(
      async (progress) => {
        for (let i = 0; i < 10; i++) {
          await new Promise((resolve) => setTimeout(resolve, 800));
          progress();
        }
        return 'whole file';
      },
      1000,
      'download f',
      onTimeout,
    );
    await jest.advanceTimersByTimeAsync(10 * 800);
    await expect(done).resolves.toBe('whole file');
    expect(onTimeout).not.toHaveBeenCalled();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('ends work that goes silent for the limit after some progress', async () => {
    const onTimeout = jest.fn();
    const done = withIdleTimeout(
      async (progress) => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        progress();
        return new Promise<never>(() => undefined);
      },
      1000,
      'download f',
      onTimeout,
    );
    const caught = done.catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(1499);
    expect(onTimeout).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    const err = await caught;
    expect(err).toBeInstanceOf(TransportError);
    expect(err).toMatchObject({ code: TransportErrorCode.Timeout, retryable: true, message: 'download f made no progress for 1000 ms' });
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('is a plain timeout for work that never reports progress', async () => {
    const onTimeout = jest.fn();
    const caught = withIdleTimeout(() => new Promise<never>(() => undefined), 1000, 'list inbound', onTimeout).catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(1000);
    expect(await caught).toMatchObject({ code: TransportErrorCode.Timeout, message: 'list inbound did not finish within 1000 ms' });
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('passes the work’s own failure through and clears its timer', async () => {
    await expect(withIdleTimeout(async () => Promise.reject(new Error('permission denied')), 1000, 'x', jest.fn())).rejects.toThrow('permission denied');
    expect(jest.getTimerCount()).toBe(0);
  });
});
