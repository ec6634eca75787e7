// Reconciliation routes: manual match of an unmatched claim payment, the finance summary and CSV
// exports over posted remittances, and bank deposits matched to remittances. One line each.
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentApiKey, RequireScope } from '../auth/auth.decorators';
import type { AuthenticatedKey } from '../auth/api-keys.service';
import { DEPOSIT_MEDIA_TYPES, DepositsService } from './deposits.service';
import { ManualMatchService } from './manual-match.service';
import type { RangeQuery } from './reconciliation.errors';
import { ReconciliationService } from './reconciliation.service';

const RANGE_QUERIES = [
  ApiQuery({ name: 'from', required: true, description: 'First payment date (BPR16), YYYY-MM-DD' }),
  ApiQuery({ name: 'to', required: true, description: 'Last payment date, YYYY-MM-DD, inclusive' }),
  ApiQuery({ name: 'payerId', required: false, description: 'Payer id (REF*2U) or TRN03' }),
];

function applyAll(decorators: MethodDecorator[]): MethodDecorator {
  return (target, key, descriptor) => {
    for (const d of decorators) d(target, key, descriptor);
  };
}

function csv(stream: NodeJS.ReadableStream, name: string): StreamableFile {
  return new StreamableFile(stream as never, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${name}"` });
}

@ApiTags('reconciliation')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('v1')
export class ReconciliationController {
  constructor(
    private readonly matches: ManualMatchService,
    private readonly reconciliation: ReconciliationService,
    private readonly deposits: DepositsService,
  ) {}

  @Post('payments/:id/match')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Assign a claim payment no claim matched to a claim by hand; the claim status follows the automatic posting rule and a `remittance.manual_match` event is recorded' })
  @ApiBody({ schema: { type: 'object', required: ['claimId'], properties: { claimId: { type: 'string', format: 'uuid' } } } })
  @ApiResponse({ status: 404, description: 'No claim payment with this id' })
  @ApiResponse({ status: 409, description: 'PAYMENT_ALREADY_MATCHED' })
  @ApiResponse({ status: 422, description: 'UNKNOWN_CLAIM' })
  match(@Param('id') id: string, @Body() body: unknown, @CurrentApiKey() key: AuthenticatedKey | undefined) {
    return this.matches.match(id, body, key?.id ?? null);
  }

  @Get('reconciliation/summary')
  @RequireScope('remittance:read')
  @ApiOperation({ summary: 'Totals over posted remittances paid in the range: billed, paid, adjustments by group, denials by CARC, PLB, unmatched; amounts as two-decimal strings' })
  @applyAll(RANGE_QUERIES)
  summary(@Query() query: RangeQuery) {
    return this.reconciliation.summary(query);
  }

  @Get('exports/claim-payments.csv')
  @RequireScope('remittance:read')
  @ApiOperation({ summary: 'CSV (RFC 4180) of the claim payments of posted remittances paid in the range, streamed; no patient names or member ids' })
  @ApiProduces('text/csv')
  @applyAll(RANGE_QUERIES)
  claimPayments(@Query() query: RangeQuery) {
    return csv(this.reconciliation.claimPaymentsCsv(query), 'claim-payments.csv');
  }

  @Get('exports/adjustments.csv')
  @RequireScope('remittance:read')
  @ApiOperation({ summary: 'CSV (RFC 4180) of every CAS adjustment (claim and line level) of posted remittances paid in the range, with CARC descriptions, streamed' })
  @ApiProduces('text/csv')
  @applyAll(RANGE_QUERIES)
  adjustments(@Query() query: RangeQuery) {
    return csv(this.reconciliation.adjustmentsCsv(query), 'adjustments.csv');
  }

  @Post('deposits')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Bank deposits in, each matched to a posted remittance by TRN02 trace number, else by amount and payment date ±3 days' })
  @ApiConsumes(...DEPOSIT_MEDIA_TYPES)
  @ApiBody({ description: 'JSON array `[{ "date": "YYYY-MM-DD", "amount": "146.00", "trace": "EFT…" }]`, or CSV with a `date,amount,trace` header', schema: { type: 'string' } })
  upload(@Body() body: unknown, @Headers('content-type') contentType: string | undefined) {
    return this.deposits.upload(body, contentType);
  }

  @Get('deposits')
  @RequireScope('remittance:read')
  @ApiOperation({ summary: 'Deposits (reconciled, unreconciled or both), newest first, and posted remittances no deposit matched' })
  @ApiQuery({ name: 'status', required: false, enum: ['reconciled', 'unreconciled'] })
  @ApiQuery({ name: 'limit', required: false, description: '1–1000, default 500' })
  list(@Query() query: { status?: string; limit?: string }) {
    return this.deposits.list(query);
  }
}
