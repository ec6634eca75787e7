// WebhookSender over Node's fetch: a timeout per request, redirects returned (not followed, so a
// subscriber cannot bounce the signed body elsewhere), and the response body discarded unread.
import { WebhookSender, type WebhookRequest, type WebhookResponse } from './webhook-sender.port';

export class FetchWebhookSender extends WebhookSender {
  async post(request: WebhookRequest): Promise<WebhookResponse> {
    try {
      const res = await fetch(request.url, {
        method: 'POST',
        body: request.body,
        headers: request.headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(request.timeoutMs),
      });
      await res.body?.cancel().catch(() => undefined);
      return { statusCode: res.status, error: null };
    } catch (err) {
      return { statusCode: null, error: describeFetchError(err, request.timeoutMs) };
    }
  }
}

function describeFetchError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `TIMEOUT: no response within ${timeoutMs} ms`;
  const code = e?.cause?.code;
  const message = e?.cause?.message ?? e?.message ?? String(err);
  return code ? `${code}: ${message}` : message;
}
