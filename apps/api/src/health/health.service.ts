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
    return probe(() => this.dataSource.query('SELECT 1'));
  }

  private checkTemporal(): Promise<Status> {
    const { connection } = this.temporal;
    return probe(() => connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () => connection.healthService.check({})));
  }
}

async function probe(check: () => Promise<unknown>): Promise<Status> {
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
