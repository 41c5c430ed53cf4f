import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createOpenApiDocument } from './openapi-document';
import { startTestApp } from './test-app.test-helpers';

interface Operation {
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

function operationsOf(document: { paths: Record<string, Record<string, Operation>> }): Array<{ route: string; operation: Operation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })));
}

describe('OpenAPI document', () => {
  let app: INestApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, stop } = await startTestApp());
  });
  afterAll(() => stop());

  it('describes every resource, with request schemas taken from the DTO rules, without a key', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
      '/health', '/api/v1/events', '/api/v1/journeys', '/api/v1/journeys/{id}/publish', '/api/v1/journeys/{id}/stats',
      '/api/v1/journeys/{id}/enrollments', '/api/v1/enrollments/{id}', '/api/v1/contacts', '/api/v1/sandbox/messages',
      '/api/v1/workspace', '/api/v1/journeys/{id}/duplicate', '/api/v1/contacts/{id}/events', '/api/v1/contacts/{id}/enrollments',
    ]));
    expect(body.paths['/api/v1/contacts/{id}/events'].get.summary).toMatch(/newest first/);
    expect(body.paths['/api/v1/journeys/{id}/duplicate'].post.summary).toMatch(/\(copy\)/);
    expect(body.paths['/health'].get.security).toEqual([]);
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(body.components.schemas.EventDto.properties.name).toMatchObject({ type: 'string', pattern: expect.any(String) });
    expect(body.components.schemas.EventBatchDto.properties.events).toMatchObject({ type: 'array', maxItems: 1000 });
    await request(app.getHttpServer()).get('/api/docs').expect(200);
  });

  it('is the document built without a database (npm run api:types generates the web app\'s types from it)', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    expect(JSON.parse(JSON.stringify(await createOpenApiDocument()))).toEqual(body);
  });

  it('gives every operation a summary, a 2xx answer with a schema (204 excepted) and errors in the one error shape', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    const operations = operationsOf(body);
    expect(operations.length).toBeGreaterThanOrEqual(62);
    expect(operations.filter(({ operation }) => !operation.summary?.trim()).map(({ route }) => route)).toEqual([]);
    const withoutSchema = operations.filter(({ operation }) => {
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      return success.length === 0 || success.some(([status, response]) => status !== '204'
        && !Object.values(response.content ?? {}).some((media) => media.schema));
    });
    expect(withoutSchema.map(({ route }) => route)).toEqual([]);
    const errors = operations.flatMap(({ route, operation }) => Object.entries(operation.responses)
      .filter(([status]) => /^[45]\d\d$/.test(status) && route !== 'GET /health')
      .filter(([, response]) => JSON.stringify(response.content) !== JSON.stringify({ 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } }))
      .map(([status]) => `${route} ${status}`));
    expect(errors).toEqual([]);
    expect(body.components.schemas.ErrorResponse).toMatchObject({ required: ['statusCode', 'error', 'message'] });
  });

  it('documents the enrollment endpoint\'s three answers and its Idempotency-Key, and the channels list', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    const enroll = body.paths['/api/v1/journeys/{id}/enrollments'].post;
    for (const status of ['200', '201', '202']) {
      expect(enroll.responses[status].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/EnrollResultResponse' });
    }
    expect(enroll.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false })]));
    expect(body.paths['/api/v1/channels'].get.responses['200'].content['application/json'].schema)
      .toEqual({ type: 'array', items: { $ref: '#/components/schemas/ChannelResponse' } });
  });
});
