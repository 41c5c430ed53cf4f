import type { Client } from '@temporalio/client';
import type { JourneyGraph } from '@cascade/journey';
import { seedContact, seedPublishedJourney, seedWorkspace, waitFor, type TestDatabase } from '@cascade/testing';
import { cancelSignal, contactEventSignal, deliveryStatusSignal, workflowId } from '@cascade/workflows';
import { createActivities } from './activities';
import { enroll } from '@cascade/engine';
import { startTestWorker } from './test-worker.test-helpers';

// The journey workflow on the real Temporal dev server, with waits of seconds.
describe('journey workflow on Temporal', () => {
  let db: TestDatabase;
  let client: Client;
  let taskQueue: string;
  let stop: (() => Promise<void>) | undefined;
  let slowFlushUntil = 0;

  beforeAll(async () => {
    ({ db, client, taskQueue, stop } = await startTestWorker('journey', {
      activities: (dataSource) => {
        const activities = createActivities({ dataSource });
        const recordStepEvents = activities.recordStepEvents;
        // A seam to widen the gap between entering a node and its wait beginning.
        activities.recordStepEvents = async (batch) => {
          if (Date.now() < slowFlushUntil) await new Promise((resolve) => setTimeout(resolve, 1_500));
          return recordStepEvents(batch);
        };
        return activities;
      },
    }));
  });

  afterAll(() => stop?.());

  const deps = () => ({ dataSource: db.dataSource, client, taskQueue });
  const ended = (enrollmentId: string) =>
    waitFor(async () => {
      const [row] = await db.dataSource.query(`SELECT status, exit_reason, last_node_id FROM enrollments WHERE id = $1`, [enrollmentId]);
      return row.status === 'active' ? undefined : row;
    }, { timeoutMs: 30_000 });
  const sentChannels = async (enrollmentId: string) =>
    (await db.dataSource.query(`SELECT channel FROM messages WHERE enrollment_id = $1 AND status = 'sent' ORDER BY step`, [enrollmentId])).map(
      (row: { channel: string }) => row.channel,
    );
  const start = async (graph: JourneyGraph, contact = {}) => {
    const { journeyId } = await seedPublishedJourney(db.dataSource, graph);
    const contactId = await seedContact(db.dataSource, contact);
    const result = await enroll(deps(), { journeyId, contactId, triggerKey: 'api:test' });
    if (!result.enrollmentId) throw new Error('not enrolled');
    return { journeyId, contactId, enrollmentId: result.enrollmentId, handle: client.workflow.getHandle(workflowId.enrollment(result.enrollmentId)) };
  };

  const cascade: JourneyGraph = {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'api' } },
      { id: 'remind', type: 'cascade', config: { steps: [
        { channel: 'email', content: { subject: 'Your cart', body: 'Come back' }, waitFor: 'opened', within: 'PT3S' },
        { channel: 'sms', content: { body: 'Your cart is waiting' }, waitFor: 'delivered', within: 'PT3S' },
        { channel: 'telegram', content: { body: 'Your cart is waiting' } },
      ] } },
      { id: 'won', type: 'exit', config: { reason: 'reached' } },
      { id: 'lost', type: 'exit', config: { reason: 'exhausted' } },
    ],
    edges: [{ from: 'start', to: 'remind' }, { from: 'remind', handle: 'success', to: 'won' }, { from: 'remind', handle: 'exhausted', to: 'lost' }],
  };

  const withEmailWindow = (graph: JourneyGraph, within: string): JourneyGraph => ({
    ...graph,
    nodes: graph.nodes.map((node) => node.id !== 'remind' ? node : {
      ...node, config: { steps: [{ ...(node.config as { steps: object[] }).steps[0], within }, ...(node.config as { steps: object[] }).steps.slice(1)] },
    }),
  });

  it('escalates the cascade when the email is not opened in time', async () => {
    const { enrollmentId } = await start(cascade);
    expect(await ended(enrollmentId)).toEqual({ status: 'exited', exit_reason: 'reached', last_node_id: 'won' });
    expect(await sentChannels(enrollmentId)).toEqual(['email', 'sms', 'telegram']);
    const captured = await db.dataSource.query(`SELECT channel, address FROM sandbox_messages WHERE message_id LIKE $1 ORDER BY captured_at`, [`${enrollmentId}:%`]);
    expect(captured).toEqual([
      { channel: 'email', address: 'anna@example.com' },
      { channel: 'sms', address: '+79990000000' },
      { channel: 'telegram', address: '4242' },
    ]);
  });

  it('stops the cascade as soon as the email is opened in time', async () => {
    // A window long enough that a loaded CI machine still signals within it.
    const { enrollmentId, handle } = await start(withEmailWindow(cascade, 'PT30S'));
    const emailId = `${enrollmentId}:remind:0:0`;
    await waitFor(async () => ((await sentChannels(enrollmentId)).includes('email') ? true : undefined));
    await handle.signal(deliveryStatusSignal, { messageId: emailId, status: 'opened' });
    expect(await ended(enrollmentId)).toMatchObject({ status: 'exited', exit_reason: 'reached' });
    expect(await sentChannels(enrollmentId)).toEqual(['email']);
    const statuses = await db.dataSource.query(`SELECT kind, status FROM step_events WHERE enrollment_id = $1 AND kind = 'message_status'`, [enrollmentId]);
    expect(statuses).toEqual([{ kind: 'message_status', status: 'opened' }]);
  });

  it('sees an event that arrives after the contact entered wait_for_event but before the wait began', async () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'paid', type: 'wait_for_event', config: { event: 'order_paid', timeout: 'PT20S' } },
        { id: 'yes', type: 'exit', config: { reason: 'paid' } },
        { id: 'no', type: 'exit', config: { reason: 'timeout' } },
      ],
      edges: [{ from: 'start', to: 'paid' }, { from: 'paid', handle: 'event', to: 'yes' }, { from: 'paid', handle: 'timeout', to: 'no' }],
    };
    slowFlushUntil = Date.now() + 10_000;
    const { enrollmentId, handle } = await start(graph);
    // The node is entered, and its step events are being written (slowly) before the wait begins.
    await waitFor(async () => ((await handle.query('journeyState')) as { nodeId: string }).nodeId === 'paid' || undefined);
    await handle.signal(contactEventSignal, { name: 'order_paid', occurredAt: new Date().toISOString() });
    slowFlushUntil = 0;
    expect(await ended(enrollmentId)).toMatchObject({ status: 'exited', exit_reason: 'paid' });
  });

  it('leaves at once when the goal is reached during a long wait (exitOnGoal)', async () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'later', type: 'wait', config: { duration: 'P30D' } },
        { id: 'mail', type: 'send', config: { channel: 'email', templateId: 'never' } },
        { id: 'end', type: 'exit' },
      ],
      edges: [{ from: 'start', to: 'later' }, { from: 'later', to: 'mail' }, { from: 'mail', to: 'end' }],
      settings: { goal: { event: 'purchase', within: 'P7D' }, exitOnGoal: true },
    };
    const { enrollmentId, handle } = await start(graph);
    await waitFor(async () => ((await handle.query('journeyState')) as { nodeId: string }).nodeId === 'later' || undefined);
    await handle.signal(contactEventSignal, { name: 'purchase', occurredAt: new Date().toISOString(), properties: { amount: 990 } });
    expect(await ended(enrollmentId)).toEqual({ status: 'converted', exit_reason: 'goal', last_node_id: 'later' });
    expect(await sentChannels(enrollmentId)).toEqual([]);
    const kinds = await db.dataSource.query(`SELECT kind FROM step_events WHERE enrollment_id = $1 ORDER BY seq`, [enrollmentId]);
    expect(kinds.map((row: { kind: string }) => row.kind)).toEqual(['node_entered', 'node_exited', 'node_entered', 'converted', 'journey_exited']);
  });

  it('cancels an enrollment on request', async () => {
    const graph: JourneyGraph = {
      nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'later', type: 'wait', config: { duration: 'P1D' } }, { id: 'end', type: 'exit' }],
      edges: [{ from: 'start', to: 'later' }, { from: 'later', to: 'end' }],
    };
    const { enrollmentId, handle } = await start(graph);
    await handle.signal(cancelSignal);
    expect(await ended(enrollmentId)).toMatchObject({ status: 'cancelled', exit_reason: 'cancelled' });
  });

  it('enrolls a contact triggered 20 times at once exactly once', async () => {
    const graph: JourneyGraph = {
      nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'later', type: 'wait', config: { duration: 'PT1H' } }, { id: 'end', type: 'exit' }],
      edges: [{ from: 'start', to: 'later' }, { from: 'later', to: 'end' }],
    };
    const { journeyId } = await seedPublishedJourney(db.dataSource, graph);
    const contactId = await seedContact(db.dataSource);
    const results = await Promise.all(Array.from({ length: 20 }, () => enroll(deps(), { journeyId, contactId, triggerKey: 'api:test' })));
    expect(results.filter((result) => 'created' in result && result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.enrollmentId)).size).toBe(1);
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM enrollments WHERE journey_id = $1`, [journeyId]);
    expect(count).toBe(1);
  });

  it('keeps the history of a looping journey bounded with continue-as-new, losing no step', async () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'poll', type: 'wait_for_event', config: { event: 'stop', timeout: 'PT0.2S' } },
        { id: 'end', type: 'exit', config: { reason: 'stopped' } },
      ],
      edges: [{ from: 'start', to: 'poll' }, { from: 'poll', handle: 'timeout', to: 'poll' }, { from: 'poll', handle: 'event', to: 'end' }],
    };
    const { journeyId, versionId } = await seedPublishedJourney(db.dataSource, graph);
    const contactId = await seedContact(db.dataSource);
    const [{ id: enrollmentId }] = await db.dataSource.query(
      `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id) VALUES ($1, $2, $3, 'pending') RETURNING id`,
      [journeyId, versionId, contactId],
    );
    const id = workflowId.enrollment(enrollmentId);
    await client.workflow.start('journeyWorkflow', { workflowId: id, taskQueue, args: [{ enrollmentId, historyLimit: 40 }] });
    const firstRun = (await client.workflow.getHandle(id).describe()).runId;
    await waitFor(async () => ((await client.workflow.getHandle(id).describe()).runId !== firstRun ? true : undefined), { timeoutMs: 60_000 });
    await client.workflow.getHandle(id).signal(contactEventSignal, { name: 'stop', occurredAt: new Date().toISOString() });
    expect(await ended(enrollmentId)).toMatchObject({ status: 'exited', exit_reason: 'stopped' });
    const seqs: { seq: number }[] = await db.dataSource.query(`SELECT seq FROM step_events WHERE enrollment_id = $1 ORDER BY seq`, [enrollmentId]);
    expect(seqs.map((row) => row.seq)).toEqual(seqs.map((_, index) => index));
    const polls = await db.dataSource.query(`SELECT count(*)::int AS n FROM step_events WHERE enrollment_id = $1 AND node_id = 'poll' AND kind = 'node_entered'`, [enrollmentId]);
    expect(polls[0].n).toBeGreaterThan(3);
  });

  it('enrolls 1,000 contacts triggered at once (each twice) exactly 1,000 times', async () => {
    const graph: JourneyGraph = {
      nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'later', type: 'wait', config: { duration: 'PT1H' } }, { id: 'end', type: 'exit' }],
      edges: [{ from: 'start', to: 'later' }, { from: 'later', to: 'end' }],
    };
    const { journeyId } = await seedPublishedJourney(db.dataSource, graph);
    const contacts: { id: string }[] = await db.dataSource.query(
      `INSERT INTO contacts (workspace_id, email) SELECT $1, 'c' || n || '@example.com' FROM generate_series(1, 1000) n RETURNING id`,
      [await seedWorkspace(db.dataSource)],
    );
    const triggers = contacts.flatMap(({ id }) => [id, id]).map((contactId) => enroll(deps(), { journeyId, contactId, triggerKey: 'api:test' }));
    const results = await Promise.all(triggers);
    expect(results.filter((result) => 'created' in result && result.created)).toHaveLength(1_000);
    const [{ count, distinct }] = await db.dataSource.query(
      `SELECT count(*)::int AS count, count(DISTINCT contact_id)::int AS distinct FROM enrollments WHERE journey_id = $1`, [journeyId],
    );
    expect({ count, distinct }).toEqual({ count: 1_000, distinct: 1_000 });
    const started = await client.workflow.count(`WorkflowId STARTS_WITH "enrollment-" AND TaskQueue = "${taskQueue}"`).catch(() => null);
    if (started) expect(started.count).toBeGreaterThanOrEqual(1_000);
  }, 120_000);
});
