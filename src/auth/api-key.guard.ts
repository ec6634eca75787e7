// Every route needs an API key (Authorization: Bearer … or X-API-Key) unless marked @Public();
// a route without a @RequireScope() is refused, so a new controller cannot be open by accident.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { requestContext } from '../logging/request-logging.middleware';
import { ApiKeysService } from './api-keys.service';
import { PUBLIC_ROUTE, REQUIRED_SCOPE } from './auth.decorators';
import { grants, type Scope } from './scopes';

function presentedKey(req: Request): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match ? match[1] : null;
  }
  const apiKey = req.headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey.length > 0 ? apiKey : null;
}

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const req = context.switchToHttp().getRequest<Request & { apiKey?: unknown }>();
    const presented = presentedKey(req);
    if (!presented) throw new GatewayError(ErrorCode.Unauthenticated, 'an API key is required (Authorization: Bearer <key> or X-API-Key)');
    const key = await this.keys.authenticate(presented);
    if (!key) throw new GatewayError(ErrorCode.Unauthenticated, 'the API key is not valid or has been revoked');
    req.apiKey = key;
    requestContext(req).apiKeyPrefix = key.prefix;

    const required = this.reflector.getAllAndOverride<Scope | undefined>(REQUIRED_SCOPE, targets);
    if (!required) throw new GatewayError(ErrorCode.MissingScope, 'this route declares no scope and is closed');
    if (!grants(key.scopes, required)) throw new GatewayError(ErrorCode.MissingScope, `the API key lacks the scope ${required}`, { requiredScope: required });
    return true;
  }
}
