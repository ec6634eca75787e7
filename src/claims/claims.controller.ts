// Claim intake and read routes. Each handler delegates to ClaimsService (raw 837 files: X12IntakeService) in one line.
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentApiKey, RequireScope } from '../auth/auth.decorators';
import type { AuthenticatedKey } from '../auth/api-keys.service';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { requestContext } from '../logging/request-logging.middleware';
import { ClaimBodyPipe, detectClaimKind, validateClaim, type ValidatedClaim } from './claim-body.pipe';
import { ClaimCorrectionsService } from './claim-corrections.service';
import { CLAIM_STATUSES } from './claim-status';
import type { ClaimKind } from './claim.types';
import { ClaimsService, type ClaimListQuery } from './claims.service';
import { DentalClaimDto } from './dto/dental-claim.dto';
import { InstitutionalClaimDto } from './dto/institutional-claim.dto';
import { ProfessionalClaimDto } from './dto/professional-claim.dto';
import { X12_MEDIA_TYPES, X12IntakeService } from './x12-intake.service';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Up to 255 visible ASCII characters. The same key and body within 24 h return the first response (header Idempotent-Replayed: true); another body gives 422; a request still in flight gives 409.',
};
const ERRORS = [
  { status: 400, description: 'Validation failed: `errors[]` lists `{ path, code, message }`' },
  { status: 401, description: 'No or unknown API key' },
  { status: 403, description: 'The API key lacks the scope' },
  { status: 409, description: 'Duplicate original claim, or the Idempotency-Key is in flight' },
  { status: 413, description: 'Body over the limit' },
  { status: 415, description: 'Body is not application/json' },
  { status: 422, description: 'Idempotency-Key reused with another body' },
  { status: 503, description: 'Database unavailable; nothing stored' },
];

function ApiErrors(): MethodDecorator {
  return (target, key, descriptor) => {
    for (const e of ERRORS) ApiResponse(e)(target, key, descriptor);
  };
}

