// Remittance routes: an inbound 835 file in, remittances and claim payments out. One line each.
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentApiKey, RequireScope } from '../auth/auth.decorators';
import type { AuthenticatedKey } from '../auth/api-keys.service';
import { X12_MEDIA_TYPES } from '../claims/x12-intake.service';
import { RemittanceReadService, type PageQuery, type PaymentQuery } from './remittance-read.service';
import { InboundFileService } from './inbound-file.service';
import { RemittanceService } from './remittance.service';

@ApiTags('remittance')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('v1')
export class RemittanceController {
  constructor(
    private readonly inbound: InboundFileService,
    private readonly reads: RemittanceReadService,
    private readonly remittances: RemittanceService,
  ) {}

  @Post('inbound')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Ingest an 835 file: each transaction set posted once (one database transaction each), or recorded as a duplicate, or rejected unposted with its diagnostics' })
  @ApiConsumes(...X12_MEDIA_TYPES)
  @ApiBody({ description: 'The raw X12 835 interchange', schema: { type: 'string' } })
  @ApiHeader({ name: 'X-File-Name', required: false, description: 'The name of the file, kept with the remittance' })
  @ApiResponse({ status: 200, description: '`remittances[]`: `{ id, status: posted|duplicate|rejected, transactionControlNumber, claims, matched, unmatched, balanced, diagnostics }`' })
  @ApiResponse({ status: 400, description: 'The body holds no 835 (UNREADABLE_REMITTANCE) or is empty; nothing posted' })
  @ApiResponse({ status: 415, description: 'Not application/edi-x12, text/plain or application/octet-stream' })
  ingest(@Body() body: unknown, @Headers('content-type') contentType: string | undefined, @Headers('x-file-name') fileName: string | undefined) {
    return this.inbound.receive(body, contentType, fileName);
  }

  @Get('remittances')
  @RequireScope('remittance:read')
  @ApiOperation({ summary: 'Remittances (one per 835 transaction set), newest first, one page at a time (`nextCursor`)' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  list(@Query() query: PageQuery) {
    return this.reads.list(query);
  }

  @Get('remittances/:id')
  @RequireScope('remittance:read')
  @ApiOperation({ summary: 'One remittance with its claim payments, service payments, adjustments and PLB' })
  get(@Param('id') id: string) {
    return this.reads.get(id);
  }

  @Post('remittances/:id/release')
  @HttpCode(200)
  @RequireScope('remittance:write')
  @ApiOperation({
    summary:
      'Post by hand, after review, a transaction set rejected because it does not balance: posted as a balanced one would be (claim payments, lines, adjustments, PLB, matching, claim statuses with a `remittance.manual_release` event carrying the reason), in one database transaction, once',
  })
  @ApiBody({ schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string', minLength: 1, maxLength: 1000 } } } })
  @ApiResponse({ status: 200, description: '`{ id, status: posted, claims, matched, unmatched, balanced: false, diagnostics, releasedAt, releaseReason, releasedBy }`' })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED: no reason' })
  @ApiResponse({ status: 404, description: 'No remittance with this id' })
  @ApiResponse({ status: 409, description: 'REMITTANCE_ALREADY_RELEASED; REMITTANCE_NOT_RELEASABLE (not rejected, rejected as unreadable, or the same payment is posted)' })
  release(@Param('id') id: string, @Body() body: unknown, @CurrentApiKey() key: AuthenticatedKey | undefined) {
    return this.remittances.release(id, body, key?.id ?? null);
  }

  @Get('payments')
  @RequireScope('remittance:read')
  @ApiOperation({ summary: 'Claim payments, newest first: of one claim (`claimId`), or those no claim matched (`unmatched=true`)' })
  @ApiQuery({ name: 'claimId', required: false })
  @ApiQuery({ name: 'unmatched', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  payments(@Query() query: PaymentQuery) {
    return this.reads.payments(query);
  }
}
