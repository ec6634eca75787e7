import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { HealthService } from './health.service';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Database and message bus status; 503 when either is down. Needs no API key.' })
  @ApiResponse({ status: 200, description: 'All up' })
  @ApiResponse({ status: 503, description: 'Something is down' })
  async check(@Res({ passthrough: true }) res: Response) {
    const result = await this.health.check();
    res.status(result.ok ? 200 : 503);
    return result.body;
  }
}
