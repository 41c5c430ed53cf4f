import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createEmailChannel } from '@cascade/channels';
import { createTestDatabase, seedContact, seedPublishedJourney, type TestDatabase } from '@cascade/testing';
import type { SendMessageInput } from '@cascade/workflows';
import { sendMessageForTest } from './send-message.test-helpers';

// The one window exactly-once cannot close: the SMTP server answered 250, and the worker died before
// recording it. Injected deterministically here (recording the acceptance fails once), to show what the
// activity's retry does: it sends again, with the same Message-ID, and the message row says so.
describe('a send whose acceptance was not recorded', () => {
  let db: TestDatabase;
  let smtp: SMTPServer;
  const accepted: { messageId: string | undefined; cascadeId: string }[] = [];
  let input: SendMessageInput;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          accepted.push({ messageId: mail.messageId, cascadeId: String(mail.headers.get('x-cascade-message-id')) });
          callback(); // 250: accepted
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { journeyId } = await seedPublishedJourney(db.dataSource, { nodes: [], edges: [] });
    const contactId = await seedContact(db.dataSource, { email: 'olga@example.com' });
    const [{ id: versionId }] = await db.dataSource.query(`SELECT id FROM journey_versions WHERE journey_id = $1`, [journeyId]);
    const [{ id: enrollmentId }] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id) VALUES ($1, $2, $3, 'w') RETURNING id`, [journeyId, versionId, contactId]);
    input = {
      messageId: `${enrollmentId}:mail:0:0`, nodeId: 'mail', step: 0, channel: 'email', content: { subject: 'Hi', body: 'hello' }, config: {},
      transactional: true, onCap: 'defer', enrollmentId, journeyId, contactId,
    };
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await db.drop();
  });

  it('retries with the same Message-ID, and records two attempts', async () => {
    const { port } = smtp.server.address() as AddressInfo;
    const sendMessage = sendMessageForTest(db.dataSource, [createEmailChannel({ sandbox: { host: '127.0.0.1', port } })]);
    const query = db.dataSource.query.bind(db.dataSource);
    const recordAcceptance = jest.spyOn(db.dataSource, 'query').mockImplementation((sql: string, ...rest: unknown[]) => {
      if (sql.includes('provider_message_id = coalesce')) {
        recordAcceptance.mockRestore(); // once: the worker "dies" here, the next attempt runs on a healthy one
        return Promise.reject(new Error('worker killed after the provider accepted'));
      }
      return query(sql, ...(rest as [unknown[]]));
    });

    await expect(sendMessage(input)).rejects.toThrow('worker killed');
    expect(accepted).toHaveLength(1);
    const [row] = await db.dataSource.query(`SELECT status, send_attempts FROM messages WHERE id = $1`, [input.messageId]);
    expect(row).toEqual({ status: 'pending', send_attempts: 1 }); // what Temporal's retry finds

    expect(await sendMessage(input)).toMatchObject({ status: 'sent' });
    expect(accepted).toHaveLength(2); // the residual risk: the provider got it twice...
    expect(accepted[1]).toEqual(accepted[0]); // ...under the same Message-ID and Cascade id, so a receiver can tell
    expect(accepted[0].cascadeId).toBe(input.messageId);
    const [after] = await db.dataSource.query(`SELECT status, send_attempts FROM messages WHERE id = $1`, [input.messageId]);
    expect(after).toEqual({ status: 'sent', send_attempts: 2 });

    expect(await sendMessage(input)).toMatchObject({ status: 'sent' }); // once recorded, never again
    expect(accepted).toHaveLength(2);
  });
});
