import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { LOCAL_DATABASE_URL } from '@cascade/config';
import { connect, dropDatabase, ensureDatabase, runMigrations } from '@cascade/db';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** The server tests use: CASCADE_TEST_DATABASE_URL, else the local Postgres on 127.0.0.1:5432. */
export function testServerUrl(): string {
  return process.env.CASCADE_TEST_DATABASE_URL ?? LOCAL_DATABASE_URL;
}

export interface TestDatabaseOptions {
  /** The database's name on the test server; a random `cascade_test_…` by default. */
  name?: string;
  poolSize?: number;
}

/** A fresh, migrated database of its own for one test file (so files run in parallel) or one benchmark run. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const url = new URL(testServerUrl());
  url.pathname = `/${options.name ?? `cascade_test_${randomBytes(6).toString('hex')}`}`;
  const dbUrl = url.toString();
  await ensureDatabase(dbUrl);
  await runMigrations(dbUrl);
  const dataSource = await connect(dbUrl, { poolSize: options.poolSize ?? 4 });
  return {
    url: dbUrl,
    dataSource,
    async drop() {
      await dataSource.destroy();
      await dropDatabase(dbUrl);
    },
  };
}
