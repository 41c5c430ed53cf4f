import { randomUUID } from 'node:crypto';
import { createWorkspace } from '@cascade/db';
import { defineChannel, type OutgoingMessage } from '@cascade/channels';
import { createTestDatabase, seedContact, seedPublishedJourney, seedWorkspace, type TestDatabase } from '@cascade/testing';
import type { SendMessageInput } from '@cascade/workflows';
import { sendMessageForTest } from './send-message.test-helpers';

// Templates rendered at send time, against real Postgres: what reaches the provider, and what never does.
describe('sendMessage renders templates', () => {
  let db: TestDatabase;
  let journeyId: string;
  let enrollmentId: string;
  let contactId: string;
  const sent: OutgoingMessage[] = [];
  const provider = defineChannel({
    type: 'email', label: 'Email', configSchema: {},
    address: (contact) => contact.email ?? null,
    async send({ message }) {
      sent.push(message);
      return {};
    },
  });
  let step = 0;
  const send = (source: Pick<SendMessageInput, 'templateId' | 'content'>) => sendMessageForTest(db.dataSource, [provider])({
    messageId: `${enrollmentId}:mail:${step++}:0`, nodeId: 'mail', step: 0, channel: 'email', ...source, config: {},
    transactional: false, onCap: 'defer', enrollmentId, journeyId, contactId,
  });
  const template = async (fields: { body: string; subject?: string; html?: string; channel?: string }, workspaceId?: string): Promise<string> => {
    const [row] = await db.dataSource.query(
      `INSERT INTO templates (workspace_id, name, channel, subject, body, html) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [workspaceId ?? (await seedWorkspace(db.dataSource)), `t-${randomUUID()}`, fields.channel ?? 'email', fields.subject ?? null, fields.body, fields.html ?? null],
    );
    return row.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ journeyId } = await seedPublishedJourney(db.dataSource, { nodes: [], edges: [] }));
    contactId = await seedContact(db.dataSource, { email: 'anna@example.com', attributes: { firstName: 'Anna <3' } });
    const [{ id: versionId }] = await db.dataSource.query(`SELECT id FROM journey_versions WHERE journey_id = $1`, [journeyId]);
    const triggerEvent = { name: 'cart_abandoned', occurredAt: '2025-03-01T10:00:00Z', properties: { total: 4200 } };
    [{ id: enrollmentId }] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id, trigger_event) VALUES ($1, $2, $3, 'w', $4) RETURNING id`,
      [journeyId, versionId, contactId, JSON.stringify(triggerEvent)]);
  });
  afterAll(() => db.drop());
  beforeEach(() => (sent.length = 0));

  it('sends a saved template rendered with the contact and the event that started the journey', async () => {
    const id = await template({
      subject: 'Your cart, {{ contact.attributes.firstName }}', body: 'Total: {{ event.properties.total }}', html: '<p>Hi {{ contact.attributes.firstName }}</p>',
    });
    expect(await send({ templateId: id })).toMatchObject({ status: 'sent' });
    expect(sent).toEqual([{ subject: 'Your cart, Anna <3', body: 'Total: 4200', html: '<p>Hi Anna &lt;3</p>' }]);
  });

  it('renders inline content too', async () => {
    expect(await send({ content: { subject: 'Hi', body: 'Hello {{ contact.attributes.firstName | default: "there" }} ({{ event.name }})' } })).toMatchObject({ status: 'sent' });
    expect(sent).toEqual([{ subject: 'Hi', body: 'Hello Anna <3 (cart_abandoned)' }]);
  });

  it('fails the message, naming the missing variable, and sends nothing', async () => {
    const id = await template({ subject: 'Hi', body: 'Your coupon: {{ contact.attributes.coupon }}' });
    const messageId = `${enrollmentId}:mail:${step}:0`;
    expect(await send({ templateId: id })).toEqual({ status: 'failed', reason: 'body: missing variable: contact.attributes.coupon' });
    expect(sent).toEqual([]);
    const [row] = await db.dataSource.query(`SELECT status, reason FROM messages WHERE id = $1`, [messageId]);
    expect(row).toEqual({ status: 'failed', reason: 'body: missing variable: contact.attributes.coupon' });
  });

  it('fails a message whose template was deleted after publishing, or belongs to another workspace', async () => {
    const deleted = await template({ body: 'bye' });
    await db.dataSource.query(`DELETE FROM templates WHERE id = $1`, [deleted]);
    expect(await send({ templateId: deleted })).toEqual({ status: 'failed', reason: `template ${deleted} no longer exists` });
    const foreign = await template({ body: 'not yours' }, (await createWorkspace(db.dataSource, 'other')).workspaceId);
    expect(await send({ templateId: foreign })).toEqual({ status: 'failed', reason: `template ${foreign} no longer exists` });
    expect(sent).toEqual([]);
  });
});
