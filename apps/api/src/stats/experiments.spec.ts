import type { INestApplication } from '@nestjs/common';
import { decideSplitWinners } from '@cascade/engine';
import type { JourneyGraph } from '@cascade/journey';
import { seedAssignments, type SeededAssignment, type TestDatabase } from '@cascade/testing';
import { workspaceClient, type WorkspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

/** A welcome email tested against a 20% holdout that is sent nothing (its output is not connected). */
const holdoutGraph = (winner?: object): JourneyGraph => ({
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'api' } },
    { id: 'ab', type: 'split', label: 'Welcome test', config: {
      variants: [{ id: 'holdout', label: 'Holdout', weight: 20 }, { id: 'email', label: 'Welcome email', weight: 80 }], control: 'holdout', ...(winner ? { winner } : {}),
    } },
    { id: 'welcome', type: 'send', config: { channel: 'email', content: { subject: 'Welcome', body: 'Hello' } } },
    { id: 'done', type: 'exit' },
  ],
  edges: [{ from: 'start', to: 'ab' }, { from: 'ab', handle: 'email', to: 'welcome' }, { from: 'welcome', to: 'done' }, { from: 'welcome', handle: 'failed', to: 'done' }],
  settings: { goal: { event: 'purchase', within: 'P14D' } },
});

/** Assigned 20 days ago: past the P14D goal window, so the winner rule counts them. */
const cohort = (variant: string, n: number, converted: number, revenue = 30): SeededAssignment[] =>
  Array.from({ length: n }, (_, i) => ({ variant, converted: i < converted, revenue, assignedAt: new Date(Date.now() - 20 * 86_400_000).toISOString() }));

