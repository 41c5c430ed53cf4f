import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TemporalClient } from '../temporal/temporal.module';

export type Status = 'up' | 'down';
export interface Health {
  status: 'ok' | 'degraded';
  postgres: Status;
  temporal: Status;
}

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClient,
  ) {}

  async check(): Promise<Health> {
    const [postgres, temporal] = await Promise.all([this.checkPostgres(), this.checkTemporal()]);
    return { status: postgres === 'up' && temporal === 'up' ? 'ok' : 'degraded', postgres, temporal };
  }

  private checkPostgres(): Promise<Status> {
    return withTimeout(() => this.dataSource.query('SELECT 1'));
  }

  /** The gRPC deadline ends the call and its retries; a check left running would outlive shutdown. */
  private async checkTemporal(): Promise<Status> {
    const { connection } = this.temporal;
    try {
      await connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () => connection.healthService.check({}));
      return 'up';
    } catch {
      return 'down';
    }
  }
}

async function withTimeout(check: () => Promise<unknown>): Promise<Status> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
