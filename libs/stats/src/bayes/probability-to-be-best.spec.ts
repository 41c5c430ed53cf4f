import { expectClose4 } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import type { Counts } from '../stats.types';
import { millerProbabilityBBeatsA } from './miller-closed-form.test-helpers';
import { probabilityToBeBest, type BetaPrior } from './probability-to-be-best';

const UNIFORM: BetaPrior = { alpha: 1, beta: 1 };

function posterior({ successes, trials }: Counts, prior = UNIFORM): BetaPrior {
  return { alpha: prior.alpha + successes, beta: prior.beta + trials - successes };
}

function counts(successes: number, trials: number): Counts {
  return { successes, trials };
}

describe('probabilityToBeBest', () => {
  // Two variants against Miller's exact closed form (see miller-closed-form.test-helpers.ts).
  it.each([
    ['a small test', counts(100, 1_000), counts(120, 1_000)],
    ['100,000 per variant', counts(5_000, 100_000), counts(5_150, 100_000)],
    ['1,000,000 per variant', counts(50_000, 1_000_000), counts(50_300, 1_000_000)],
    ['a wide posterior against a narrow one', counts(10, 100), counts(100_000, 1_000_000)],
    ['rates of 0.01 and 0.9 with few trials', counts(1, 100), counts(9, 10)],
    ['no data against a little', counts(0, 0), counts(2, 3)],
    ['one success in a million', counts(0, 1_000_000), counts(1, 1_000_000)],
  ])('agrees with Miller (2015) to 1e-8: %s', (_name, a, b) => {
    const [pA, pB] = probabilityToBeBest([a, b]);
    const exact = millerProbabilityBBeatsA(posterior(a), posterior(b));
    expect(Math.abs(pB - exact)).toBeLessThan(1e-8);
    expect(Math.abs(pA - (1 - exact))).toBeLessThan(1e-8);
  });

  it('uses the prior', () => {
    const prior = { alpha: 2, beta: 5 };
    const [, pB] = probabilityToBeBest([counts(3, 40), counts(6, 40)], prior);
    expect(Math.abs(pB - millerProbabilityBBeatsA(posterior(counts(3, 40), prior), posterior(counts(6, 40), prior)))).toBeLessThan(1e-8);
  });

  it('matches R numerical integration for three variants', () => {
    // R: a <- 1 + c(30, 45, 38); b <- 1 + 1000 - c(30, 45, 38)
    //    f <- function(i) integrate(function(x) { v <- dbeta(x, a[i], b[i])
    //      for (j in 1:3) if (j != i) v <- v * pbeta(x, a[j], b[j]); v }, 0, 1, rel.tol = 1e-12)$value
    //    sapply(1:3, f) → 0.02241353023 0.76695345067 0.21063301910
    const best = probabilityToBeBest([counts(30, 1_000), counts(45, 1_000), counts(38, 1_000)]);
    expectClose4(best[0], 0.02241353023);
    expectClose4(best[1], 0.76695345067);
    expectClose4(best[2], 0.2106330191);
  });

  it.each([2, 3, 4, 5])('gives 1/k to each of %i identical variants', (k) => {
    for (const same of [counts(0, 0), counts(50, 1_000), counts(5_000, 100_000)]) {
      for (const p of probabilityToBeBest(Array.from({ length: k }, () => same))) expect(p).toBeCloseTo(1 / k, 10);
    }
  });

  it('orders variants by rate, and its results sum to 1', () => {
    const best = probabilityToBeBest([counts(5_000, 100_000), counts(5_100, 100_000), counts(5_050, 100_000), counts(4_950, 100_000)]);
    expect(best.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    expect(best[3]).toBeLessThan(best[0]);
    expect(best[0]).toBeLessThan(best[2]);
    expect(best[2]).toBeLessThan(best[1]);
  });

  it('gives 1 to a single variant and nothing to none', () => {
    expect(probabilityToBeBest([counts(3, 10)])).toEqual([1]);
    expect(probabilityToBeBest([])).toEqual([]);
  });

  it('refuses invalid counts and priors, naming them', () => {
    expect(() => probabilityToBeBest([counts(1, 10), counts(11, 10)])).toThrow(StatsInputError);
    expect(() => probabilityToBeBest([counts(1, 10), counts(11, 10)])).toThrow('variants[1].successes');
    expect(() => probabilityToBeBest([counts(1, 10)], { alpha: 0, beta: 1 })).toThrow('prior.alpha');
  });
});
