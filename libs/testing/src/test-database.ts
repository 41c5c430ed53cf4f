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

/** A fresh, migrated database of its own for one test file, so files run in parallel. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = new URL(testServerUrl());
  url.pathname = `/cascade_test_${randomBytes(6).toString('hex')}`;
  const dbUrl = url.toString();
  await ensureDatabase(dbUrl);
  await runMigrations(dbUrl);
  const dataSource = await connect(dbUrl, { poolSize: 4 });
  return {
    url: dbUrl,
    dataSource,
    async drop() {
      await dataSource.destroy();
      await dropDatabase(dbUrl);
    },
  };
}