@ApiTags('claims')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('v1/claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly x12Intake: X12IntakeService,
    private readonly corrections: ClaimCorrectionsService,
  ) {}

  @Post('professional')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Submit a professional claim (837P, Optum/Stedi Professional Claims v3 shape)' })
  @ApiBody({ type: ProfessionalClaimDto })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiResponse({ status: 200, description: 'Stored; `claim.id` identifies it' })
  @ApiErrors()
  professional(@Body(new ClaimBodyPipe('professional')) claim: ValidatedClaim, @Headers('idempotency-key') key: string | undefined, @CurrentApiKey() apiKey: AuthenticatedKey, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.submit(claim, key, apiKey, req, res);
  }

  @Post('institutional')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Submit an institutional claim (837I, Institutional Claims v1 shape)' })
  @ApiBody({ type: InstitutionalClaimDto })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiResponse({ status: 200, description: 'Stored; `claim.id` identifies it' })
  @ApiErrors()
  institutional(@Body(new ClaimBodyPipe('institutional')) claim: ValidatedClaim, @Headers('idempotency-key') key: string | undefined, @CurrentApiKey() apiKey: AuthenticatedKey, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.submit(claim, key, apiKey, req, res);
  }

  @Post('dental')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Submit a dental claim (837D, Stedi dental claims shape)' })
  @ApiBody({ type: DentalClaimDto })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiResponse({ status: 200, description: 'Stored; `claim.id` identifies it' })
  @ApiErrors()
  dental(@Body(new ClaimBodyPipe('dental')) claim: ValidatedClaim, @Headers('idempotency-key') key: string | undefined, @CurrentApiKey() apiKey: AuthenticatedKey, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.submit(claim, key, apiKey, req, res);
  }

  @Post('x12')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Submit an 837P/837I/837D file: each claim is read, validated, scrubbed and stored as if sent as JSON; per-claim results, a malformed claim rejected with its segment position and code' })
  @ApiConsumes(...X12_MEDIA_TYPES)
  @ApiBody({ description: 'The raw X12 interchange', schema: { type: 'string', example: 'ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *240315*1200*^*00501*000000101*1*T*:~GS*HC*…' } })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiResponse({ status: 200, description: '`results[]` per claim in file order: `stored` (with `claim`) or `rejected` (with `errors[]` carrying code, segmentIndex, segmentId, element, line); `diagnostics[]` for the whole file' })
  @ApiErrors()
  x12(@Body() body: unknown, @Headers('content-type') contentType: string | undefined, @Headers('idempotency-key') key: string | undefined, @CurrentApiKey() apiKey: AuthenticatedKey, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.reply(this.x12Intake.submitFile(body, contentType, this.x12Context(key, apiKey, req)), res);
  }

  @Post('validate')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Dry run: every check a submission runs, nothing stored. The kind comes from `?kind=` or from the first service line.' })
  @ApiQuery({ name: 'kind', required: false, enum: ['professional', 'institutional', 'dental'] })
  @ApiResponse({ status: 200, description: 'The claim would be accepted' })
  @ApiErrors()
  validate(@Body() body: unknown, @Query('kind') kind: string | undefined) {
    return this.claims.dryRun(validateClaim(this.kindFor(body, kind), body));
  }

  @Post(':id/corrections')
  @HttpCode(201)
  @RequireScope('claims:write')
  @ApiOperation({
    summary: 'Correct a claim with a complete new claim body of its kind. The payer has it (277CA accepted or 835 posted): sent as a replacement (CLM05-3 7, REF*F8 = the payer claim control number), the original becomes `corrected`. The payer never got it (rejected): sent again as a new original. Otherwise 409.',
  })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiResponse({ status: 201, description: 'Stored `ready` (or `invalid`, with `errors[]`); `claim.replacesClaimId` and `replaces` link the original' })
  @ApiResponse({ status: 409, description: 'CLAIM_NOT_CORRECTABLE (not answered by the payer yet), CLAIM_ALREADY_REPLACED, PAYER_CLAIM_NUMBER_UNKNOWN, DUPLICATE_CLAIM' })
  @ApiErrors()
  correct(@Param('id') id: string, @Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @CurrentApiKey() apiKey: AuthenticatedKey, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.reply(this.corrections.correct(id, body, this.context(key, apiKey, req)), res);
  }

  @Post(':id/void')
  @HttpCode(201)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Void a claim the payer has: its own claim again with CLM05-3 8 and REF*F8 = the payer claim control number; the original becomes `voided`. Optional body `{ "reason": "…" }`.' })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiResponse({ status: 201, description: 'The void claim, stored `ready`; `claim.replacesClaimId` and `replaces` link the original' })
  @ApiResponse({ status: 409, description: 'CLAIM_NOT_VOIDABLE (the payer does not have it), CLAIM_ALREADY_REPLACED, PAYER_CLAIM_NUMBER_UNKNOWN' })
  @ApiErrors()
  void(@Param('id') id: string, @Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @CurrentApiKey() apiKey: AuthenticatedKey, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.reply(this.corrections.void(id, body, this.context(key, apiKey, req)), res);
  }

  @Get(':id')
  @RequireScope('claims:read')
  @ApiOperation({ summary: 'One claim with its status, submitted JSON and history' })
  get(@Param('id') id: string) {
    return this.claims.get(id);
  }

  @Get()
  @RequireScope('claims:read')
  @ApiOperation({ summary: 'Claims, newest first, one page at a time (`nextCursor`)' })
  @ApiQuery({ name: 'status', required: false, enum: CLAIM_STATUSES })
  @ApiQuery({ name: 'payerId', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'Received on or after (YYYY-MM-DD or ISO 8601)' })
  @ApiQuery({ name: 'to', required: false, description: 'Received on or before (YYYY-MM-DD inclusive, or an ISO 8601 instant, exclusive)' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  list(@Query() query: ClaimListQuery) {
    return this.claims.list(query);
  }

  private async submit(claim: ValidatedClaim, key: string | undefined, apiKey: AuthenticatedKey, req: Request, res: Response) {
    const result = await this.claims.submit(claim, { apiKeyId: apiKey.id, idempotencyKey: key, method: req.method, path: req.path, requestId: requestContext(req).requestId, source: 'api' });
    res.status(result.status);
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return result.body;
  }

  private x12Context(key: string | undefined, apiKey: AuthenticatedKey, req: Request) {
    return { apiKeyId: apiKey.id, idempotencyKey: key, method: req.method, path: req.path, requestId: requestContext(req).requestId, source: 'x12' };
  }

  private context(key: string | undefined, apiKey: AuthenticatedKey, req: Request) {
    return { apiKeyId: apiKey.id, idempotencyKey: key, method: req.method, path: req.path, requestId: requestContext(req).requestId, source: 'api' };
  }

  private async reply(pending: Promise<{ status: number; body: unknown; replayed: boolean }>, res: Response) {
    const result = await pending;
    res.status(result.status);
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return result.body;
  }

  private kindFor(body: unknown, kind: string | undefined): ClaimKind {
    if (kind === undefined) {
      const detected = detectClaimKind(body);
      if (detected) return detected;
      if (body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0)) return 'professional';
      throw new GatewayError(ErrorCode.ValidationFailed, 'cannot tell the claim kind; pass ?kind=professional|institutional|dental', { errors: [{ path: 'claimInformation.serviceLines[0]', code: 'UNKNOWN_KIND', message: 'expected professionalService, institutionalService or dentalService' }] });
    }
    if (kind === 'professional' || kind === 'institutional' || kind === 'dental') return kind;
    throw new GatewayError(ErrorCode.InvalidQuery, 'kind must be professional, institutional or dental', { errors: [{ path: 'kind', code: 'NOT_ALLOWED_VALUE', message: 'expected professional, institutional or dental' }] });
  }
}
