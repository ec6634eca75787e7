// Classifies driver errors the same way on pg and PGlite, so the HTTP edge can answer 409 for a
// unique violation and 503 for a database that is unreachable — never a 500 or a half-written row.
import { QueryFailedError } from 'typeorm';

const UNAVAILABLE_SQLSTATES = new Set([
  '08000', '08001', '08003', '08004', '08006', // connection exceptions
  '57P01', '57P02', '57P03', // admin/crash shutdown, cannot connect now
  '53300', // too many connections
  '55000', // object not in prerequisite state (database does not allow connections)
  '3D000', // database does not exist (dropped under us)
]);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'PGLITE_SESSION_BUSY']);

function driverErrorOf(err: unknown): { code?: string; constraint?: string; message?: string } | undefined {
  if (err instanceof QueryFailedError) return err.driverError as { code?: string; constraint?: string };
  if (err && typeof err === 'object') return err as { code?: string; message?: string };
  return undefined;
}

export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const driver = driverErrorOf(err);
  return driver?.code === '23505' && (constraint === undefined || driver.constraint === constraint);
}

export function isDatabaseUnavailable(err: unknown): boolean {
  const driver = driverErrorOf(err);
  if (!driver) return false;
  if (driver.code && (UNAVAILABLE_SQLSTATES.has(driver.code) || UNAVAILABLE_NODE_CODES.has(driver.code))) return true;
  const message = String(driver.message ?? (err as Error)?.message ?? '');
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|pool has ended|Connection is not established/i.test(message);
}
