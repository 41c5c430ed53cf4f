import 'reflect-metadata';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { leaveWithParent, loadConfig, redactUrl, runMain, StartupError } from '@cascade/config';
import { canConnect } from '@cascade/db';
import { createApp } from './create-app';

runMain(async () => {
  const config = loadConfig();
  if (!(await canConnect(config.database.url, 5_000))) {
    throw new StartupError(`Cannot connect to Postgres at DATABASE_URL (${redactUrl(config.database.url)}).`);
  }
  const app = await createApp(config, { webDist: resolve(__dirname, '../../web/dist') });
  leaveWithParent(() => void app.close());
  await app.listen(config.http.port, config.http.host).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new StartupError(`Port ${config.http.port} is already in use: stop what uses it or set PORT.`);
  });
  new Logger('Cascade').log(`API listening on http://${config.http.host}:${config.http.port}`);
});
