import type { DataSource } from 'typeorm';
import { ChannelRegistry, createSandboxChannels, type ChannelDefinition } from '@cascade/channels';
import { postgresCapture } from '../channels/postgres-capture';
import type { EnrollDependencies } from '@cascade/engine';
import { createDateTriggerActivities } from './date-triggers.activity';
import { createJourneyActivities } from './journey';

export interface ActivityDependencies {
  dataSource: DataSource;
  /** For activities that enroll contacts (date triggers): a Temporal client and the journeys' task queue. */
  enrollment?: Omit<EnrollDependencies, 'dataSource'>;
  /** Channels added to the built-in ones (the local sandboxes). */
  plugins?: ChannelDefinition[];
}

/** Every activity the worker registers, built from injected dependencies. */
export function createActivities(deps: ActivityDependencies) {
  const channels = new ChannelRegistry([...createSandboxChannels(postgresCapture(deps.dataSource)), ...(deps.plugins ?? [])]);
  const dateTriggers = deps.enrollment ? createDateTriggerActivities({ dataSource: deps.dataSource, ...deps.enrollment }) : {};
  return { ...createJourneyActivities({ dataSource: deps.dataSource, channels }), ...dateTriggers };
}
