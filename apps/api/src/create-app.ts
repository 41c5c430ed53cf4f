import { existsSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ChannelDefinition } from '@cascade/channels';
import { LOG_LEVELS, type CascadeConfig } from '@cascade/config';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation.pipe';
import { setupOpenApi } from './openapi';

export interface CreateAppOptions {
  /** Folder of the built web app (`npm run build:web`), served at `/` when it exists. */
  webDist?: string;
  /** Channels added to the built-in ones. */
  plugins?: ChannelDefinition[];
}

/** The configured Nest application, shared by `main.ts` and the tests. */
export async function createApp(config: CascadeConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { plugins: options.plugins }), {
    rawBody: true, // providers sign the exact bytes of their callbacks
    logger: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1),
  });
  // A batch of 1,000 events is larger than the default 100 kB.
  app.useBodyParser('json', { limit: '5mb' });
  app.useBodyParser('text', { type: ['text/csv', 'text/plain'], limit: '20mb' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  setupOpenApi(app);
  if (options.webDist && existsSync(options.webDist)) app.useStaticAssets(options.webDist);
  return app;
}
