import { variant } from '../simulation.test-helpers';
import { analyseExperiment } from './analyse-experiment';
import type { ExperimentInput, ExperimentResult } from './experiment.types';

/** Control A and challenger B at 50/50, as [assigned, converted] pairs. */
export function analyseAB(
  a: [number, number],
  b: [number, number],
  settings: Omit<ExperimentInput, 'variants' | 'controlId'> = {},
): ExperimentResult {
  return analyseExperiment({ variants: [variant('A', ...a), variant('B', ...b)], controlId: 'A', ...settings });
}
