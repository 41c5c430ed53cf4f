import { expectPrinted } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { newcombeDifference } from './newcombe-difference';

// In R (no package needed), method 10 from the prop.test Wilson limits:
//   w <- function(x, n) prop.test(x, n, correct = FALSE)$conf.int
//   nc <- function(a, m, b, n) { l1 <- w(a, m); l2 <- w(b, n); d <- a/m - b/n
//     c(d - sqrt((a/m - l1[1])^2 + (l2[2] - b/n)^2), d + sqrt((l1[2] - a/m)^2 + (b/n - l2[1])^2)) }
describe('newcombeDifference', () => {
  // Newcombe RG (1998) Stat Med 17:873–890, Table II, method 10.
  it.each([
    [56, 70, 48, 80, '0.0524', '0.3339'],
    [9, 10, 3, 10, '0.1705', '0.8090'],
  ])('%i/%i − %i/%i matches Newcombe 1998 Table II', (s1, n1, s2, n2, lower, upper) => {
    const difference = newcombeDifference({ successes: s1, trials: n1 }, { successes: s2, trials: n2 });
    expect(difference?.estimate).toBeCloseTo(s1 / n1 - s2 / n2, 12);
    expectPrinted(difference?.lower, lower);
    expectPrinted(difference?.upper, upper);
  });

  // The other examples of that table, here checked against nc(...) in R (the brief quoted only
  // (a) and (b) of the published table, so these values are R's, printed with round(nc(...), 4)).
  it.each([
    [6, 7, 2, 7, '0.0582', '0.8062'],
    [5, 56, 0, 29, '-0.0381', '0.1926'],
    [0, 10, 0, 20, '-0.1611', '0.2775'],
    [0, 10, 0, 10, '-0.2775', '0.2775'],
    [10, 10, 0, 20, '0.6791', '1.0000'],
    [10, 10, 0, 10, '0.6075', '1.0000'],
  ])('%i/%i − %i/%i matches R', (s1, n1, s2, n2, lower, upper) => {
    const difference = newcombeDifference({ successes: s1, trials: n1 }, { successes: s2, trials: n2 });
    expectPrinted(difference?.lower, lower);
    expectPrinted(difference?.upper, upper);
  });

  it('mirrors when the groups are swapped', () => {
    const forward = newcombeDifference({ successes: 56, trials: 70 }, { successes: 48, trials: 80 });
    const backward = newcombeDifference({ successes: 48, trials: 80 }, { successes: 56, trials: 70 });
    expect(backward?.lower).toBeCloseTo(-(forward?.upper ?? 0), 12);
    expect(backward?.upper).toBeCloseTo(-(forward?.lower ?? 0), 12);
  });

  it('is null when either group has no trials', () => {
    expect(newcombeDifference({ successes: 0, trials: 0 }, { successes: 3, trials: 10 })).toBeNull();
    expect(newcombeDifference({ successes: 3, trials: 10 }, { successes: 0, trials: 0 })).toBeNull();
  });

  it('names the group whose counts are invalid', () => {
    expect(() => newcombeDifference({ successes: 3, trials: 10 }, { successes: 12, trials: 10 })).toThrow(StatsInputError);
    expect(() => newcombeDifference({ successes: 3, trials: 10 }, { successes: 12, trials: 10 })).toThrow('control.successes');
    expect(() => newcombeDifference({ successes: -3, trials: 10 }, { successes: 1, trials: 10 })).toThrow('treatment.successes');
  });
});
