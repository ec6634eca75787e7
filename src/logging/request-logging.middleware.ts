// One log line per HTTP request: method, path (without the query string), status, duration, the
// request id and the API key prefix. Never the body, the query or the headers.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

export interface RequestContext {
  requestId: string;
  apiKeyPrefix?: string;
  errorCode?: string;
}

export function requestContext(req: Request): RequestContext {
  const holder = req as Request & { x12gw?: RequestContext };
  if (!holder.x12gw) holder.x12gw = { requestId: randomUUID() };
  return holder.x12gw;
}

export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const ctx = requestContext(req);
    res.setHeader('X-Request-Id', ctx.requestId);
    res.on('finish', () => {
      const durationMs = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
      const line = {
        requestId: ctx.requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs,
        apiKey: ctx.apiKeyPrefix,
        errorCode: ctx.errorCode,
      };
      if (res.statusCode >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    });
    next();
  };
}
