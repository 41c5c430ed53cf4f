import type { VariantData } from './experiment/experiment.types';

// Module-level aliases: inside jest's vm context every lookup of the global `Math` goes through
// the context's interceptor, which made these hot loops several times slower.
const { floor, log, log1p } = Math;

/**
 * An exact Binomial(n, p) draw by geometric waiting times: the gap to the next success is
 * 1 + ⌊ln U / ln(1 − p)⌋ trials, so a draw costs about n·p steps instead of n (the waiting-time
 * method of Devroye L (1986) Non-Uniform Random Variate Generation, ch. X).
 */
export function binomial(random: () => number, n: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return n;
  const logFailure = log1p(-p);
  let successes = 0;
  let position = 0;
  for (;;) {
    position += floor(log(1 - random()) / logFailure) + 1;
    if (position > n) return successes;
    successes += 1;
  }
}

/** A two-variant experiment (A control, B challenger, 50/50) with the given true conversion rates. */
export function simulatedExperiment(random: () => number, perVariant: number, rates: { a: number; b: number }): VariantData[] {
  return [
    variant('A', perVariant, binomial(random, perVariant, rates.a)),
    variant('B', perVariant, binomial(random, perVariant, rates.b)),
  ];
}

/** A variant whose converters each brought 100 in revenue (the rest 0). */
export function variant(id: string, assigned: number, converted: number, weight = 50): VariantData {
  return { id, weight, assigned, converted, revenue: { sum: converted * 100, sumOfSquares: converted * 100 * 100 } };
}
