// Acknowledgment routes: the files received (or only the references that matched nothing we sent)
// and a claim's timeline. Files come in through POST /v1/inbound (routed by content).
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireScope } from '../auth/auth.decorators';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { AcknowledgmentStore } from './acknowledgment-store.port';
import { ClaimTimelineService } from './claim-timeline.service';

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 50;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > 500) {
    throw new GatewayError(ErrorCode.InvalidQuery, 'limit must be 1–500', { errors: [{ path: 'limit', code: 'OUT_OF_RANGE', message: 'limit must be 1–500' }] });
  }
  return Number(raw);
}

@ApiTags('acknowledgments')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('v1')
export class AcknowledgmentsController {
  constructor(
    private readonly store: AcknowledgmentStore,
    private readonly timelines: ClaimTimelineService,
  ) {}

  @Get('acknowledgments')
  @RequireScope('claims:read')
  @ApiOperation({ summary: 'Acknowledgment files received (TA1, 999, 277CA), newest first; with `unmatched=true`, the references that pointed at nothing we sent' })
  @ApiQuery({ name: 'unmatched', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  async list(@Query('unmatched') unmatched: string | undefined, @Query('limit') limit: string | undefined) {
    if (unmatched !== undefined && unmatched !== 'true' && unmatched !== 'false') {
      throw new GatewayError(ErrorCode.InvalidQuery, 'unmatched must be true or false', { errors: [{ path: 'unmatched', code: 'NOT_ALLOWED_VALUE', message: 'true or false' }] });
    }
    const n = parseLimit(limit);
    if (unmatched === 'true') return { items: await this.store.listUnmatched(n) };
    return { items: await this.store.listAcknowledgments(n) };
  }

  @Get('claims/:id/timeline')
  @RequireScope('claims:read')
  @ApiOperation({ summary: "A claim's events in order: status, cause, time, a readable description and links to the submission, acknowledgment or remittance" })
  timeline(@Param('id') id: string) {
    return this.timelines.timeline(id);
  }
}
