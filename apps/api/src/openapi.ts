import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { OPENAPI_PUBLIC } from './auth/public.decorator';

/**
 * The OpenAPI document at /api/docs (JSON at /api/docs/openapi.json). Routes come from the
 * controllers; request schemas from the DTOs' class-validator rules, so the document says exactly
 * what the API enforces.
 */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Cascade API')
    .setDescription('Journeys, contacts, events, enrollments and per-step stats. Every /api/v1 call needs `Authorization: Bearer <api key>`.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The workspace API key (`npm run cli -- workspace create <name>`)' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = validationMetadatasToSchemas({ refPointerPrefix: '#/components/schemas/', classTransformerMetadataStorage: defaultMetadataStorage });
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...(schemas as object) } };
  document.security = [{ bearer: [] }];
  for (const operation of Object.values(document.paths).flatMap((path) => Object.values(path) as Record<string, unknown>[])) {
    if (operation[OPENAPI_PUBLIC]) operation.security = [];
  }
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}
