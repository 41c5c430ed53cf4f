import { DomainError } from '@cascade/errors';

/**
 * Input a statistic refuses: a negative count, more successes than trials, a non-finite number, a
 * weight that is not positive. `argument` names the offending input (e.g. `treatment.successes`), so
 * a caller can point at the field (it is also the detail's path). Results that are merely undefined
 * (no trials, zero variance) are `null` instead, never this error.
 */
export class StatsInputError extends DomainError<'stats_input_invalid'> {
  constructor(readonly argument: string, message: string) {
    const full = `${argument} ${message}`;
    super('invalid', 'stats_input_invalid', full, [{ path: argument, code: 'stats_input_invalid', message: full }]);
    this.name = 'StatsInputError';
  }
}
