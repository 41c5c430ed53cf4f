import type { DataSource } from 'typeorm';
import { ChannelRegistry, createSandboxChannels } from '@cascade/channels';
import { postgresCapture } from '../channels/postgres-capture';
import { createJourneyActivities } from './journey';

export interface ActivityDependencies {
  dataSource: DataSource;
  /** The channels messages go through; the local sandboxes when not given. */
  channels?: ChannelRegistry;
}

/** Every activity the worker registers, built from injected dependencies. */
export function createActivities(deps: ActivityDependencies) {
  const channels = deps.channels ?? new ChannelRegistry(createSandboxChannels(postgresCapture(deps.dataSource)));
  return createJourneyActivities({ dataSource: deps.dataSource, channels });
}
