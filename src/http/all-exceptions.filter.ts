// The HTTP edge's one exception filter: domain codes become statuses through HTTP_STATUS_BY_CODE,
// an unreachable database becomes 503, anything unexpected a 500 whose log line holds no PHI.
import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { isDatabaseUnavailable } from '../persistence/database-errors';
import { sendError } from './body-parsing';

const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.MissingScope,
  404: ErrorCode.NotFound,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
};

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (res.headersSent) return;

    if (exception instanceof GatewayError) {
      const { errors, ...rest } = exception.details;
      return sendError(req, res, exception.code, exception.message, errors ? { errors, ...rest } : rest);
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.error({ err: { name: (exception as Error).name, code: (exception as { code?: string }).code } }, 'database unavailable');
      return sendError(req, res, ErrorCode.DatabaseUnavailable, 'the database is unavailable; nothing was stored, retry later');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_HTTP_STATUS[status];
      if (code) {
        const message = status === 404 ? `no route ${req.method} ${req.path}` : exception.message;
        return sendError(req, res, code, message);
      }
    }
    const err = exception as Error;
    // Driver errors can carry row values in `detail` and `parameters`; log only name, code and stack.
    this.logger.error({ err: { name: err?.name, code: (err as { code?: string })?.code, message: err?.message, stack: err?.stack } }, 'unhandled error');
    sendError(req, res, ErrorCode.Internal, 'internal error');
  }
}
