import { sweepDateTriggers, type EnrollDependencies } from '@cascade/engine';
import type { DateTriggerActivities } from '@cascade/workflows';

export function createDateTriggerActivities(deps: EnrollDependencies): DateTriggerActivities {
  return { sweepDateTriggers: ({ day }) => sweepDateTriggers(deps, day) };
}
