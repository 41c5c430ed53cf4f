/**
 * Input a statistic refuses: a negative count, more successes than trials, a non-finite number, a
 * weight that is not positive. `argument` names the offending input (e.g. `treatment.successes`), so
 * a caller can point at the field. Results that are merely undefined (no trials, zero variance) are
 * `null` instead, never this error.
 */
export class StatsInputError extends Error {
  readonly code = 'stats_input_invalid';

  constructor(readonly argument: string, message: string) {
    super(`${argument} ${message}`);
    this.name = 'StatsInputError';
  }
}