describe('A/B results: GET /api/v1/journeys/:id/experiments, and the journey history', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let acme: WorkspaceClient;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
  });
  afterAll(() => stop());

  async function published(graph: JourneyGraph): Promise<{ journeyId: string; versionId: string; workspaceId: string }> {
    const journeyId = (await acme.post('/api/v1/journeys', { name: 'Welcome', graph }).expect(201)).body.id;
    await acme.post(`/api/v1/journeys/${journeyId}/publish`, { note: 'launch' }).expect(201);
    const [version] = await db.dataSource.query(`SELECT id FROM journey_versions WHERE journey_id = $1 ORDER BY version DESC LIMIT 1`, [journeyId]);
    return { journeyId, versionId: version.id, workspaceId: acme.workspaceId };
  }

  it('reports each variant against the holdout with intervals, p-values, probability to be best, revenue and a verdict', async () => {
    const journey = await published(holdoutGraph());
    await seedAssignments(db.dataSource, journey, [...cohort('holdout', 1_000, 40), ...cohort('email', 4_000, 220)]);
    const { body } = await acme.get(`/api/v1/journeys/${journey.journeyId}/experiments`).expect(200);
    expect(body).toMatchObject({ journeyId: journey.journeyId, version: null, goal: { event: 'purchase', within: 'P14D' } });
    expect(body.splits).toHaveLength(1);
    const [split] = body.splits;
    expect(split).toMatchObject({ nodeId: 'ab', label: 'Welcome test', controlId: 'holdout', winner: null, sentToWinner: 0 });
    const [holdout, email] = split.variants;
    expect(holdout).toMatchObject({ id: 'holdout', isControl: true, assigned: 1_000, converted: 40, rate: 0.04, uplift: null });
    expect(email).toMatchObject({ id: 'email', isControl: false, assigned: 4_000, converted: 220, rate: 0.055 });
    expect(email.interval.lower).toBeLessThan(0.055);
    expect(email.interval.upper).toBeGreaterThan(0.055);
    expect(email.uplift.absolute).toBeCloseTo(0.015, 12);
    expect(email.uplift.relative).toBeCloseTo(0.375, 12);
    expect(email.uplift.pValue).toBeGreaterThan(0);
    expect(email.uplift.pValue).toBeLessThan(0.1);
    expect(holdout.probabilityToBeBest + email.probabilityToBeBest).toBeCloseTo(1, 6);
    expect(email.revenue).toMatchObject({ total: 6_600, perContact: 1.65 });
    expect(split.chiSquare.degreesOfFreedom).toBe(1);
    expect(split.sampleRatio.mismatch).toBe(false); // 1,000 / 4,000 is exactly 20/80
    expect(split.verdict.text).toMatch(/Welcome email/);
    expect(split.power.neededPerVariant).toBeGreaterThan(0);
  });

  it('filters by version and assignment period; refuses bad filters with 400 naming the field, and other workspaces with 404', async () => {
    const journey = await published(holdoutGraph());
    await seedAssignments(db.dataSource, journey, [
      { variant: 'email', converted: true, assignedAt: '2026-10-01T10:00:00Z' },
      { variant: 'holdout', converted: false, assignedAt: '2026-10-15T10:00:00Z' },
    ]);
    const october1to10 = await acme.get(`/api/v1/journeys/${journey.journeyId}/experiments?version=1&from=2026-10-01T00:00:00Z&to=2026-10-10T00:00:00Z`).expect(200);
    expect(october1to10.body.splits[0].variants.map((v: { assigned: number }) => v.assigned)).toEqual([0, 1]);
    expect(october1to10.body).toMatchObject({ version: 1, from: '2026-10-01T00:00:00Z', to: '2026-10-10T00:00:00Z' });

    const refused = async (query: string, path: string) => {
      const { body } = await acme.get(`/api/v1/journeys/${journey.journeyId}/experiments?${query}`).expect(400);
      expect(body.details).toEqual([expect.objectContaining({ path })]);
    };
    await refused('from=yesterday', 'from');
    await refused('from=2026-10-01', 'from'); // no time, no zone: which midnight?
    await refused('to=2026-10-01T10:00', 'to');
    await refused('from=2026-10-10T00:00:00Z&to=2026-10-01T00:00:00Z', 'to');
    await refused('mde=0', 'mde');
    await refused('version=0', 'version');
    await acme.get(`/api/v1/journeys/${journey.journeyId}/experiments?version=7`).expect(404);
    const other = await workspaceClient(app, db.dataSource, 'other');
    await other.get(`/api/v1/journeys/${journey.journeyId}/experiments`).expect(404);
  });

  it('the history tells of publishing, pausing, resuming, and a winner chosen with the figures that justified it', async () => {
    const journey = await published(holdoutGraph({ minimumPerVariant: 300, probability: 0.95 }));
    await acme.post(`/api/v1/journeys/${journey.journeyId}/pause`).expect(200);
    await acme.post(`/api/v1/journeys/${journey.journeyId}/resume`).expect(200);
    await seedAssignments(db.dataSource, journey, [...cohort('holdout', 400, 8), ...cohort('email', 1_600, 112)]);
    expect(await decideSplitWinners(db.dataSource)).toEqual([expect.objectContaining({ journeyId: journey.journeyId, variantId: 'email' })]);

    const { body: history } = await acme.get(`/api/v1/journeys/${journey.journeyId}/history`).expect(200);
    expect(history.map((entry: { kind: string; version: number }) => [entry.kind, entry.version])).toEqual([
      ['published', 1], ['paused', 1], ['resumed', 1], ['split_winner', 1],
    ]);
    expect(history[0].details).toEqual({ note: 'launch' });
    expect(history[3].details).toMatchObject({
      nodeId: 'ab', variantId: 'email', rule: { minimumPerVariant: 300, probability: 0.95 },
      reason: expect.stringContaining('Welcome email'),
      figures: [expect.objectContaining({ variantId: 'holdout', assigned: 400, converted: 8 }), expect.objectContaining({ variantId: 'email', assigned: 1_600, converted: 112 })],
    });
    const { body } = await acme.get(`/api/v1/journeys/${journey.journeyId}/experiments`).expect(200);
    expect(body.splits[0].winner).toEqual({ variantId: 'email', decidedAt: expect.any(String), reason: history[3].details.reason });
  });
});
