/**
 * A tiny seeded PRNG for randomised tests: mulberry32 (public domain), the same sequence on every
 * platform, so a failing seed reproduces exactly. Kept here rather than imported from tools/seed,
 * which libs must not depend on.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.float() * items.length)];
  }

  /** Between min and max items drawn independently (repeats allowed: `in` lists may repeat too). */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    return Array.from({ length: this.int(min, max) }, () => this.pick(items));
  }
}
