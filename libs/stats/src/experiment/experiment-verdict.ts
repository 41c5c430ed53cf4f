import type { SampleRatioCheck } from '../contingency/sample-ratio-mismatch';
import { experimentLeader } from './experiment-leader';
import type { ExperimentPower, Verdict, VariantResult } from './experiment.types';
import {
  formatCount, formatList, formatPercent, formatPoints, formatProbability, formatPValue, formatRelative, formatShares,
} from './format-figures.util';
import type { ExperimentSettings } from './validate-experiment-input';

/**
 * The experiment in one plain sentence. In order: nothing assigned (to any variant, or to one); a sample ratio mismatch (which
 * voids everything else); a leader with P(best) ≥ confidence, a `winner` once every variant has the
 * contacts the power calculation asks for and `leading` before; otherwise `inconclusive`.
 */
export function experimentVerdict({ variants, sampleRatio, power, settings }: {
  variants: readonly VariantResult[];
  sampleRatio: SampleRatioCheck | null;
  power: ExperimentPower | null;
  settings: ExperimentSettings;
}): Verdict {
  const pair = experimentLeader(variants);
  if (!pair || variants.every((variant) => variant.assigned === 0)) {
    return { status: 'no_data', leaderId: null, text: 'No contacts have been assigned yet.' };
  }
  const empty = variants.filter((variant) => variant.assigned === 0);
  if (empty.length > 0) {
    // Priors alone would make an empty variant look "best" or "beaten": there is nothing to compare yet.
    return { status: 'no_data', leaderId: null, text: `No contacts have been assigned to ${formatList(empty.map((variant) => variant.label))} yet.` };
  }
  if (sampleRatio?.mismatch) {
    return { status: 'sample_ratio_mismatch', leaderId: null, text: mismatchText(variants, sampleRatio) };
  }
  const { leader, rival } = pair;
  const probability = leader.probabilityToBeBest ?? 0;
  const subject = leader.isControl ? `${leader.label} (control)` : leader.label;
  const others = formatList(variants.filter((variant) => variant !== leader).map((variant) => variant.label));
  const odds = `with ${formatProbability(probability)} probability`;
  const wantedPower = formatPercent(settings.power);
  const keepCollecting = power
    ? `keep collecting: ${formatCount(power.remaining)} more contacts for ${wantedPower} power`
    : 'keep collecting';

  if (probability >= settings.confidence) {
    if (power && power.remaining === 0) {
      return { status: 'winner', leaderId: leader.id, text: `${subject} beats ${others} ${odds}: ${effectText(leader, rival, variants)}.` };
    }
    const next = power ? keepCollecting : 'keep collecting to confirm';
    return { status: 'leading', leaderId: leader.id, text: `${subject} beats ${others} ${odds}; ${next}.` };
  }
  const sameRates = variants.every((variant) => variant.rate === variants[0].rate);
  if (sameRates && settings.minimumDetectableEffect === undefined) {
    return { status: 'inconclusive', leaderId: null, text: 'No difference between the variants so far.' };
  }
  if (power && power.remaining === 0) {
    return {
      status: 'inconclusive',
      leaderId: leader.id,
      text: `No clear winner: ${subject} is best ${odds}, although every variant has the `
        + `${formatCount(power.neededPerVariant)} contacts needed for ${wantedPower} power to detect a `
        + `${formatRelative(power.relativeEffect, { signed: false })} change; any real difference is probably smaller.`,
    };
  }
  return { status: 'inconclusive', leaderId: leader.id, text: `No clear winner yet: ${subject} is best ${odds}; ${keepCollecting}.` };
}

function mismatchText(variants: readonly VariantResult[], check: SampleRatioCheck): string {
  const assigned = variants.map((variant) => formatCount(variant.assigned)).join(' / ');
  const configured = formatShares(variants.map((variant) => variant.weight)).join(' / ');
  return `Sample ratio mismatch: assignments ${assigned} do not match the configured ${configured} `
    + `(${formatPValue(check.pValue)}). Find the cause before trusting these results.`;
}

/**
 * The winner's margin over the control, e.g. "+1.0 percentage points (+20%)"; when the control
 * wins, how far the best challenger falls short of it.
 */
function effectText(leader: VariantResult, rival: VariantResult, variants: readonly VariantResult[]): string {
  const challenger = leader.isControl ? rival : leader;
  const uplift = challenger.uplift;
  if (!uplift) return `${challenger.label} has no data`;
  if (leader.isControl && uplift.absolute < 0) {
    const relative = uplift.relative === null ? '' : ` (${formatRelative(uplift.relative, { signed: false })})`;
    return `${challenger.label} converts ${formatPoints(uplift.absolute, { signed: false })}${relative} less`;
  }
  const relative = uplift.relative === null ? '' : ` (${formatRelative(uplift.relative)})`;
  const margin = `${formatPoints(uplift.absolute)}${relative}`;
  if (leader.isControl) return `${challenger.label}: ${margin}`;
  const control = variants.find((variant) => variant.isControl);
  return variants.length > 2 && control ? `${margin} over ${control.label}` : margin;
}
