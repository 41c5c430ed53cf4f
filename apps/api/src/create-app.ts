import { existsSync } from 'node:fs';
import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ChannelDefinition } from '@cascade/channels';
import { LOG_LEVELS, type CascadeConfig } from '@cascade/config';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation.pipe';
import { useBodyParsers } from './http-input/body-parsers';
import { ContentTypeInterceptor } from './http-input/content-type.interceptor';
import { checkUrlEncoding } from './http-input/url-encoding';
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
    bodyParser: false, // ours, in useBodyParsers
    logger: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1),
  });
  // Hostile input is refused before anything is built from it (README "Bad input").
  app.use(checkUrlEncoding);
  useBodyParsers(app);
  app.useGlobalInterceptors(new ContentTypeInterceptor(app.get(Reflector)));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  setupOpenApi(app);
  if (options.webDist && existsSync(options.webDist)) app.useStaticAssets(options.webDist);
  return app;
}
