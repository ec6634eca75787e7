// A timeout that measures silence, not duration: the work gets a `progress()` callback, and only
// `ms` without a call ends it. Work that never reports progress gets a plain timeout of `ms`. So a
// large download over a slow but steady link finishes, and a stalled one is still cut off.
import { TransportError, TransportErrorCode } from './transport.errors';

/**
 * Runs `work`; when `ms` pass without `progress()` being called (or `work` settling), calls
 * `onTimeout` (to drop the connection) and rejects with a retryable TRANSPORT_TIMEOUT.
 */
export function withIdleTimeout<T>(work: (progress: () => void) => Promise<T>, ms: number, what: string, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let progressed = false;
  let fail: (err: Error) => void = () => undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    fail = reject;
  });
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      onTimeout();
      fail(new TransportError(TransportErrorCode.Timeout, progressed ? `${what} made no progress for ${ms} ms` : `${what} did not finish within ${ms} ms`));
    }, ms);
  };
  const progress = (): void => {
    progressed = true;
    arm();
  };
  arm();
  return Promise.race([work(progress), timedOut]).finally(() => clearTimeout(timer));
}
