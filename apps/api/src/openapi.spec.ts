import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startTestApp } from './test-app.test-helpers';

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
});
