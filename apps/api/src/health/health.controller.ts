import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { HealthResponse } from './health.response';
import { HealthService, type Health } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when Postgres and Temporal answer; 503 naming what is down otherwise. No auth. */
  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether Postgres and Temporal answer (no API key)' })
  @ApiOkResponse({ type: HealthResponse, description: 'Both up' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'Degraded: names what is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const health = await this.health.check();
    response.status(health.status === 'ok' ? 200 : 503);
    return health;
  }
}
