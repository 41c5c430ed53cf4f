import { assignVariant, type JourneyGraph } from '@cascade/journey';
import { seededRandom } from '@cascade/stats';
import {
  createContacts, createTestDatabase, seedAssignments, seedSplitJourney, splitGraph, type SeededAssignment, type TestDatabase,
} from '@cascade/testing';
import { loadSplitExperiments, type SplitExperiment } from './split-experiments';

const FIFTY_FIFTY = { variants: [{ id: 'a', label: 'A', weight: 50 }, { id: 'b', label: 'B', weight: 50 }], control: 'a' };

describe('split experiments over step events and conversions', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  const report = async (journeyId: string, filter: { versionId?: string; from?: string; to?: string } = {}, graph: JourneyGraph = splitGraph(FIFTY_FIFTY)) => {
    const [split] = await loadSplitExperiments(db.dataSource.manager, graph, { journeyId, ...filter });
    return split;
  };
  const variant = (split: SplitExperiment, id: string) => split.variants.find((v) => v.id === id)!;

  it('a simulated experiment of 20,000 contacts, true rates 5% and 6%: rates, intervals and verdict match the truth', async () => {
    const journey = await seedSplitJourney(db.dataSource, FIFTY_FIFTY);
    const random = seededRandom(20_000);
    const truth: Record<string, number> = { a: 0.05, b: 0.06 };
    const contacts = await createContacts(db.dataSource, 20_000);
    // The split's own hash, over fixed keys (contact ids are random UUIDs): the same experiment every run.
    const assignments: SeededAssignment[] = contacts.map((contactId, i) => {
      const assigned = assignVariant({ contactId: `contact-${i}`, journeyId: 'simulation', nodeId: 'ab', variants: FIFTY_FIFTY.variants });
      const converted = random() < truth[assigned];
      return { contactId, variant: assigned, converted, revenue: converted ? 50 + Math.round(random() * 100) : 0 };
    });
    await seedAssignments(db.dataSource, journey, assignments);

    const split = await report(journey.journeyId);
    expect(variant(split, 'a').assigned + variant(split, 'b').assigned).toBe(20_000);
    for (const id of ['a', 'b']) {
      const { assigned, converted, rate, interval } = variant(split, id);
      expect(converted).toBe(assignments.filter((a) => a.variant === id && a.converted).length);
      expect(rate).toBeCloseTo(converted / assigned, 12);
      expect(interval!.lower).toBeLessThan(truth[id]);
      expect(interval!.upper).toBeGreaterThan(truth[id]);
    }
    const uplift = variant(split, 'b').uplift!;
    expect(uplift.absoluteInterval.lower).toBeLessThan(0.01);
    expect(uplift.absoluteInterval.upper).toBeGreaterThan(0.01);
    expect(uplift.absoluteInterval.lower).toBeGreaterThan(0); // 20,000 contacts are enough to see a 1-point lift
    expect(variant(split, 'b').probabilityToBeBest).toBeGreaterThan(0.95);
    expect(split.sampleRatio!.mismatch).toBe(false);
    expect(split.verdict).toMatchObject({ leaderId: 'b', status: expect.stringMatching(/^(winner|leading)$/) });
    expect(split.verdict.text).toMatch(/^B beats A with (more than )?\d+% probability/);
    // Revenue per contact: the mean amount (about 100) times the rate.
    expect(variant(split, 'b').revenue.perContact).toBeGreaterThan(0.06 * 100 * 0.85);
    expect(variant(split, 'b').revenue.perContact).toBeLessThan(0.06 * 100 * 1.15);
    expect(split.daily).toEqual([
      { date: expect.any(String), variantId: 'a', assigned: variant(split, 'a').assigned, converted: variant(split, 'a').converted },
      { date: expect.any(String), variantId: 'b', assigned: variant(split, 'b').assigned, converted: variant(split, 'b').converted },
    ]);
  });

  it('a split configured 50/50 whose assignments came out 5,500/4,500 is flagged as a sample ratio mismatch', async () => {
    const journey = await seedSplitJourney(db.dataSource, FIFTY_FIFTY);
    const assignments = Array.from({ length: 10_000 }, (_, i): SeededAssignment => ({ variant: i < 5_500 ? 'a' : 'b', converted: i % 20 === 0 }));
    await seedAssignments(db.dataSource, journey, assignments);
    const split = await report(journey.journeyId);
    expect([variant(split, 'a').assigned, variant(split, 'b').assigned]).toEqual([5_500, 4_500]);
    expect(split.sampleRatio).toMatchObject({ mismatch: true, expected: [5_000, 5_000] });
    expect(split.verdict.status).toBe('sample_ratio_mismatch');
    expect(split.verdict.text).toMatch(/^Sample ratio mismatch/);
  });

  it('counts each contact once, in its first randomised variant, converting only after assignment', async () => {
    const journey = await seedSplitJourney(db.dataSource, FIFTY_FIFTY);
    const [returning] = await seedAssignments(db.dataSource, journey, [{ variant: 'a', converted: false, assignedAt: '2026-11-01T10:00:00Z' }]);
    await seedAssignments(db.dataSource, journey, [
      // The same contact enters again and converts: one contact, converted, in A.
      { contactId: returning, variant: 'a', converted: true, revenue: 40, assignedAt: '2026-11-10T10:00:00Z' },
      { variant: 'b', converted: true, revenue: 25, assignedAt: '2026-11-02T10:00:00Z' },
      { variant: 'b', converted: false, assignedAt: '2026-11-03T10:00:00Z' },
      // Sent to the chosen winner: not part of the experiment.
      { variant: 'b', converted: true, reason: 'winner', assignedAt: '2026-11-20T10:00:00Z' },
    ]);
    // A conversion from before the contact was assigned (attributed to another enrollment's window) does not count.
    const [early] = await seedAssignments(db.dataSource, journey, [{ variant: 'a', converted: false, assignedAt: '2026-11-05T10:00:00Z' }]);
    await db.dataSource.query(
      `INSERT INTO conversions (enrollment_id, journey_id, version_id, contact_id, event_name, revenue, converted_at)
       SELECT enrollment_id, journey_id, version_id, contact_id, 'purchase', 10, '2026-11-04T10:00:00Z' FROM step_events WHERE contact_id = $1`, [early]);

    const split = await report(journey.journeyId);
    expect(variant(split, 'a')).toMatchObject({ assigned: 2, converted: 1, revenue: expect.objectContaining({ total: 40, perContact: 20 }) });
    expect(variant(split, 'b')).toMatchObject({ assigned: 2, converted: 1, revenue: expect.objectContaining({ total: 25, perContact: 12.5 }) });
    expect(split.sentToWinner).toBe(1);

    const november2to5 = await report(journey.journeyId, { from: '2026-11-02T00:00:00Z', to: '2026-11-05T00:00:00Z' });
    expect([variant(november2to5, 'a').assigned, variant(november2to5, 'b').assigned]).toEqual([0, 2]);
  });

  it('filters by journey version', async () => {
    const journey = await seedSplitJourney(db.dataSource, FIFTY_FIFTY);
    const [v2] = await db.dataSource.query(
      `INSERT INTO journey_versions (journey_id, version, graph) VALUES ($1, 2, $2) RETURNING id`, [journey.journeyId, JSON.stringify(splitGraph(FIFTY_FIFTY))]);
    await seedAssignments(db.dataSource, journey, [{ variant: 'a', converted: true }, { variant: 'b', converted: false }]);
    await seedAssignments(db.dataSource, journey, [{ variant: 'b', converted: true, versionId: v2.id }]);
    const all = await report(journey.journeyId);
    expect(variant(all, 'b').assigned).toBe(2);
    const second = await report(journey.journeyId, { versionId: v2.id });
    expect([variant(second, 'a').assigned, variant(second, 'b').assigned, variant(second, 'b').converted]).toEqual([0, 1, 1]);
    expect(second.verdict).toMatchObject({ status: 'no_data', text: 'No contacts have been assigned to A yet.' });

    // A version that changes the split's weights starts another experiment: by default the report pools same-design versions only.
    const redesigned = { ...FIFTY_FIFTY, variants: [{ id: 'a', label: 'A', weight: 80 }, { id: 'b', label: 'B', weight: 20 }] };
    const [v3] = await db.dataSource.query(
      `INSERT INTO journey_versions (journey_id, version, graph) VALUES ($1, 3, $2) RETURNING id`, [journey.journeyId, JSON.stringify(splitGraph(redesigned))]);
    await seedAssignments(db.dataSource, journey, [{ variant: 'a', converted: false, versionId: v3.id }]);
    const latest = await report(journey.journeyId, {}, splitGraph(redesigned));
    expect([variant(latest, 'a').assigned, variant(latest, 'b').assigned]).toEqual([1, 0]);
    expect(variant(await report(journey.journeyId), 'a').assigned).toBe(1); // the 50/50 design: versions 1 and 2
  });

  it('an experiment nobody reached yet says so', async () => {
    const journey = await seedSplitJourney(db.dataSource, FIFTY_FIFTY);
    const split = await report(journey.journeyId);
    expect(split.variants.map((v) => [v.id, v.assigned, v.rate])).toEqual([['a', 0, null], ['b', 0, null]]);
    expect(split.verdict).toMatchObject({ status: 'no_data', text: 'No contacts have been assigned yet.' });
  });
});
