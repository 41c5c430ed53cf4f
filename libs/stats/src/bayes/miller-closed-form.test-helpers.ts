import type { BetaPrior } from './probability-to-be-best';

/**
 * P(p_B > p_A) for p_A ~ Beta(α_A, β_A), p_B ~ Beta(α_B, β_B), α_B a whole number, by Miller E (2015)
 * "Formulas for Bayesian A/B Testing" (evanmiller.org/bayesian-ab-testing.html):
 *
 *   Σ_{i=0}^{α_B−1} B(α_A + i, β_A + β_B) / ((β_B + i)·B(1 + i, β_B)·B(α_A, β_A))
 *
 * in log space without a log-gamma: the terms t_i obey
 *   t_0 = B(α_A, β_A + β_B) / B(α_A, β_A) = Π_{k<α_A} (β_A + k) / (β_A + β_B + k)   (α_A whole)
 *   t_{i+1} / t_i = (α_A + i)(β_B + i) / ((α_A + β_A + β_B + i)(1 + i))
 * and are summed with log-sum-exp.
 */
export function millerProbabilityBBeatsA(a: BetaPrior, b: BetaPrior): number {
  if (!Number.isInteger(a.alpha) || !Number.isInteger(b.alpha)) throw new Error('the closed form needs whole α');
  let logTerm = 0;
  for (let k = 0; k < a.alpha; k++) logTerm += Math.log(a.beta + k) - Math.log(a.beta + b.beta + k);
  const logTerms = [logTerm];
  for (let i = 0; i < b.alpha - 1; i++) {
    logTerm += Math.log(a.alpha + i) + Math.log(b.beta + i) - Math.log(a.alpha + a.beta + b.beta + i) - Math.log(1 + i);
    logTerms.push(logTerm);
  }
  const largest = logTerms.reduce((max, term) => Math.max(max, term), -Infinity);
  return Math.exp(largest) * logTerms.reduce((sum, term) => sum + Math.exp(term - largest), 0);
}
