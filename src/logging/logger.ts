// JSON logs through pino. Log lines carry ids, codes, counts and timings — never claim content:
// no names, member ids, dates of birth or addresses. Bodies are never logged; the redaction list
// is a second line of defence for anything that slips into a log object by mistake.
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LoggerService } from '@nestjs/common';

export type { Logger };

const PHI_FIELDS = [
  'firstName', 'lastName', 'middleName', 'suffix', 'memberId', 'dateOfBirth', 'ssn', 'address', 'address1', 'address2',
  'city', 'postalCode', 'organizationName', 'patient', 'subscriber', 'dependent', 'body', 'submitted', 'document',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'x12gw' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-api-key"]',
        'headers.authorization',
        'headers["x-api-key"]',
        ...PHI_FIELDS,
        ...PHI_FIELDS.map((field) => `*.${field}`),
      ],
      censor: '[redacted]',
    },
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Routes Nest's own log calls into pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, traceOrContext?: string, context?: string): void {
    this.logger.error({ context: context ?? traceOrContext }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
  fatal(message: unknown, context?: string): void {
    this.logger.fatal({ context }, String(message));
  }
}

/** Nest injection token for the root pino logger. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
