import { StatsInputError } from './stats-input.error';
import type { Counts, Moments } from './stats.types';

export function requireFinite(value: number, argument: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new StatsInputError(argument, `must be a finite number, not ${String(value)}`);
  }
}

export function requireNonNegative(value: number, argument: string): void {
  requireFinite(value, argument);
  if (value < 0) throw new StatsInputError(argument, `must be ≥ 0, not ${value}`);
}

export function requirePositive(value: number, argument: string): void {
  requireFinite(value, argument);
  if (value <= 0) throw new StatsInputError(argument, `must be > 0, not ${value}`);
}

export function requireCount(value: number, argument: string): void {
  requireFinite(value, argument);
  if (!Number.isInteger(value) || value < 0) {
    throw new StatsInputError(argument, `must be a whole number ≥ 0, not ${value}`);
  }
}

/** A probability strictly between 0 and 1: a confidence level, α, power, a threshold. */
export function requireOpenUnit(value: number, argument: string): void {
  requireFinite(value, argument);
  if (value <= 0 || value >= 1) throw new StatsInputError(argument, `must be between 0 and 1 (exclusive), not ${value}`);
}

export function requireCounts(counts: Counts, argument: string): void {
  if (typeof counts !== 'object' || counts === null) throw new StatsInputError(argument, 'must be { successes, trials }');
  requireCount(counts.successes, `${argument}.successes`);
  requireCount(counts.trials, `${argument}.trials`);
  if (counts.successes > counts.trials) {
    throw new StatsInputError(`${argument}.successes`, `(${counts.successes}) must not exceed ${argument}.trials (${counts.trials})`);
  }
}

export function requireMoments(moments: Moments, argument: string): void {
  if (typeof moments !== 'object' || moments === null) throw new StatsInputError(argument, 'must be { n, mean, variance }');
  requireCount(moments.n, `${argument}.n`);
  requireFinite(moments.mean, `${argument}.mean`);
  requireNonNegative(moments.variance, `${argument}.variance`);
}

export function requireArray<T>(values: readonly T[], argument: string): void {
  if (!Array.isArray(values)) throw new StatsInputError(argument, 'must be an array');
}
