import type { INestApplication } from '@nestjs/common';
import { PARAMTYPES_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type ParameterObject, type SchemaObject } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { OPENAPI_PUBLIC } from './auth/public.decorator';
import { ErrorResponse } from './common/error.response';

/**
 * The OpenAPI document of the app's controllers. Routes and response schemas come from the
 * controllers' decorators (the *.response.ts classes); request schemas from the DTOs'
 * class-validator rules, so the document says exactly what the API enforces. The web app's types
 * are generated from it (`npm run api:types`, apps/web/src/api/schema.d.ts).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Cascade API')
    .setDescription('Journeys, contacts, events, enrollments and per-step stats. Every /api/v1 call needs `Authorization: Bearer <api key>`.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The workspace API key (`npm run cli -- workspace create <name>`)' })
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponse] });
  const schemas = validationMetadatasToSchemas({ refPointerPrefix: '#/components/schemas/', classTransformerMetadataStorage: defaultMetadataStorage });
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...(schemas as object) } };
  dropDanglingRefs(document.components.schemas ?? {}, document.components.schemas ?? {});
  addQueryParameters(app, document, schemas as Record<string, SchemaObject>);
  document.security = [{ bearer: [] }];
  const unauthorized = {
    description: 'Missing or unknown API key',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
  };
  for (const operation of Object.values(document.paths).flatMap((path) => Object.values(path) as Record<string, unknown>[])) {
    if (operation[OPENAPI_PUBLIC]) operation.security = [];
    else operation.responses = { ...(operation.responses as object), 401: unauthorized };
  }
  return document;
}

/** Serves the document at /api/docs (JSON at /api/docs/openapi.json). */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
}

/**
 * Query parameters from the query DTOs' class-validator rules. Swagger reads a `@Query()` DTO's
 * fields from @ApiProperty only, which the DTOs do not carry (their rules are the one definition),
 * so without this the document would list no query parameters. Operations are matched by
 * Swagger's operationId, `<Controller>_<method>`.
 */
function addQueryParameters(app: INestApplication, document: OpenAPIObject, schemas: Record<string, SchemaObject>): void {
  const queryDtos = new Map<string, string[]>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      for (const method of Object.getOwnPropertyNames(metatype.prototype)) {
        const args: Record<string, { index: number; data?: unknown }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, method) ?? {};
        const types: unknown[] = Reflect.getMetadata(PARAMTYPES_METADATA, metatype.prototype, method) ?? [];
        const dtos = Object.entries(args)
          .filter(([key, arg]) => Number(key.split(':')[0]) === RouteParamtypes.QUERY && arg.data === undefined)
          .map(([, arg]) => (types[arg.index] as { name?: string } | undefined)?.name)
          .filter((name): name is string => !!name && name in schemas);
        if (dtos.length > 0) queryDtos.set(`${metatype.name}_${method}`, dtos);
      }
    }
  }
  for (const operation of Object.values(document.paths).flatMap((path) => Object.values(path) as Array<{ operationId?: string; parameters?: ParameterObject[] }>)) {
    for (const dto of queryDtos.get(operation.operationId ?? '') ?? []) {
      const { properties = {}, required = [] } = schemas[dto];
      const parameters = Object.entries(properties).map(([name, schema]): ParameterObject => {
        const { description, ...rest } = schema as SchemaObject;
        return { name, in: 'query', required: required.includes(name), ...(description ? { description } : {}), schema: rest };
      });
      const declared = new Set((operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
      operation.parameters = [...(operation.parameters ?? []), ...parameters.filter((parameter) => !declared.has(parameter.name))];
    }
  }
}

/**
 * class-validator-jsonschema refers a custom rule on a field whose TypeScript type is a union or a
 * record (design type `Object`) to a schema named `Object`, which does not exist. Such a field is
 * described by its other rules alone (`timezone`: a string), or accepts any JSON (`attributes`).
 */
function dropDanglingRefs(node: unknown, schemas: Record<string, unknown>): void {
  if (Array.isArray(node)) {
    node.forEach((item) => dropDanglingRefs(item, schemas));
  } else if (node !== null && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    const ref = object.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/') && !(ref.slice('#/components/schemas/'.length) in schemas)) delete object.$ref;
    Object.values(object).forEach((value) => dropDanglingRefs(value, schemas));
  }
}
