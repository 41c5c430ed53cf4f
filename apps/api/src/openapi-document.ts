import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@cascade/config';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './openapi';

/**
 * The OpenAPI document without a database, Temporal or a port: the app is built in Nest's preview
 * mode, which reads the modules and controllers but instantiates no provider (so nothing
 * connects). The document is the one the running API serves at /api/docs/openapi.json
 * (openapi.spec.ts checks that).
 */
export async function createOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({ LOG_LEVEL: 'error' });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, abortOnError: false });
  return buildOpenApiDocument(app);
}
