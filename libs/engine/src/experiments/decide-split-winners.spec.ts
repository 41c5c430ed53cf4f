import { createTestDatabase, seedAssignments, seedSplitJourney, type SeededAssignment, type TestDatabase } from '@cascade/testing';
import { loadJourneyHistory } from '../journeys/journey-history';
import { decideSplitWinners } from './decide-split-winners';
import { loadSplitWinner } from './split-winners';

const WITH_RULE = {
  variants: [{ id: 'a', label: 'A', weight: 50 }, { id: 'b', label: 'B', weight: 50 }],
  control: 'a',
  winner: { minimumPerVariant: 500, probability: 0.95 },
};
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
/** Past the journey's P7D goal window: these contacts' outcomes are final. */
const MATURE = daysAgo(8);

/** `n` contacts per variant converting at the given rates, spread evenly (no sampling noise). */
function contacts(perVariant: Record<string, { n: number; rate: number }>, assignedAt = MATURE): SeededAssignment[] {
  return Object.entries(perVariant).flatMap(([variant, { n, rate }]) =>
    Array.from({ length: n }, (_, i) => ({ variant, converted: i < Math.round(n * rate), revenue: 20, assignedAt })));
}

describe('split winner rules', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  const decide = async (journeyId: string) => (await decideSplitWinners(db.dataSource)).filter((w) => w.journeyId === journeyId);
  const decisionsIn = async (journeyId: string) =>
    (await loadJourneyHistory(db.dataSource.manager, journeyId)).filter((entry) => entry.kind.startsWith('split_'));

  it('waits for the minimum of contacts whose goal window has closed, then switches and records why', async () => {
    const journey = await seedSplitJourney(db.dataSource, WITH_RULE);
    // A clear difference, but 400 contacts per variant are fewer than the 500 asked for.
    await seedAssignments(db.dataSource, journey, contacts({ a: { n: 400, rate: 0.05 }, b: { n: 400, rate: 0.15 } }));
    expect(await decide(journey.journeyId)).toEqual([]);
    // 600 each now, but the newest 200 were assigned an hour ago: they may still convert, so they do not count yet.
    await seedAssignments(db.dataSource, journey, contacts({ a: { n: 200, rate: 0 }, b: { n: 200, rate: 0 } }, daysAgo(1 / 24)));
    expect(await decide(journey.journeyId)).toEqual([]);
    expect(await loadSplitWinner(db.dataSource.manager, journey.journeyId, 'ab')).toBeNull();
    expect(await decisionsIn(journey.journeyId)).toEqual([]);

    await seedAssignments(db.dataSource, journey, contacts({ a: { n: 200, rate: 0.05 }, b: { n: 200, rate: 0.15 } }));
    expect(await decide(journey.journeyId)).toEqual([expect.objectContaining({ nodeId: 'ab', variantId: 'b' })]);
    expect(await loadSplitWinner(db.dataSource.manager, journey.journeyId, 'ab')).toBe('b');
    const history = await decisionsIn(journey.journeyId);
    expect(history).toEqual([{
      kind: 'split_winner', version: 1, at: expect.any(String),
      details: expect.objectContaining({
        nodeId: 'ab', variantId: 'b', rule: WITH_RULE.winner, reason: expect.stringMatching(/^B beats A with .*\d+% probability/),
        figures: [
          expect.objectContaining({ variantId: 'a', assigned: 600, converted: 30 }),
          expect.objectContaining({ variantId: 'b', assigned: 600, converted: 90, probabilityToBeBest: expect.any(Number) }),
        ],
      }),
    }]);
    expect((history[0].details.figures as { probabilityToBeBest: number }[])[1].probabilityToBeBest).toBeGreaterThanOrEqual(0.95);
    // A decision stays: deciding again changes and records nothing.
    expect(await decide(journey.journeyId)).toEqual([]);
    expect(await decisionsIn(journey.journeyId)).toHaveLength(1);
  });

  it('looks once: no clear leader at the minimum is a final "no winner", and later data does not reopen it', async () => {
    const journey = await seedSplitJourney(db.dataSource, WITH_RULE);
    await seedAssignments(db.dataSource, journey, contacts({ a: { n: 500, rate: 0.1 }, b: { n: 500, rate: 0.11 } }));
    expect(await decide(journey.journeyId)).toEqual([
      { journeyId: journey.journeyId, nodeId: 'ab', variantId: null, reason: expect.stringMatching(/^No winner: .* no variant is best with 95% probability \(the best reaches \d+%\)/) },
    ]);
    expect(await loadSplitWinner(db.dataSource.manager, journey.journeyId, 'ab')).toBeNull();
    await seedAssignments(db.dataSource, journey, contacts({ a: { n: 500, rate: 0.05 }, b: { n: 500, rate: 0.3 } }));
    expect(await decide(journey.journeyId)).toEqual([]);
    expect((await decisionsIn(journey.journeyId)).map((entry) => [entry.kind, entry.details.variantId])).toEqual([['split_no_winner', null]]);
  });

  it('never switches on a broken split (sample ratio mismatch), nor decides in a paused journey', async () => {
    const broken = await seedSplitJourney(db.dataSource, WITH_RULE);
    await seedAssignments(db.dataSource, broken, contacts({ a: { n: 1_300, rate: 0.05 }, b: { n: 700, rate: 0.3 } }));
    expect(await decide(broken.journeyId)).toEqual([expect.objectContaining({ variantId: null, reason: expect.stringContaining('Sample ratio mismatch') })]);

    const paused = await seedSplitJourney(db.dataSource, WITH_RULE);
    await seedAssignments(db.dataSource, paused, contacts({ a: { n: 1_000, rate: 0.05 }, b: { n: 1_000, rate: 0.3 } }));
    await db.dataSource.query(`UPDATE journeys SET status = 'paused' WHERE id = $1`, [paused.journeyId]);
    expect(await decide(paused.journeyId)).toEqual([]);
  });
});
