// Port for the one outside call of webhooks: POST a signed body to a subscriber's URL.
export interface WebhookRequest {
  url: string;
  /** The exact bytes that were signed. */
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

/** What came back: a status code, or the reason there is none (timeout, refused, DNS, TLS). */
export type WebhookResponse = { statusCode: number; error: null } | { statusCode: null; error: string };

export abstract class WebhookSender {
  /** Never throws for a failed request: the outcome is data. Redirects are not followed. */
  abstract post(request: WebhookRequest): Promise<WebhookResponse>;
}
