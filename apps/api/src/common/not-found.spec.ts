import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { JourneyGraph } from '@cascade/journey';
import { seedPublishedJourney, type TestDatabase } from '@cascade/testing';
import { workspaceClient, type WorkspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

/** The one 404 body (@cascade/errors notFound): `<Resource> <id> does not exist.`, one detail at the input that named it. */
function notFoundBody(resource: string, id: string, path = 'id') {
  const message = `${resource.charAt(0).toUpperCase()}${resource.slice(1)} ${id} does not exist.`;
  return { statusCode: 404, error: 'Not Found', message, details: [{ path, code: `${resource}_not_found`, message }] };
}

describe('one 404 shape for every resource', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let client: WorkspaceClient;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    client = await workspaceClient(app, db.dataSource, 'Acme Shop');
  });
  afterAll(() => stop());

  it.each([
    ['journey', 'journeys'],
    ['segment', 'segments'],
    ['template', 'templates'],
    ['contact', 'contacts'],
    ['enrollment', 'enrollments'],
    ['import', 'imports'],
  ])('GET of a missing %s answers the common 404 body', async (resource, collection) => {
    const id = randomUUID();
    expect((await client.get(`/api/v1/${collection}/${id}`).expect(404)).body).toEqual(notFoundBody(resource, id));
  });

  it('a missing journey reads the same from the journeys and the enrollments endpoints (it had two shapes)', async () => {
    const id = randomUUID();
    const fromJourneys = (await client.get(`/api/v1/journeys/${id}`).expect(404)).body;
    expect((await client.post(`/api/v1/journeys/${id}/enrollments`, { externalId: 'c-1' }).expect(404)).body).toEqual(fromJourneys);
    expect((await client.get(`/api/v1/journeys/${id}/enrollments`).expect(404)).body).toEqual(fromJourneys);
  });

  it('a missing contact named in a body points at that field', async () => {
    const graph: JourneyGraph = {
      nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'done', type: 'exit', config: { reason: 'done' } }],
      edges: [{ from: 'start', to: 'done' }],
    };
    const { journeyId } = await seedPublishedJourney(db.dataSource, graph, 'API trigger', client.workspaceId);
    const contactId = randomUUID();
    expect((await client.post(`/api/v1/journeys/${journeyId}/enrollments`, { contactId }).expect(404)).body)
      .toEqual(notFoundBody('contact', contactId, 'contactId'));
  });
});
