// JSON body parsing at the HTTP edge with coded errors: a body over the limit is a 413, malformed
// JSON a 400 with the position, a body of another media type a 415. Runs before any route.
import type { NextFunction, Request, Response } from 'express';
import * as express from 'express';
import { ErrorCode } from '../common/gateway-error';
import { HTTP_STATUS_BY_CODE } from './error-status';
import { requestContext } from '../logging/request-logging.middleware';

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
}

function isJsonType(req: Request): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

export function sendError(req: Request, res: Response, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): void {
  const ctx = requestContext(req);
  ctx.errorCode = code;
  const status = HTTP_STATUS_BY_CODE[code];
  res.status(status).json({ statusCode: status, code, message, ...extra, requestId: ctx.requestId });
}

export interface BodyParsingOptions {
  limitBytes: number;
  /** Paths (exact, without query) that take a raw text body instead of JSON, e.g. X12 uploads. */
  rawTextPaths?: string[];
}

export function jsonBodyParsing(options: BodyParsingOptions) {
  const parseJson = express.json({ limit: options.limitBytes, strict: false, type: () => true });
  const parseText = express.text({ limit: options.limitBytes, type: () => true });
  const rawPaths = new Set(options.rawTextPaths ?? []);
  const limitText = `${Math.round((options.limitBytes / 1024 / 1024) * 100) / 100} MB`;

  return (req: Request, res: Response, next: NextFunction): void => {
    if (!['POST', 'PUT', 'PATCH'].includes(req.method) || !hasBody(req)) return next();
    const raw = rawPaths.has(req.path);
    if (!raw && !isJsonType(req)) {
      return sendError(req, res, ErrorCode.UnsupportedMediaType, 'request body must be application/json');
    }
    const parser = raw ? parseText : parseJson;
    parser(req, res, (err?: unknown) => {
      if (!err) return next();
      const e = err as { type?: string; status?: number; message?: string };
      if (e.type === 'entity.too.large' || e.status === 413) {
        return sendError(req, res, ErrorCode.PayloadTooLarge, `request body exceeds the limit of ${limitText}`, { limitBytes: options.limitBytes });
      }
      if (e.type === 'entity.parse.failed') {
        const position = /position (\d+)/.exec(e.message ?? '')?.[1];
        return sendError(req, res, ErrorCode.MalformedJson, position ? `request body is not valid JSON (at character ${position})` : 'request body is not valid JSON');
      }
      if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
        return sendError(req, res, ErrorCode.UnsupportedMediaType, 'request body must be UTF-8 encoded');
      }
      return sendError(req, res, ErrorCode.MalformedJson, 'request body could not be read');
    });
  };
}
