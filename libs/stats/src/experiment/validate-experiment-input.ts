import { momentsOfSums } from '../means/moments-from-sums';
import { StatsInputError } from '../stats-input.error';
import { requireArray, requireCount, requireOpenUnit, requirePositive } from '../validate-input.util';
import type { ExperimentInput } from './experiment.types';

/** The input with its defaults filled in. */
export type ExperimentSettings = Required<Omit<ExperimentInput, 'minimumDetectableEffect'>>
  & Pick<ExperimentInput, 'minimumDetectableEffect'>;

/** Refuses malformed variants before anything is computed; every message names the field. */
export function validateExperimentInput(input: ExperimentInput): ExperimentSettings {
  if (typeof input !== 'object' || input === null) throw new StatsInputError('input', 'must be an object');
  const { variants, controlId, confidence = 0.95, power = 0.8, minimumDetectableEffect, srmThreshold = 0.001 } = input;
  requireArray(variants, 'variants');
  if (variants.length < 2) throw new StatsInputError('variants', `must hold at least 2 variants, not ${variants.length}`);
  const ids = new Set<string>();
  variants.forEach((variant, i) => {
    const at = `variants[${i}]`;
    if (typeof variant.id !== 'string' || variant.id === '') throw new StatsInputError(`${at}.id`, 'must be a non-empty string');
    if (ids.has(variant.id)) throw new StatsInputError(`${at}.id`, `"${variant.id}" appears twice`);
    ids.add(variant.id);
    requirePositive(variant.weight, `${at}.weight`);
    requireCount(variant.assigned, `${at}.assigned`);
    requireCount(variant.converted, `${at}.converted`);
    if (variant.converted > variant.assigned) {
      throw new StatsInputError(`${at}.converted`, `(${variant.converted}) must not exceed ${at}.assigned (${variant.assigned})`);
    }
    if (typeof variant.revenue !== 'object' || variant.revenue === null) {
      throw new StatsInputError(`${at}.revenue`, 'must be { sum, sumOfSquares }');
    }
    momentsOfSums(
      { n: variant.assigned, ...variant.revenue },
      { n: `${at}.assigned`, sum: `${at}.revenue.sum`, sumOfSquares: `${at}.revenue.sumOfSquares` },
    );
  });
  if (!ids.has(controlId)) throw new StatsInputError('controlId', `"${String(controlId)}" is not the id of a variant`);
  requireOpenUnit(confidence, 'confidence');
  requireOpenUnit(power, 'power');
  requireOpenUnit(srmThreshold, 'srmThreshold');
  if (minimumDetectableEffect !== undefined) requirePositive(minimumDetectableEffect, 'minimumDetectableEffect');
  return { variants, controlId, confidence, power, minimumDetectableEffect, srmThreshold };
}
