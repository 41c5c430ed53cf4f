import request from 'supertest';
import { assignVariant, type JourneyGraph } from '@cascade/journey';
import { waitFor } from '@cascade/testing';
import { ensureSplitWinnersSchedule } from '@cascade/worker';
import { startTestStack, type TestStack } from './test-stack';

const VARIANTS = [{ id: 'holdout', label: 'Holdout', weight: 50 }, { id: 'email', label: 'Welcome email', weight: 50 }];

/**
 * A welcome email against a holdout that is sent nothing; once 3 contacts each have had their whole
 * goal window (20 seconds here, days in real life), a 90% sure winner takes all new contacts.
 */
const welcomeTest: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'api' } },
    { id: 'ab', type: 'split', config: { variants: VARIANTS, control: 'holdout', winner: { minimumPerVariant: 3, probability: 0.9 } } },
    { id: 'welcome', type: 'send', config: { channel: 'email', content: { subject: 'Welcome', body: 'Hello' } } },
    { id: 'done', type: 'exit' },
  ],
  edges: [{ from: 'start', to: 'ab' }, { from: 'ab', handle: 'email', to: 'welcome' }, { from: 'welcome', to: 'done' }, { from: 'welcome', handle: 'failed', to: 'done' }],
  settings: { goal: { event: 'purchase', within: 'PT20S' } },
};

// The whole loop on the real stack: randomised assignment, a holdout converting after its journey
// ended, figures from the API, the scheduled winner rule, and new contacts going to the winner.
describe('an A/B test against a holdout, to a winner', () => {
  let stack: TestStack;
  const api = () => request(stack.app.getHttpServer());
  const post = (path: string, body?: object) => api().post(path).set(stack.auth).send(body);
  const get = (path: string) => api().get(path).set(stack.auth);

  beforeAll(async () => {
    stack = await startTestStack('experiments');
    await stack.startDispatcher();
  }, 60_000);
  afterAll(async () => {
    await stack?.client.schedule.getHandle(`split-winners-${stack.taskQueue}`).delete().catch(() => undefined);
    await stack?.stop();
  });

  it('measures lift against doing nothing, then sends new contacts to the winner and records why', async () => {
    // Posting 7 contacts, enrolling 6 and their purchases takes a few seconds: well inside the 20-second goal window.
    const journeyId = (await post('/api/v1/journeys', { name: 'Welcome test', graph: welcomeTest }).expect(201)).body.id;
    await post(`/api/v1/journeys/${journeyId}/publish`).expect(201);

    // Contacts whose (deterministic) assignment we know in advance: three per variant, and one more holdout.
    const byVariant: Record<string, string[]> = { holdout: [], email: [] };
    for (let i = 0; byVariant.holdout.length < 4 || byVariant.email.length < 3; i++) {
      const { id } = (await post('/api/v1/contacts', { externalId: `c${i}`, email: `c${i}@example.com` }).expect(201)).body;
      const variant = assignVariant({ contactId: id, journeyId, nodeId: 'ab', variants: VARIANTS });
      if (byVariant[variant].length < (variant === 'holdout' ? 4 : 3)) byVariant[variant].push(`c${i}`);
    }
    const late = byVariant.holdout.pop()!;
    const first = [...byVariant.holdout, ...byVariant.email];
    const enrolledAt = Date.now();
    for (const externalId of first) await post(`/api/v1/journeys/${journeyId}/enrollments`, { externalId }).expect(201);
    await waitFor(async () => {
      const { body } = await get(`/api/v1/journeys/${journeyId}/enrollments`).expect(200);
      return body.items.length === 6 && body.items.every((e: { status: string }) => e.status !== 'active') || undefined;
    }, { timeoutMs: 30_000 });
    const emails = await stack.db.dataSource.query(`SELECT count(*)::int AS n FROM sandbox_messages WHERE channel = 'email'`);
    expect(emails).toEqual([{ n: 3 }]); // the holdout was sent nothing

    // Purchases after the journeys ended: every emailed contact, and one of the holdout.
    for (const externalId of [...byVariant.email, byVariant.holdout[0]]) {
      await post('/api/v1/events', { externalId, name: 'purchase', properties: { amount: 100 } }).expect(202);
    }
    const split = await waitFor(async () => {
      const { body } = await get(`/api/v1/journeys/${journeyId}/experiments`).expect(200);
      const [ab] = body.splits;
      return ab.variants.reduce((sum: number, v: { converted: number }) => sum + v.converted, 0) === 4 ? ab : undefined;
    });
    expect(split.variants.map((v: { id: string; assigned: number; converted: number }) => [v.id, v.assigned, v.converted]))
      .toEqual([['holdout', 3, 1], ['email', 3, 3]]);
    expect(split.variants[1].revenue).toMatchObject({ total: 300, perContact: 100 });
    expect(split.variants[1].probabilityToBeBest).toBeCloseTo(0.9286, 4); // Beta(4,1) against Beta(2,3)

    // The scheduled winner rule, once the goal windows have closed: 3 contacts each, email best with 93% ≥ 90%.
    // From the last enrollment's start, not the first call's: on a busy machine the six starts spread out.
    const [{ last }] = await stack.db.dataSource.query(`SELECT max(started_at) AS last FROM enrollments WHERE journey_id = $1`, [journeyId]);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.max(enrolledAt, last.getTime()) + 21_000 - Date.now())));
    const scheduleId = await ensureSplitWinnersSchedule(stack.client, stack.taskQueue);
    await stack.client.schedule.getHandle(scheduleId).trigger();
    const chosen = await waitFor(async () => (await get(`/api/v1/journeys/${journeyId}/experiments`).expect(200)).body.splits[0].winner ?? undefined);
    expect(chosen).toMatchObject({ variantId: 'email', reason: expect.stringContaining('Welcome email') });
    const history = (await get(`/api/v1/journeys/${journeyId}/history`).expect(200)).body;
    expect(history.at(-1)).toMatchObject({ kind: 'split_winner', version: 1, details: { variantId: 'email', rule: { minimumPerVariant: 3, probability: 0.9 } } });

    // A contact the split would have held out now gets the email, marked as sent to the winner.
    const { enrollmentId } = (await post(`/api/v1/journeys/${journeyId}/enrollments`, { externalId: late }).expect(201)).body;
    const trace = await waitFor(async () => {
      const { body } = await get(`/api/v1/enrollments/${enrollmentId}`).expect(200);
      return body.status === 'active' ? undefined : body;
    });
    expect(trace.steps).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'node_exited', nodeId: 'ab', handle: 'email', variant: 'email', reason: 'winner' }),
      expect.objectContaining({ kind: 'message_sent', nodeId: 'welcome' }),
    ]));
    const after = (await get(`/api/v1/journeys/${journeyId}/experiments`).expect(200)).body.splits[0];
    expect(after.sentToWinner).toBe(1);
    expect(after.variants.map((v: { assigned: number }) => v.assigned)).toEqual([3, 3]); // not randomised: not in the figures
  });
});
