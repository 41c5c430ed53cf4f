import type { DataSource } from 'typeorm';
import { createPingActivities } from './ping.activities';

export interface ActivityDependencies {
  dataSource: DataSource;
}

/** Every activity the worker registers, built from injected dependencies. */
export function createActivities(deps: ActivityDependencies) {
  return { ...createPingActivities(deps) };
}
