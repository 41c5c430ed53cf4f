import { defineChannel } from '@cascade/channels';
import { createTestDatabase, seedContact, seedPublishedJourney, type TestDatabase } from '@cascade/testing';
import type { SendMessageInput } from '@cascade/workflows';
import { sendMessageForTest } from './send-message.test-helpers';

// A provider whose answer confirms delivery (Telegram's), against real Postgres.
describe('sendMessage activity with a channel that confirms delivery', () => {
  let db: TestDatabase;
  let input: SendMessageInput;
  const calls: string[] = [];
  const confirming = defineChannel({
    type: 'confirming', label: 'Confirming', configSchema: {},
    address: () => 'chat-1',
    async send({ messageId }) {
      calls.push(messageId);
      return { providerMessageId: `p-${messageId}`, delivered: true };
    },
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    const { journeyId } = await seedPublishedJourney(db.dataSource, { nodes: [], edges: [] });
    const contactId = await seedContact(db.dataSource, {});
    const [{ id: versionId }] = await db.dataSource.query(`SELECT id FROM journey_versions WHERE journey_id = $1`, [journeyId]);
    const [{ id: enrollmentId }] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id) VALUES ($1, $2, $3, 'w') RETURNING id`, [journeyId, versionId, contactId]);
    input = {
      messageId: `${enrollmentId}:tg:0:0`, nodeId: 'tg', step: 0, channel: 'confirming', content: { body: 'hi' }, config: {},
      transactional: false, onCap: 'defer', enrollmentId, journeyId, contactId,
    };
  });
  afterAll(() => db.drop());

  it('stores the message delivered and says so, also to a retry that finds it sent', async () => {
    const sendMessage = sendMessageForTest(db.dataSource, [confirming]);
    expect(await sendMessage(input)).toEqual({ status: 'sent', providerMessageId: `p-${input.messageId}`, delivered: true });
    const [row] = await db.dataSource.query(`SELECT status, provider_message_id, sent_at FROM messages WHERE id = $1`, [input.messageId]);
    expect(row).toMatchObject({ status: 'delivered', provider_message_id: `p-${input.messageId}`, sent_at: expect.any(Date) });

    // A retry after a lost activity result: no second send, and the delivery is not forgotten.
    expect(await sendMessage(input)).toEqual({ status: 'sent', delivered: true });
    expect(calls).toEqual([input.messageId]);
  });
});
