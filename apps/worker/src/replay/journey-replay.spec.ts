import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import type { JourneyGraph } from '@cascade/journey';
import { seedContact, seedPublishedJourney, testTemporal, waitFor } from '@cascade/testing';
import { contactEventSignal, deliveryStatusSignal, workflowId } from '@cascade/workflows';
import { enroll } from '@cascade/engine';
import { startTestWorker } from '../test-worker.test-helpers';

/**
 * Running journeys replay their history on every deploy. Each history here, recorded from a cascade
 * with a delivery signal, a split, a wait and a goal by one version of the workflow code, must
 * replay on the current code: a change that fails one must go behind `patched()`. After such a
 * change, record its history too: RECORD_HISTORY=<name> writes <name>.history.json. Keep the old ones.
 *   v1: before patch "local-bookkeeping"; v2: after it; v3: after patch "undeliverable-ends-wait" (a bounce ends a cascade wait);
 *   v4: a split with a winner rule (it asks for the winner before assigning).
 */
const histories = readdirSync(__dirname).filter((name) => name.endsWith('.history.json'));

const graph: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'api' } },
    { id: 'remind', type: 'cascade', config: { steps: [
      { channel: 'email', content: { subject: 'Your cart', body: 'Come back' }, waitFor: 'opened', within: 'PT2S' },
      { channel: 'sms', content: { body: 'Your cart is waiting' } },
    ] } },
    { id: 'split', type: 'split', config: { variants: [{ id: 'a', weight: 50 }, { id: 'b', weight: 50 }], winner: { minimumPerVariant: 1000, probability: 0.975 } } },
    { id: 'pause', type: 'wait', config: { duration: 'PT1S' } },
    { id: 'bought', type: 'wait_for_event', config: { event: 'purchase', timeout: 'PT2S' } },
    { id: 'end', type: 'exit' },
  ],
  edges: [
    { from: 'start', to: 'remind' }, { from: 'remind', handle: 'success', to: 'split' }, { from: 'remind', handle: 'exhausted', to: 'split' },
    { from: 'split', handle: 'a', to: 'pause' }, { from: 'split', handle: 'b', to: 'pause' }, { from: 'pause', to: 'bought' },
    { from: 'bought', handle: 'event', to: 'end' }, { from: 'bought', handle: 'timeout', to: 'end' },
  ],
  settings: { goal: { event: 'purchase', within: 'P1D' } },
};

describe('journey workflow replay', () => {
  beforeAll(async () => {
    if (process.env.RECORD_HISTORY) await record(join(__dirname, `${process.env.RECORD_HISTORY}.history.json`));
  });

  it.each(histories)('replays %s on the current workflow code', async (name) => {
    // runReplayHistory takes the JSON form that `temporal workflow show --output json` prints.
    const history = JSON.parse(readFileSync(join(__dirname, name), 'utf8'));
    await expect(Worker.runReplayHistory({ workflowBundle: { codePath: testTemporal().workflowBundle } }, history)).resolves.toBeUndefined();
  });
});

async function record(fixture: string): Promise<void> {
  const { db, client, taskQueue, stop } = await startTestWorker('record');
  try {
    const { journeyId } = await seedPublishedJourney(db.dataSource, graph);
    const result = await enroll({ dataSource: db.dataSource, client, taskQueue }, { journeyId, contactId: await seedContact(db.dataSource), triggerKey: 'api:test' });
    const handle = client.workflow.getHandle(workflowId.enrollment(result.enrollmentId!));
    await waitFor(async () => ((await db.dataSource.query(`SELECT 1 FROM messages WHERE enrollment_id = $1`, [result.enrollmentId])).length ? true : undefined));
    await handle.signal(deliveryStatusSignal, { messageId: `${result.enrollmentId}:remind:0:0`, status: 'opened' });
    await waitFor(async () => ((await handle.query('journeyState')) as { nodeId: string }).nodeId === 'bought' || undefined);
    await handle.signal(contactEventSignal, { name: 'purchase', occurredAt: new Date().toISOString() });
    await handle.result();
    const cli = process.env.TEMPORAL_CLI ?? join(__dirname, '../../../../tools/.bin/temporal');
    const json = execFileSync(cli, ['workflow', 'show', '--workflow-id', handle.workflowId, '--address', testTemporal().address, '--output', 'json']);
    writeFileSync(fixture, json);
  } finally {
    await stop();
  }
}
