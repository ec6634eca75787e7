// Edge validation of POST /v1/webhooks and the mapper to the plain input the service takes. A URL
// must be https — or http to the local machine, for development and tests — with no credentials
// in it; any other scheme is refused. An IP-literal host in a refused range (address-policy.ts) is
// refused here too, as an early answer; the sender's check at send time is the real guard.
import { Inject, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ErrorCode, GatewayError, type FieldIssue } from '../common/gateway-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { addressRefusal, ipLiteral, isLocalDevUrl, type AddressPolicyOptions } from './address-policy';
import { CreateWebhookDto, SUBSCRIBABLE_EVENTS } from './dto/create-webhook.dto';
import { ALL_EVENTS } from './webhook-events';

export interface NewWebhookInput {
  url: string;
  events: string[];
  secret: string | null;
  description: string | null;
}

function urlIssue(raw: string, policy: AddressPolicyOptions): FieldIssue | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { path: 'url', code: 'INVALID_URL', message: 'expected an absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { path: 'url', code: 'UNSUPPORTED_SCHEME', message: 'expected an https URL (http only for localhost)' };
  if (url.protocol === 'http:' && !isLocalDevUrl(url)) return { path: 'url', code: 'INSECURE_URL', message: 'http is allowed only for localhost; use https' };
  if (url.username || url.password) return { path: 'url', code: 'CREDENTIALS_IN_URL', message: 'the URL must not carry a user name or password' };
  if (url.hash) return { path: 'url', code: 'FRAGMENT_IN_URL', message: 'the URL must not carry a #fragment' };
  const literal = ipLiteral(url);
  const refusal = literal && addressRefusal(url, literal, policy);
  if (refusal) return { path: 'url', code: 'PRIVATE_ADDRESS', message: `webhooks may not be sent to ${refusal}` };
  return null;
}

export function toNewWebhookInput(body: unknown, policy: AddressPolicyOptions = { allowPrivateNetworks: false }): NewWebhookInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new GatewayError(ErrorCode.ValidationFailed, 'the request body must be a JSON object', { errors: [{ path: '', code: 'NOT_AN_OBJECT', message: 'expected { url, events, secret?, description? }' }] });
  }
  const dto = plainToInstance(CreateWebhookDto, body);
  const errors: FieldIssue[] = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }).map((e) => {
    const c = e.constraints ?? {};
    if (c.whitelistValidation) return { path: e.property, code: 'UNKNOWN_FIELD', message: 'is not a known field (expected url, events, secret, description)' };
    if (c.isString || c.isArray) return { path: e.property, code: c.isArray ? 'NOT_AN_ARRAY' : 'NOT_A_STRING', message: Object.values(c)[0] };
    if (c.isIn) return { path: e.property, code: 'UNKNOWN_EVENT', message: `each event must be one of ${SUBSCRIBABLE_EVENTS.join(', ')}` };
    return { path: e.property, code: 'OUT_OF_RANGE', message: Object.values(c)[0] };
  });
  if (!errors.some((e) => e.path === 'url')) {
    const issue = urlIssue(dto.url, policy);
    if (issue) errors.push(issue);
  }
  if (errors.length > 0) throw new GatewayError(ErrorCode.ValidationFailed, `the webhook failed validation (${errors.length} error${errors.length === 1 ? '' : 's'})`, { errors });
  const events = dto.events.includes(ALL_EVENTS) ? [ALL_EVENTS] : [...new Set(dto.events)].sort();
  return { url: new URL(dto.url).toString(), events, secret: dto.secret ?? null, description: dto.description?.trim() || null };
}

@Injectable()
export class CreateWebhookPipe implements PipeTransform<unknown, NewWebhookInput> {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  transform(body: unknown): NewWebhookInput {
    return toNewWebhookInput(body, { allowPrivateNetworks: this.config.webhooks.allowPrivateNetworks });
  }
}
