import { expectClose4, expectPrinted } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { wilsonInterval } from './wilson-interval';

describe('wilsonInterval', () => {
  // Newcombe RG (1998) "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Stat Med 17:857–872, Table I, method 3 (score, no continuity correction).
  // Reproduce in R: prop.test(81, 263, correct = FALSE)$conf.int, and so on.
  it.each([
    [81, 263, '0.2553', '0.3662'],
    [15, 148, '0.0624', '0.1605'],
    [0, 20, '0.0000', '0.1611'],
    [1, 29, '0.0061', '0.1718'],
  ])('%i/%i matches Newcombe 1998 Table I', (successes, trials, lower, upper) => {
    const interval = wilsonInterval({ successes, trials });
    expectPrinted(interval?.lower, lower);
    expectPrinted(interval?.upper, upper);
  });

  it('matches R prop.test(correct = FALSE) to 4 significant digits, at another confidence', () => {
    // R: prop.test(81, 263, conf.level = 0.9, correct = FALSE)$conf.int → 0.2633136 0.3565663
    const interval = wilsonInterval({ successes: 81, trials: 263 }, 0.9);
    expectClose4(interval?.lower, 0.2633136);
    expectClose4(interval?.upper, 0.3565663);
  });

  it('reaches exactly 0 and 1 at the edges and stays inside [0, 1]', () => {
    expect(wilsonInterval({ successes: 0, trials: 20 })?.lower).toBe(0);
    expect(wilsonInterval({ successes: 29, trials: 29 })?.upper).toBe(1);
    // R: prop.test(29, 29, correct = FALSE)$conf.int → 0.8830302 1.0000000
    expectClose4(wilsonInterval({ successes: 29, trials: 29 })?.lower, 0.8830302);
  });

  it('is null without trials', () => {
    expect(wilsonInterval({ successes: 0, trials: 0 })).toBeNull();
  });

  it.each([
    [{ successes: -1, trials: 10 }, 0.95, 'counts.successes'],
    [{ successes: 11, trials: 10 }, 0.95, 'counts.successes'],
    [{ successes: 1.5, trials: 10 }, 0.95, 'counts.successes'],
    [{ successes: 1, trials: Number.NaN }, 0.95, 'counts.trials'],
    [{ successes: 1, trials: 10 }, 1, 'confidence'],
  ])('refuses %j at confidence %d, naming %s', (counts, confidence, argument) => {
    expect(() => wilsonInterval(counts, confidence)).toThrow(StatsInputError);
    expect(() => wilsonInterval(counts, confidence)).toThrow(argument);
  });
});
