import type { RfmPoint } from './clusters.types';

/** Member means in raw units, unrounded (used to order clusters). */
export function meanRfmPoint(points: readonly RfmPoint[]): RfmPoint {
  const mean = (field: keyof RfmPoint) => points.reduce((sum, point) => sum + point[field], 0) / points.length;
  return { recencyDays: mean('recencyDays'), frequency: mean('frequency'), monetary: mean('monetary') };
}

/** Rounded for people: whole days, purchases to 0.1, money to the cent. */
export function roundTypical({ recencyDays, frequency, monetary }: RfmPoint): RfmPoint {
  const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals + 0; // + 0 turns -0 into 0
  return { recencyDays: round(recencyDays, 0), frequency: round(frequency, 1), monetary: round(monetary, 2) };
}

/**
 * Best customers first: typical spend descending, then more recent, then more frequent. Equal on
 * all three (possible only for tiny inputs), the earlier cluster stays first.
 */
export function compareTypical(a: RfmPoint, b: RfmPoint): number {
  return b.monetary - a.monetary || a.recencyDays - b.recencyDays || b.frequency - a.frequency;
}
