// Inbound file routes: list (e.g. ?status=quarantined), one file with its routing outcome, its raw
// bytes (streamed from the store chunk by chunk), and a pickup on demand. Handlers delegate in one line.
import { Readable } from 'node:stream';
import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequireScope } from '../../auth/auth.decorators';
import { INBOUND_FILE_STATUSES } from './inbound-file-store.port';
import { InboundFilesService, type InboundFileListQuery } from './inbound-files.service';

@ApiTags('inbound files')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('v1')
export class InboundFilesController {
  constructor(private readonly inbound: InboundFilesService) {}

  @Get('inbound-files')
  @RequireScope('claims:read')
  @ApiOperation({ summary: 'Files picked up from clearinghouses, newest first: processed, or quarantined with a coded reason' })
  @ApiQuery({ name: 'status', required: false, enum: INBOUND_FILE_STATUSES })
  @ApiQuery({ name: 'clearinghouseId', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  list(@Query() query: InboundFileListQuery) {
    return this.inbound.list(query);
  }

  @Get('inbound-files/:id')
  @RequireScope('claims:read')
  @ApiOperation({ summary: 'One inbound file: sha256, transaction type, routing result or quarantine reason' })
  get(@Param('id') id: string) {
    return this.inbound.get(id);
  }

  @Get('inbound-files/:id/content')
  @RequireScope('claims:read')
  @ApiProduces('application/edi-x12')
  @ApiOperation({ summary: 'The inbound file byte for byte as picked up (ETag = sha256)' })
  async content(@Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    const f = await this.inbound.content(id);
    res.setHeader('ETag', `"${f.sha256}"`);
    return new StreamableFile(Readable.from(f.chunks), { type: 'application/edi-x12', disposition: `attachment; filename="${f.fileName.replace(/"/g, '')}"`, length: f.byteLength });
  }

  @Post('clearinghouses/:id/poll')
  @HttpCode(200)
  @RequireScope('claims:write')
  @ApiOperation({ summary: "Pick up the clearinghouse's inbound files now (the schedule does it every pollInboundEverySeconds)" })
  poll(@Param('id') id: string) {
    return this.inbound.poll(id);
  }
}
