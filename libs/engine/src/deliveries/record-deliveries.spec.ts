import { Client, Connection } from '@temporalio/client';
import { createTestDatabase, seedContact, seedPublishedJourney, testTemporal, type TestDatabase } from '@cascade/testing';
import type { JourneyGraph } from '@cascade/journey';
import { recordDeliveries } from './record-deliveries';

describe('recordDeliveries', () => {
  let db: TestDatabase;
  let client: Client;
  let workspaceId: string;
  let messageId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connection: await Connection.connect({ address: testTemporal().address }) });
    const contactId = await seedContact(db.dataSource);
    const { journeyId, versionId } = await seedPublishedJourney(db.dataSource, { nodes: [], edges: [] } as JourneyGraph);
    [{ workspace_id: workspaceId }] = await db.dataSource.query(`SELECT workspace_id FROM contacts WHERE id = $1`, [contactId]);
    const [enrollment] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id, status) VALUES ($1, $2, $3, 'ended-long-ago', 'completed') RETURNING id`,
      [journeyId, versionId, contactId]);
    messageId = `${enrollment.id}:remind:0:1`;
    await db.dataSource.query(
      `INSERT INTO messages (id, enrollment_id, contact_id, journey_id, node_id, step, channel, status, provider_message_id)
       VALUES ($1, $2, $3, $4, 'remind', 0, 'email', 'sent', 'prov-1')`, [messageId, enrollment.id, contactId, journeyId]);
  });
  afterAll(async () => {
    await client?.connection.close();
    await db?.drop();
  });

  const status = async () => (await db.dataSource.query(`SELECT status, reason FROM messages WHERE id = $1`, [messageId]))[0];
  const record = (status: 'delivered' | 'opened' | 'clicked' | 'bounced', scope = {}) =>
    recordDeliveries({ dataSource: db.dataSource, client }, [{ messageId, status }], scope);

  it('moves a status forward only: a late or repeated report never takes it back', async () => {
    await record('delivered');
    expect(await status()).toMatchObject({ status: 'delivered' });
    await record('clicked');
    await record('opened');
    await record('delivered');
    expect(await status()).toMatchObject({ status: 'clicked' });
  });

  it('counts a bounce after delivery, with the provider reason, but not after an open', async () => {
    await db.dataSource.query(`UPDATE messages SET status = 'delivered' WHERE id = $1`, [messageId]);
    await recordDeliveries({ dataSource: db.dataSource, client }, [{ providerMessageId: 'prov-1', status: 'bounced', reason: '550 mailbox unavailable' }], { channel: 'email' });
    expect(await status()).toEqual({ status: 'bounced', reason: '550 mailbox unavailable' });
    await record('opened');
    await record('bounced');
    expect(await status()).toMatchObject({ status: 'opened' });
  });

  it('unsubscribes the contact from the channel on a spam complaint, without touching the status', async () => {
    const before = await status();
    await recordDeliveries({ dataSource: db.dataSource, client }, [{ messageId, status: 'complained' }]);
    expect(await status()).toEqual(before);
    const [contact] = await db.dataSource.query(`SELECT c.subscriptions FROM contacts c JOIN messages m ON m.contact_id = c.id WHERE m.id = $1`, [messageId]);
    expect(contact.subscriptions).toEqual({ email: false });
  });

  it('records nothing for an unknown message, another channel\'s provider id or another workspace', async () => {
    const before = await status();
    expect((await recordDeliveries({ dataSource: db.dataSource, client }, [{ messageId: 'nope:x:0:1', status: 'clicked' }])).unknown).toBe(1);
    expect((await recordDeliveries({ dataSource: db.dataSource, client }, [{ providerMessageId: 'prov-1', status: 'clicked' }], { channel: 'sms' })).unknown).toBe(1);
    expect((await record('clicked', { workspaceId: '00000000-0000-4000-8000-000000000000' })).unknown).toBe(1);
    expect((await record('clicked', { workspaceId })).recorded).toHaveLength(1);
    expect(before.status).not.toBe('clicked');
    expect(await status()).toMatchObject({ status: 'clicked' });
  });
});
