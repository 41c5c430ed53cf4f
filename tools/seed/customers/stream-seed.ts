/**
 * One independent stream per (seed, index), so contact 123 is the same whatever the base size and
 * however many draws contact 122 made. Mixes the two with the murmur3 finaliser.
 */
export function streamSeed(seed: number, index: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index | 0, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
