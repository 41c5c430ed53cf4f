import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@cascade/config';
import { createTestDatabase, TEST_SECRET_KEY, testTemporal, type TestDatabase } from '@cascade/testing';
import { createApp } from './create-app';

/** The API on a database of its own, for a spec file; `stop()` closes it and drops the database. */
export async function startTestApp(): Promise<{ db: TestDatabase; app: INestApplication; stop(): Promise<void> }> {
  const db = await createTestDatabase();
  const app = await createApp(loadConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: testTemporal().address, LOG_LEVEL: 'error', CASCADE_SECRET_KEY: TEST_SECRET_KEY }));
  await app.init();
  return {
    db,
    app,
    async stop() {
      await app.close();
      await db.drop();
    },
  };
}
