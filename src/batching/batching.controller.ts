// Batching routes: run a batch now, list and read submissions and their files, retry a dead letter. Handlers delegate in one line.
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequireScope } from '../auth/auth.decorators';
import { BatchingService, type BatchRunOptions } from './batching.service';
import { CreateBatchPipe } from './create-batch.pipe';
import { CreateBatchDto } from './dto/create-batch.dto';
import { SUBMISSION_STATUSES } from './submission-store.port';
import { SubmissionsService, type SubmissionListQuery } from './submissions.service';

/** RFC 1767's media type for X12 interchanges. */
export const X12_MEDIA_TYPE = 'application/edi-x12';

@ApiTags('batching')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('v1')
export class BatchingController {
  constructor(
    private readonly batching: BatchingService,
    private readonly submissions: SubmissionsService,
  ) {}

  @Post('batches')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Batch ready claims now: one 837 interchange per clearinghouse × payer × kind × usage (split by the clearinghouse limits); claims move to batched' })
  @ApiBody({ type: CreateBatchDto, required: false })
  @ApiResponse({ status: 200, description: '`submissions` made (possibly none), `skipped` claims that fit no file, `held` queues no clearinghouse takes' })
  @ApiResponse({ status: 400, description: 'Unknown clearinghouse or bad body' })
  batch(@Body(new CreateBatchPipe()) options: BatchRunOptions) {
    return this.batching.run(options);
  }

  @Get('submissions')
  @RequireScope('claims:read')
  @ApiOperation({ summary: 'Submissions, newest first, with their delivery state (queued, failed and retrying, transmitted, dead_lettered)' })
  @ApiQuery({ name: 'status', required: false, enum: SUBMISSION_STATUSES })
  @ApiQuery({ name: 'clearinghouseId', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  list(@Query() query: SubmissionListQuery) {
    return this.submissions.list(query);
  }

  @Post('submissions/:id/retry')
  @HttpCode(202)
  @RequireScope('claims:write')
  @ApiOperation({ summary: 'Replay a dead-lettered submission from the dead-letter queue with a fresh attempt count' })
  @ApiResponse({ status: 409, description: 'SUBMISSION_NOT_RETRYABLE: the submission is not dead-lettered' })
  retry(@Param('id') id: string) {
    return this.submissions.retry(id);
  }

  @Get('submissions/:id')
  @RequireScope('claims:read')
  @ApiOperation({ summary: 'A submission: control numbers, file sha256 and size, status, and each claim with its ST02 and loop 2300 segment range (ST = 1)' })
  get(@Param('id') id: string) {
    return this.submissions.get(id);
  }

  @Get('submissions/:id/file')
  @RequireScope('claims:read')
  @ApiProduces(X12_MEDIA_TYPE)
  @ApiOperation({ summary: 'The X12 file of a submission, byte for byte as stored (ETag = sha256)' })
  async file(@Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    const f = await this.submissions.file(id);
    res.setHeader('ETag', `"${f.sha256}"`);
    return new StreamableFile(Buffer.from(f.text, 'utf8'), { type: X12_MEDIA_TYPE, disposition: `attachment; filename="${f.fileName}"`, length: Buffer.byteLength(f.text, 'utf8') });
  }
}
