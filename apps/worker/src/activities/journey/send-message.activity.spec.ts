import { ChannelError, defineChannel } from '@cascade/channels';
import { createTestDatabase, seedContact, seedPublishedJourney, type TestDatabase } from '@cascade/testing';
import type { SendMessageInput } from '@cascade/workflows';
import { sendMessageForTest } from './send-message.test-helpers';

// The send activity against real Postgres, with a provider that fails as told.
describe('sendMessage activity', () => {
  let db: TestDatabase;
  let journeyId: string;
  let enrollmentId: string;
  let contactId: string;
  const calls: string[] = [];
  let failNext: ChannelError | Error | null = null;
  const provider = defineChannel({
    type: 'viber', label: 'Viber', configSchema: {},
    address: (contact) => (contact.attributes.viberId as string) ?? null,
    async send({ messageId }) {
      calls.push(messageId);
      const failure = failNext;
      failNext = null;
      if (failure) throw failure;
      return { providerMessageId: `p-${messageId}` };
    },
  });
  // A provider whose open report (a tracking pixel, say) is recorded before the send activity records the send.
  const racing = defineChannel({
    type: 'racing', label: 'Racing', configSchema: {},
    address: () => 'r-1',
    async send({ messageId }) {
      calls.push(messageId);
      await db.dataSource.query(`UPDATE messages SET status = 'opened', updated_at = now() WHERE id = $1`, [messageId]);
      return { providerMessageId: `p-${messageId}` };
    },
  });
  const sendMessage = () => sendMessageForTest(db.dataSource, [provider, racing]);
  let step = 0;
  const input = (): SendMessageInput => ({
    messageId: `${enrollmentId}:viber:${step++}:0`, nodeId: 'viber', step: 0, channel: 'viber', content: { body: 'hi' }, config: {},
    transactional: false, onCap: 'defer', enrollmentId, journeyId, contactId,
  });
  const status = async (id: string) => (await db.dataSource.query(`SELECT status, reason FROM messages WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ journeyId } = await seedPublishedJourney(db.dataSource, { nodes: [], edges: [] }));
    contactId = await seedContact(db.dataSource, { attributes: { viberId: 'v-1' } });
    const [{ version_id }] = await db.dataSource.query(`SELECT id AS version_id FROM journey_versions WHERE journey_id = $1`, [journeyId]);
    [{ id: enrollmentId }] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id) VALUES ($1, $2, $3, 'w') RETURNING id`, [journeyId, version_id, contactId]);
  });
  afterAll(() => db.drop());
  beforeEach(() => (calls.length = 0));

  it('sends once; a repeated call answers from the message row without calling the provider', async () => {
    const message = input();
    expect(await sendMessage()(message)).toEqual({ status: 'sent', providerMessageId: `p-${message.messageId}` });
    expect(await sendMessage()(message)).toEqual({ status: 'sent' });
    expect(calls).toEqual([message.messageId]);
    expect(await status(message.messageId)).toEqual({ status: 'sent', reason: null });
  });

  it('lets Temporal retry a retryable provider error, and the retry sends once', async () => {
    const message = input();
    failNext = new ChannelError('503 from provider', true);
    await expect(sendMessage()(message)).rejects.toThrow('503 from provider');
    expect(await status(message.messageId)).toEqual({ status: 'pending', reason: null });
    expect(await sendMessage()(message)).toMatchObject({ status: 'sent' });
    expect(calls).toEqual([message.messageId, message.messageId]);
  });

  it('fails the message at once on a permanent provider error', async () => {
    const message = input();
    failNext = new ChannelError('400 invalid recipient', false);
    expect(await sendMessage()(message)).toEqual({ status: 'failed', reason: '400 invalid recipient' });
    expect(await sendMessage()(message)).toEqual({ status: 'failed', reason: '400 invalid recipient' });
    expect(calls).toEqual([message.messageId]);
  });

  it('skips, with the reason, a contact who unsubscribed or cannot be reached', async () => {
    await db.dataSource.query(`UPDATE contacts SET subscriptions = '{"viber": false}' WHERE id = $1`, [contactId]);
    const unsubscribed = input();
    expect(await sendMessage()(unsubscribed)).toEqual({ status: 'skipped', reason: 'unsubscribed from viber' });
    await db.dataSource.query(`UPDATE contacts SET subscriptions = '{}', attributes = '{}' WHERE id = $1`, [contactId]);
    const unreachable = input();
    expect(await sendMessage()(unreachable)).toEqual({ status: 'skipped', reason: 'no viber address' });
    expect(calls).toEqual([]);
    expect(await status(unreachable.messageId)).toEqual({ status: 'skipped', reason: 'no viber address' });
  });

  it('keeps a status a report moved on before the send was recorded, and still records the send', async () => {
    const message = { ...input(), channel: 'racing' };
    expect(await sendMessage()(message)).toEqual({ status: 'sent', providerMessageId: `p-${message.messageId}` });
    const [row] = await db.dataSource.query(`SELECT status, provider_message_id, sent_at FROM messages WHERE id = $1`, [message.messageId]);
    expect(row).toEqual({ status: 'opened', provider_message_id: `p-${message.messageId}`, sent_at: expect.any(Date) });
    expect(await sendMessage()(message)).toEqual({ status: 'sent', delivered: true });
    expect(calls).toEqual([message.messageId]);
  });
});
