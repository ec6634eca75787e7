// Edge validation of POST /v1/batches: no body or `{}` means every clearinghouse; anything else
// must be `{ clearinghouseId: string }`. Unknown fields are errors, as on every route.
import { Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ErrorCode, GatewayError, type FieldIssue } from '../common/gateway-error';
import type { BatchRunOptions } from './batching.service';
import { CreateBatchDto } from './dto/create-batch.dto';

export function toBatchRunOptions(body: unknown): BatchRunOptions {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new GatewayError(ErrorCode.ValidationFailed, 'the request body must be a JSON object', { errors: [{ path: '', code: 'NOT_AN_OBJECT', message: 'expected { "clearinghouseId"?: string }' }] });
  }
  const dto = plainToInstance(CreateBatchDto, body);
  const errors: FieldIssue[] = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }).map((e) => ({
    path: e.property,
    code: e.constraints?.whitelistValidation ? 'UNKNOWN_FIELD' : e.constraints?.isString ? 'NOT_A_STRING' : 'OUT_OF_RANGE',
    message: e.constraints?.whitelistValidation ? 'is not a known field (expected clearinghouseId)' : 'expected a clearinghouse id of 1–40 characters',
  }));
  if (errors.length > 0) throw new GatewayError(ErrorCode.ValidationFailed, `the batch request failed validation (${errors.length} error${errors.length === 1 ? '' : 's'})`, { errors });
  return dto.clearinghouseId === undefined ? {} : { clearinghouseId: dto.clearinghouseId };
}

@Injectable()
export class CreateBatchPipe implements PipeTransform<unknown, BatchRunOptions> {
  transform(body: unknown): BatchRunOptions {
    return toBatchRunOptions(body);
  }
}
