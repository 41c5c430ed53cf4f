import 'reflect-metadata';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig, redactUrl, runMain, StartupError } from '@cascade/config';
import { canConnect } from '@cascade/db';
import { createApp } from './create-app';

runMain(async () => {
  const config = loadConfig();
  if (!(await canConnect(config.database.url, 5_000))) {
    throw new StartupError(`Cannot connect to Postgres at DATABASE_URL (${redactUrl(config.database.url)}).`);
  }
  const app = await createApp(config, { webDist: resolve(__dirname, '../../web/dist') });
  // Started by `npm start`: leave when the launcher goes away, so no API is orphaned.
  process.on('disconnect', () => void app.close());
  await app.listen(config.http.port, config.http.host);
  new Logger('Cascade').log(`API listening on http://${config.http.host}:${config.http.port}`);
});
