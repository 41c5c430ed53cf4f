import { StatsInputError } from '../stats-input.error';
import { requireNonNegative, requireFinite } from '../validate-input.util';
import { experimentLeader } from './experiment-leader';
import type { ExperimentResult, RuleWinner, WinnerRule } from './experiment.types';
import { formatCount, formatList, formatPercent, formatProbability } from './format-figures.util';

/**
 * The variant an automatic rule may promote: only when the split matches the weights (no SRM),
 * every variant has at least `minimumPerVariant` contacts, and one variant's P(best) reaches
 * `probability`. The control may win; then changing nothing is the decision. Null otherwise.
 */
export function winnerByRule(result: ExperimentResult, rule: WinnerRule): RuleWinner | null {
  requireNonNegative(rule.minimumPerVariant, 'rule.minimumPerVariant');
  requireFinite(rule.probability, 'rule.probability');
  if (rule.probability <= 0 || rule.probability > 1) {
    throw new StatsInputError('rule.probability', `must be in (0, 1], not ${rule.probability}`);
  }
  if (result.sampleRatio?.mismatch) return null;
  if (result.variants.some((variant) => variant.assigned < rule.minimumPerVariant)) return null;
  const pair = experimentLeader(result.variants);
  const probability = pair?.leader.probabilityToBeBest ?? null;
  if (!pair || probability === null || probability < rule.probability) return null;
  const { leader } = pair;
  const others = formatList(result.variants.filter((variant) => variant !== leader).map((variant) => variant.label));
  const smallest = Math.min(...result.variants.map((variant) => variant.assigned));
  const subject = leader.isControl ? `${leader.label} (control)` : leader.label;
  const decision = leader.isControl ? ` Keep ${leader.label}: changing nothing wins.` : '';
  return {
    variantId: leader.id,
    probability,
    reason: `${subject} beats ${others} with ${formatProbability(probability)} probability `
      + `(the rule asks for ${formatPercent(rule.probability)}), and every variant has at least `
      + `${formatCount(rule.minimumPerVariant)} contacts (the smallest has ${formatCount(smallest)}).${decision}`,
  };
}
