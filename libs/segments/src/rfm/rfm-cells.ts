import { RfmError } from './rfm.error';
import type { RfmCellRule, RfmLevels } from './rfm.types';

/**
 * Default named cells for 5 levels (1 = best), by R (rows) and F (columns):
 *
 *          F1           F2           F3        F4           F5
 *   R1     champions    champions    loyal     new          new
 *   R2     champions    champions    loyal     potential    potential
 *   R3     loyal        loyal        loyal     potential    potential
 *   R4     at risk      at risk      at risk   hibernating  hibernating
 *   R5     can't lose   can't lose   at risk   lost         lost
 *
 * ("potential" = potential loyalists.) Recent and frequent are champions; recent and rare are new
 * (R1) or potential loyalists; long silent but once frequent are at risk, and the most frequent of
 * them, silent longest, are the ones we can't lose; long silent and rare are hibernating, then lost.
 */
export const DEFAULT_RFM_CELLS_5: readonly RfmCellRule[] = [
  { name: 'champions', r: [1, 2], f: [1, 2] },
  { name: 'loyal', r: [1, 3], f: [1, 3] },
  { name: 'new', r: [1, 1], f: [4, 5] },
  { name: 'potential_loyalists', r: [2, 3], f: [4, 5] },
  { name: 'cant_lose', r: [5, 5], f: [1, 2] },
  { name: 'at_risk', r: [4, 5], f: [1, 3] },
  { name: 'hibernating', r: [4, 4], f: [4, 5] },
  { name: 'lost', r: [5, 5], f: [4, 5] },
];

/**
 * Default named cells for 3 levels, the same reading on a coarser grid:
 *
 *          F1           F2                    F3
 *   R1     champions    loyal                 new
 *   R2     loyal        potential loyalists   hibernating
 *   R3     can't lose   at risk               lost
 */
export const DEFAULT_RFM_CELLS_3: readonly RfmCellRule[] = [
  { name: 'champions', r: [1, 1], f: [1, 1] },
  { name: 'potential_loyalists', r: [2, 2], f: [2, 2] },
  { name: 'loyal', r: [1, 2], f: [1, 2] },
  { name: 'new', r: [1, 1], f: [3, 3] },
  { name: 'hibernating', r: [2, 2], f: [3, 3] },
  { name: 'cant_lose', r: [3, 3], f: [1, 1] },
  { name: 'at_risk', r: [3, 3], f: [2, 2] },
  { name: 'lost', r: [3, 3], f: [3, 3] },
];

export function defaultRfmCells(levels: RfmLevels): readonly RfmCellRule[] {
  return levels === 5 ? DEFAULT_RFM_CELLS_5 : DEFAULT_RFM_CELLS_3;
}

/** The name of the first rule that holds (r, f), or null when a custom mapping leaves the cell out. */
export function rfmCellName({ r, f, rules }: { r: number; f: number; rules: readonly RfmCellRule[] }): string | null {
  const hit = rules.find((rule) => r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1]);
  return hit ? hit.name : null;
}

/** Refuses a mapping with unnamed rules or ranges outside 1..levels; gaps are allowed (cell → null). */
export function validateRfmCellRules({ rules, levels }: { rules: readonly RfmCellRule[]; levels: RfmLevels }): void {
  const inRange = (range: readonly number[]) => Array.isArray(range) && range.length === 2
    && range.every((bound) => Number.isInteger(bound) && bound >= 1 && bound <= levels) && range[0] <= range[1];
  rules.forEach((rule, i) => {
    if (typeof rule.name !== 'string' || rule.name.trim() === '') {
      throw new RfmError('rfm_cell_rules_invalid', `rule ${i} has no name`);
    }
    if (!inRange(rule.r) || !inRange(rule.f)) {
      throw new RfmError('rfm_cell_rules_invalid', `rule "${rule.name}": r and f must be [min, max] within 1..${levels}`);
    }
  });
}
