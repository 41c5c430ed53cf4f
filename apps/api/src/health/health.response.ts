import { ApiProperty } from '@nestjs/swagger';

const STATUS = ['up', 'down'] as const;

/** GET /health (health.service.ts). */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: 'ok' | 'degraded';

  @ApiProperty({ enum: STATUS, enumName: 'DependencyStatus' })
  postgres!: (typeof STATUS)[number];

  @ApiProperty({ enum: STATUS, enumName: 'DependencyStatus' })
  temporal!: (typeof STATUS)[number];
}
