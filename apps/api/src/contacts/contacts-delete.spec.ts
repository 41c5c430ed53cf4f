import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import request from 'supertest';
import { loadConfig } from '@cascade/config';
import { createWorkspace } from '@cascade/db';
import type { JourneyGraph } from '@cascade/journey';
import { createTestDatabase, seedContact, seedPublishedJourney, TEST_SECRET_KEY, testTemporal, uniqueTaskQueue, type TestDatabase } from '@cascade/testing';
import { workflowId } from '@cascade/workflows';
import { createApp } from '../create-app';

const graph: JourneyGraph = {
  nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'done', type: 'exit', config: { reason: 'done' } }],
  edges: [{ from: 'start', to: 'done' }],
};

describe('contacts API: delete', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let client: Client;
  let auth: string;
  let workspaceId: string;

  const start = async (temporalAddress: string) => {
    const started = await createApp(loadConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporalAddress, LOG_LEVEL: 'error', CASCADE_SECRET_KEY: TEST_SECRET_KEY }));
    return started.init();
  };
  beforeAll(async () => {
    db = await createTestDatabase();
    app = await start(testTemporal().address);
    client = new Client({ connection: await Connection.connect({ address: testTemporal().address }), namespace: testTemporal().namespace });
    ({ workspaceId, apiKey: auth } = await createWorkspace(db.dataSource, 'acme'));
    auth = `Bearer ${auth}`;
  });
  afterAll(async () => {
    await app?.close();
    await client?.connection.close();
    await db?.drop();
  });

  const remove = (id: string, on = app) => request(on.getHttpServer()).delete(`/api/v1/contacts/${id}`).set('Authorization', auth);
  const count = async (table: string, contactId: string) =>
    (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE contact_id = $1`, [contactId]))[0].n;

  /** A contact with an event, an enrollment in `status` and a message (captured by the sandbox). */
  async function contactWithHistory(status: 'active' | 'completed', email = 'anna@example.com') {
    const contactId = await seedContact(db.dataSource, { email }, workspaceId);
    const { journeyId, versionId } = await seedPublishedJourney(db.dataSource, graph, 'welcome', workspaceId);
    await db.dataSource.query(`INSERT INTO contact_events (workspace_id, contact_id, name, occurred_at) VALUES ($1, $2, 'signed_up', now())`, [workspaceId, contactId]);
    const [enrollment] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, status, workflow_id) VALUES ($1, $2, $3, $4, 'pending') RETURNING id`,
      [journeyId, versionId, contactId, status],
    );
    const enrollmentWorkflowId = workflowId.enrollment(enrollment.id);
    await db.dataSource.query(`UPDATE enrollments SET workflow_id = $1 WHERE id = $2`, [enrollmentWorkflowId, enrollment.id]);
    const messageId = `${enrollment.id}:send:1`;
    await db.dataSource.query(
      `INSERT INTO messages (id, enrollment_id, contact_id, journey_id, node_id, step, channel) VALUES ($1, $2, $3, $4, 'send', 1, 'email')`,
      [messageId, enrollment.id, contactId, journeyId],
    );
    await db.dataSource.query(`INSERT INTO sandbox_messages (message_id, channel, address, body) VALUES ($1, 'email', $2, 'Hello')`, [messageId, email]);
    return { contactId, enrollmentId: enrollment.id as string, workflowId: enrollmentWorkflowId, messageId };
  }
  const expectErased = async ({ contactId, enrollmentId, messageId }: Awaited<ReturnType<typeof contactWithHistory>>) => {
    for (const table of ['contacts', 'contact_events', 'enrollments', 'messages']) {
      const column = table === 'contacts' ? 'id' : 'contact_id';
      expect([table, (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [contactId]))[0].n]).toEqual([table, 0]);
    }
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM step_events WHERE enrollment_id = $1`, [enrollmentId]))[0].n).toBe(0);
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM sandbox_messages WHERE message_id = $1`, [messageId]))[0].n).toBe(0);
  };

  it('erases the contact with its events, enrollments and messages, and leaves other contacts alone', async () => {
    const erased = await contactWithHistory('completed');
    const kept = await contactWithHistory('completed', 'boris@example.com');
    await db.dataSource.query(
      `INSERT INTO step_events (enrollment_id, seq, journey_id, version_id, contact_id, kind, occurred_at)
       SELECT id, 1, journey_id, version_id, contact_id, 'entered', now() FROM enrollments WHERE id = $1`, [erased.enrollmentId],
    );
    await remove(erased.contactId).expect(204);
    await expectErased(erased);
    await request(app.getHttpServer()).get(`/api/v1/contacts/${erased.contactId}`).set('Authorization', auth).expect(404);
    await remove(erased.contactId).expect(404);
    for (const table of ['contact_events', 'enrollments', 'messages']) expect(await count(table, kept.contactId)).toBe(1);
  });

  it('still deletes when an active enrollment\'s workflow is not running', async () => {
    const contact = await contactWithHistory('active');
    await remove(contact.contactId).expect(204);
    await expectErased(contact);
  });

  it('signals cancel to a running workflow of an active enrollment', async () => {
    const contact = await contactWithHistory('active');
    // Nobody polls this queue: the workflow stays running, and its history shows what it was sent.
    const handle = await client.workflow.start('journeyWorkflow', { workflowId: contact.workflowId, taskQueue: uniqueTaskQueue('contacts'), args: [] });
    try {
      await remove(contact.contactId).expect(204);
      const { events } = await handle.fetchHistory();
      const signals = (events ?? []).flatMap((event) => (event.workflowExecutionSignaledEventAttributes ? [event.workflowExecutionSignaledEventAttributes.signalName] : []));
      expect(signals).toEqual(['cancel']);
      await expectErased(contact);
    } finally {
      await handle.terminate('test over');
    }
  });

  it('answers 503 and deletes nothing when Temporal is unreachable and journeys must be cancelled', async () => {
    const offline = await start('127.0.0.1:1');
    try {
      const contact = await contactWithHistory('active');
      const response = await remove(contact.contactId, offline).expect(503);
      expect(response.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', message: expect.stringContaining('nothing was deleted') });
      for (const table of ['contact_events', 'enrollments', 'messages']) expect(await count(table, contact.contactId)).toBe(1);
      await request(offline.getHttpServer()).get(`/api/v1/contacts/${contact.contactId}`).set('Authorization', auth).expect(200);

      // With no journey running there is nothing to tell Temporal.
      const idle = await contactWithHistory('completed', 'idle@example.com');
      await remove(idle.contactId, offline).expect(204);
      await expectErased(idle);
    } finally {
      await offline.close();
    }
  });
});
