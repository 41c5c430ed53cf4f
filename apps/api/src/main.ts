import 'reflect-metadata';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadChannelPlugins } from '@cascade/channels';
import { leaveWithParent, loadConfig, redactUrl, runMain, StartupError } from '@cascade/config';
import { canConnect } from '@cascade/db';
import { createApp } from './create-app';

runMain(async () => {
  let app: NestExpressApplication | undefined;
  leaveWithParent(() => (app ? void app.close() : process.exit(0)));
  const config = loadConfig();
  if (!(await canConnect(config.database.url, 5_000))) {
    throw new StartupError(`Cannot connect to Postgres at DATABASE_URL (${redactUrl(config.database.url)}).`);
  }
  app = await createApp(config, { webDist: resolve(__dirname, '../../web/dist'), plugins: loadChannelPlugins(config.channelPlugins) });
  await app.listen(config.http.port, config.http.host).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new StartupError(`Port ${config.http.port} is already in use: stop what uses it or set PORT.`);
  });
  new Logger('Cascade').log(`API listening on http://${config.http.host}:${config.http.port}`);
});
