import { loadJourneyHistory } from '../journeys/journey-history';
import { decideSplitWinners } from './decide-split-winners';
import { createTestDatabase, seedAssignments, seedSplitJourney, type SeededAssignment, type TestDatabase } from '@cascade/testing';
import { loadSplitWinner } from './split-winners';

const WITH_RULE = {
  variants: [{ id: 'a', label: 'A', weight: 50 }, { id: 'b', label: 'B', weight: 50 }],
  control: 'a',
  winner: { minimumPerVariant: 500, probability: 0.95 },
};

/** `n` contacts per variant converting at the given rates, spread evenly (no sampling noise). */
function contacts(perVariant: Record<string, { n: number; rate: number }>): SeededAssignment[] {
  return Object.entries(perVariant).flatMap(([variant, { n, rate }]) =>
    Array.from({ length: n }, (_, i) => ({ variant, converted: i < Math.round(n * rate), revenue: 20 })));
}

describe('split winner rules', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  const decided = async (journeyId: string) => (await decideSplitWinners(db.dataSource)).filter((w) => w.journeyId === journeyId);

  it('switches only once every variant has its minimum and one is best with the probability asked, and records why', async () => {
    const journey = await seedSplitJourney(db.dataSource, WITH_RULE);
    // A clear difference, but 400 contacts per variant are fewer than the 500 asked for.
    await seedAssignments(db.dataSource, journey, contacts({ a: { n: 400, rate: 0.05 }, b: { n: 400, rate: 0.15 } }));
    expect(await decided(journey.journeyId)).toEqual([]);
    // 600 each now, but B's lead is not yet 95% sure.
    await seedAssignments(db.dataSource, journey, contacts({ a: { n: 200, rate: 0.25 }, b: { n: 200, rate: 0.0 } }));
    expect(await decided(journey.journeyId)).toEqual([]);
    expect(await loadSplitWinner(db.dataSource.manager, journey.journeyId, 'ab')).toBeNull();

    await seedAssignments(db.dataSource, journey, contacts({ a: { n: 400, rate: 0.05 }, b: { n: 400, rate: 0.2 } }));
    const [winner] = await decided(journey.journeyId);
    expect(winner).toMatchObject({ nodeId: 'ab', variantId: 'b' });
    expect(await loadSplitWinner(db.dataSource.manager, journey.journeyId, 'ab')).toBe('b');

    const history = (await loadJourneyHistory(db.dataSource.manager, journey.journeyId)).filter((entry) => entry.kind === 'split_winner');
    expect(history).toEqual([{
      kind: 'split_winner', version: 1, at: expect.any(String),
      details: expect.objectContaining({
        nodeId: 'ab', variantId: 'b', rule: WITH_RULE.winner, reason: expect.stringMatching(/B .*\d+% probability/),
        figures: [
          expect.objectContaining({ variantId: 'a', assigned: 1_000, converted: 90 }),
          expect.objectContaining({ variantId: 'b', assigned: 1_000, converted: 140, probabilityToBeBest: expect.any(Number) }),
        ],
      }),
    }]);
    expect((history[0].details.figures as { probabilityToBeBest: number }[])[1].probabilityToBeBest).toBeGreaterThanOrEqual(0.95);
    // A winner stays: deciding again changes and records nothing.
    expect(await decided(journey.journeyId)).toEqual([]);
    expect((await loadJourneyHistory(db.dataSource.manager, journey.journeyId)).filter((e) => e.kind === 'split_winner')).toHaveLength(1);
  });

  it('never switches on a broken split (sample ratio mismatch), nor in a paused journey', async () => {
    const broken = await seedSplitJourney(db.dataSource, WITH_RULE);
    await seedAssignments(db.dataSource, broken, contacts({ a: { n: 1_300, rate: 0.05 }, b: { n: 700, rate: 0.3 } }));
    expect(await decided(broken.journeyId)).toEqual([]);

    const paused = await seedSplitJourney(db.dataSource, WITH_RULE);
    await seedAssignments(db.dataSource, paused, contacts({ a: { n: 1_000, rate: 0.05 }, b: { n: 1_000, rate: 0.3 } }));
    await db.dataSource.query(`UPDATE journeys SET status = 'paused' WHERE id = $1`, [paused.journeyId]);
    expect(await decided(paused.journeyId)).toEqual([]);
  });
});
