import { createWorkspace } from '@cascade/db';
import { ChannelError, defineChannel } from '@cascade/channels';
import type { MessagingRules } from '@cascade/journey';
import { createTestDatabase, seedContact, seedPublishedJourney, type TestDatabase } from '@cascade/testing';
import type { SendMessageInput } from '@cascade/workflows';
import { sendMessageForTest } from './send-message.test-helpers';

// Frequency caps and quiet hours as the send activity applies them, against real Postgres.
describe('send policy in the send activity', () => {
  let db: TestDatabase;
  const sent: string[] = [];
  let failNext: ChannelError | null = null;
  const channel = (type: string) => defineChannel({
    type, label: type, configSchema: {},
    address: (contact) => contact.email ?? null,
    async send({ messageId }) {
      const failure = failNext;
      failNext = null;
      if (failure) throw failure;
      await new Promise((resolve) => setTimeout(resolve, 50)); // a provider call long enough for concurrent sends to overlap
      sent.push(messageId);
      return {};
    },
  });
  const sendMessage = (input: SendMessageInput) => sendMessageForTest(db.dataSource, [channel('email'), channel('sms')])(input);
  const row = async (id: string) => (await db.dataSource.query(`SELECT status, reason, transactional, sent_at FROM messages WHERE id = $1`, [id]))[0];

  /** A workspace with `rules`, and a function making messages for one enrolled contact of it. */
  async function workspaceWith(rules: MessagingRules, timezone = 'Europe/Moscow') {
    const { workspaceId } = await createWorkspace(db.dataSource, `rules ${Math.random()}`);
    await db.dataSource.query(`INSERT INTO messaging_rules (workspace_id, rules) VALUES ($1, $2)`, [workspaceId, JSON.stringify(rules)]);
    const contactId = await seedContact(db.dataSource, { timezone }, workspaceId);
    const { journeyId, versionId } = await seedPublishedJourney(db.dataSource, { nodes: [], edges: [] }, 'capped', workspaceId);
    const [{ id: enrollmentId }] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id) VALUES ($1, $2, $3, $4) RETURNING id`, [journeyId, versionId, contactId, `w-${contactId}`]);
    let n = 0;
    return (channelType: string, options: Partial<SendMessageInput> = {}): SendMessageInput => ({
      messageId: `${enrollmentId}:${channelType}:${n++}:0`, nodeId: `send_${n}`, step: 0, channel: channelType, content: { body: 'hi' }, config: {},
      transactional: false, onCap: 'skip', enrollmentId, journeyId, contactId, ...options,
    });
  }

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());
  beforeEach(() => (sent.length = 0));

  it('skips the 4th marketing email of the week with the cap as its reason, or defers it until the oldest leaves the week', async () => {
    const message = await workspaceWith({ caps: [{ channel: 'email', max: 3, window: 'P7D' }] });
    const first = message('email');
    for (const email of [first, message('email'), message('email')]) expect(await sendMessage(email)).toMatchObject({ status: 'sent' });

    const fourth = message('email');
    expect(await sendMessage(fourth)).toEqual({ status: 'skipped', reason: 'frequency cap: 3 email messages per P7D' });
    expect(await row(fourth.messageId)).toMatchObject({ status: 'skipped', reason: 'frequency cap: 3 email messages per P7D' });

    const deferred = message('email', { onCap: 'defer' });
    const { sent_at: firstSentAt } = await row(first.messageId);
    expect(await sendMessage(deferred)).toEqual({
      status: 'deferred', reason: 'frequency cap: 3 email messages per P7D',
      until: new Date(firstSentAt.getTime() + 7 * 24 * 3600_000).toISOString(),
    });
    expect(await row(deferred.messageId)).toMatchObject({ status: 'pending', reason: null, sent_at: null });

    expect(await sendMessage(message('sms'))).toMatchObject({ status: 'sent' });
    expect(sent).toHaveLength(4);
  });

  it('lets one of three journeys reaching the contact at once send under a cap of 1, and skips the others', async () => {
    const message = await workspaceWith({ caps: [{ max: 1, window: 'P1D' }] });
    const messages = [message('email'), message('sms'), message('email')];
    // A gate: the contact's row locked, the sends' message inserts wait for it, then all go on together.
    const gate = db.dataSource.createQueryRunner();
    await gate.startTransaction();
    await gate.query(`SELECT 1 FROM contacts WHERE id = $1 FOR UPDATE`, [messages[0].contactId]);
    const sending = Promise.all(messages.map(sendMessage));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await gate.commitTransaction();
    await gate.release();
    const results = await sending;
    expect(sent).toHaveLength(1);
    expect(results.filter((result) => result.status === 'sent')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'skipped')).toEqual([
      { status: 'skipped', reason: 'frequency cap: 1 message per P1D' },
      { status: 'skipped', reason: 'frequency cap: 1 message per P1D' },
    ]);
  });

  it('still counts a message reported failed after it was sent; not one the provider refused', async () => {
    const message = await workspaceWith({ caps: [{ max: 1, window: 'P1D' }] });
    const refused = message('email');
    failNext = new ChannelError('400 invalid recipient', false);
    expect(await sendMessage(refused)).toEqual({ status: 'failed', reason: '400 invalid recipient' });
    expect(await row(refused.messageId)).toMatchObject({ status: 'failed', sent_at: null });

    const undelivered = message('sms');
    expect(await sendMessage(undelivered)).toMatchObject({ status: 'sent' });
    // The delivery report that came later (Twilio's `undelivered`): the message still went out.
    await db.dataSource.query(`UPDATE messages SET status = 'failed', reason = 'undelivered' WHERE id = $1`, [undelivered.messageId]);
    expect(await sendMessage(message('email'))).toEqual({ status: 'skipped', reason: 'frequency cap: 1 message per P1D' });
    expect(sent).toEqual([undelivered.messageId]);
  });

  it('holds the slot of a send interrupted by a retryable error for its own retry', async () => {
    const message = await workspaceWith({ caps: [{ max: 1, window: 'P1D' }] });
    const interrupted = message('email');
    failNext = new ChannelError('503 from provider', true);
    await expect(sendMessage(interrupted)).rejects.toThrow('503 from provider');
    expect(await sendMessage(message('email'))).toEqual({ status: 'skipped', reason: 'frequency cap: 1 message per P1D' });
    expect(await sendMessage(interrupted)).toMatchObject({ status: 'sent' });
    expect(sent).toEqual([interrupted.messageId]);
  });

  it('lets transactional messages through a full cap, and does not count them', async () => {
    const message = await workspaceWith({ caps: [{ max: 1, window: 'P1D' }] });
    const receipt = message('sms', { transactional: true });
    expect(await sendMessage(receipt)).toMatchObject({ status: 'sent' });
    expect(await row(receipt.messageId)).toMatchObject({ status: 'sent', transactional: true });
    expect(await sendMessage(message('sms'))).toMatchObject({ status: 'sent' });
    expect(await sendMessage(message('email'))).toEqual({ status: 'skipped', reason: 'frequency cap: 1 message per P1D' });
    expect(await sendMessage(message('email', { transactional: true }))).toMatchObject({ status: 'sent' });
  });

  it('defers a message due during quiet hours in the contact\'s zone to their end', async () => {
    const hhmm = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().slice(11, 16);
    const quietHours = { start: hhmm(-3600_000), end: hhmm(3600_000) }; // the hour either side of now, in UTC
    const message = await workspaceWith({ caps: [], quietHours }, 'UTC');
    const decision = await sendMessage(message('email', { onCap: 'skip' }));
    expect(decision).toMatchObject({ status: 'deferred', reason: `quiet hours ${quietHours.start}–${quietHours.end} (UTC)` });
    const until = Date.parse((decision as { until: string }).until);
    expect(until - Date.now()).toBeGreaterThan(58 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    expect(sent).toEqual([]);
  });
});
