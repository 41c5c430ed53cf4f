// Module-level aliases: inside jest's vm context every lookup of the global `Math` goes through
// the context's interceptor, which made the hot loops of the simulations several times slower.
const { floor, imul } = Math;

/**
 * mulberry32 (Tommy Ettinger, public domain): a tiny seeded 32-bit PRNG of floats in [0, 1), the
 * same sequence on every platform, so a simulation, demo data or a failing randomised test
 * reproduces exactly from its seed. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Helpers over one `seededRandom` stream; every draw goes through `float`, so a seed gives one sequence of choices. */
export class SeededRandom {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + floor((max - min + 1) * this.next());
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[floor(items.length * this.next())];
  }

  /** Between min and max items drawn independently (repeats allowed). */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    return Array.from({ length: this.int(min, max) }, () => this.pick(items));
  }

  /** One item, each as likely as its weight. */
  weighted<T extends { weight: number }>(items: readonly T[]): T {
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    let roll = this.next() * total;
    for (const item of items) {
      roll -= item.weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1];
  }
}
