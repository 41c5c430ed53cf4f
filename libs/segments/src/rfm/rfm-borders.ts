import { quantileScores } from './quantile-scores.util';
import type { RfmLevels } from './rfm.types';

/**
 * Where one dimension's levels start, so a single contact can be scored between full recomputes
 * without ranking everyone again: `borders[k - 1]` is the best value that scored worse than level k
 * (null when no value did). A value scores 1 + the number of borders it does not beat, which is
 * exactly its quantile score when it is one of the values the borders came from.
 */
export interface RfmDimensionBorders {
  better: 'lower' | 'higher';
  borders: (number | null)[];
}

export interface RfmBorders {
  levels: RfmLevels;
  recency: RfmDimensionBorders;
  frequency: RfmDimensionBorders;
  monetary: RfmDimensionBorders;
}

export function dimensionBorders({ values, levels, better }: {
  values: readonly number[];
  levels: RfmLevels;
  better: 'lower' | 'higher';
}): RfmDimensionBorders {
  const scores = quantileScores({ values, levels, better });
  const borders: (number | null)[] = [];
  for (let level = 1; level < levels; level++) {
    let border: number | null = null;
    values.forEach((value, i) => {
      if (scores[i] > level && (border === null || isBetter(value, border, better))) border = value;
    });
    borders.push(border);
  }
  return { better, borders };
}

export function scoreByBorders(value: number, { better, borders }: RfmDimensionBorders): number {
  return 1 + borders.filter((border) => border !== null && !isBetter(value, border, better)).length;
}

function isBetter(a: number, b: number, better: 'lower' | 'higher'): boolean {
  return better === 'lower' ? a < b : a > b;
}
