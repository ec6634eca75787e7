import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Scope } from './scopes';
import type { AuthenticatedKey } from './api-keys.service';

export const PUBLIC_ROUTE = 'x12gw:public';
export const REQUIRED_SCOPE = 'x12gw:scope';

/** The route needs no API key (only /health). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The API key must carry this scope (or admin). */
export const RequireScope = (scope: Scope) => SetMetadata(REQUIRED_SCOPE, scope);

/** The authenticated API key of the request. */
export const CurrentApiKey = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedKey => {
  return ctx.switchToHttp().getRequest().apiKey;
});
