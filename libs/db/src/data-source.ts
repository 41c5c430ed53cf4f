import { DataSource, type DataSourceOptions } from 'typeorm';
import { Ping } from './entities/ping.entity';
import { CreatePings1763900000000 } from './migrations/1763900000000-create-pings';

export const entities = [Ping];
export const migrations = [CreatePings1763900000000];

/** Options shared by the API, the worker and the tools. Schema changes go through migrations only. */
export function dataSourceOptions(url: string, overrides: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    poolSize: overrides.poolSize ?? 10,
    connectTimeoutMS: 5_000,
  };
}

export async function connect(url: string, overrides: { poolSize?: number } = {}): Promise<DataSource> {
  return new DataSource(dataSourceOptions(url, overrides)).initialize();
}

/** Applies pending migrations; safe to run from several processes at once (TypeORM takes a lock). */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = await connect(url, { poolSize: 2 });
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
