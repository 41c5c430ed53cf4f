import { runMain } from '@cascade/config';
import { loadSplitExperiments } from '@cascade/engine';
import { probabilityToBeBest, seededRandom } from '@cascade/stats';
import { createTestDatabase, seedAssignments, seedSplitJourney, splitGraph, type SeededAssignment } from '@cascade/testing';
import { timed } from '../timed';

/**
 * The experiments report at scale: one split of `contacts` contacts over 4 variants (true rates 5–6.5%),
 * loaded in batches, then the report's SQL and statistics; and the probability to be best alone.
 * Prints figures, asserts nothing. `npm run bench:experiments -- [contacts=1000000]`
 */
const CONTACTS = Number(process.argv[2] ?? 1_000_000);
const BATCH = 50_000;
const CONFIG = { variants: ['a', 'b', 'c', 'd'].map((id) => ({ id, weight: 25 })), control: 'a' };
const RATES: Record<string, number> = { a: 0.05, b: 0.055, c: 0.06, d: 0.065 };

runMain(async () => {
  const database = await createTestDatabase({ name: `cascade_bench_experiments_${process.pid}`, poolSize: 4 });
  const { dataSource } = database;
  try {
    console.log(`Experiments benchmark: ${CONTACTS.toLocaleString('en-US')} contacts in one 4-variant split`);
    const journey = await seedSplitJourney(dataSource, CONFIG);
    const random = seededRandom(7);
    const load = await timed(async () => {
      for (let done = 0; done < CONTACTS; done += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, CONTACTS - done) }, (_, i): SeededAssignment => {
          const variant = CONFIG.variants[(done + i) % 4].id;
          const converted = random() < RATES[variant];
          return { variant, converted, revenue: converted ? 20 + Math.round(random() * 200) : 0 };
        });
        await seedAssignments(dataSource, journey, batch);
      }
    });
    console.log(`  loaded contacts, enrollments, step events, conversions: ${load.seconds.toFixed(1)} s`);
    await dataSource.query('VACUUM ANALYZE step_events, conversions');

    for (let run = 1; run <= 3; run++) {
      const report = await timed(() => loadSplitExperiments(dataSource.manager, splitGraph(CONFIG), { journeyId: journey.journeyId }));
      const [split] = report.value;
      console.log(`  report run ${run}: ${report.seconds.toFixed(2)} s — ${split.verdict.text}`);
    }

    const posteriors = CONFIG.variants.map((v) => ({ successes: Math.round((CONTACTS / 4) * RATES[v.id]), trials: CONTACTS / 4 }));
    const bayes = await timed(async () => probabilityToBeBest(posteriors));
    console.log(`  probability to be best, 4 variants of ${(CONTACTS / 4).toLocaleString('en-US')}: ${(bayes.seconds * 1_000).toFixed(1)} ms`);
  } finally {
    await database.drop();
  }
});
