import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ChannelRegistry, createOutboundFetch, CredentialsCipher, TrackingLinks, type ChannelDefinition, type SmtpAddress } from '@cascade/channels';
import type { CascadeConfig } from '@cascade/config';
import { ChannelCredentialsStore, type EnrollDependencies } from '@cascade/engine';
import { builtInChannels } from '../channels/built-in-channels';
import { createDateTriggerActivities } from './date-triggers.activity';
import { createJourneyActivities } from './journey';
import { createSegmentRefreshActivities } from './segment-refresh.activity';
import { createSplitWinnerActivities } from './split-winners.activity';

export interface ActivityDependencies {
  dataSource: DataSource;
  /** For activities that enroll contacts (date triggers): a Temporal client and the journeys' task queue. */
  enrollment?: Omit<EnrollDependencies, 'dataSource'>;
  /** Channels added to the built-in ones (the local sandboxes). */
  plugins?: ChannelDefinition[];
  /**
   * The secret key (signs links in messages, opens provider credentials) and the API's public URL;
   * the worker's main passes the configured ones. Without it (tests that need neither) a throwaway key is used.
   */
  secrets?: { secretKey: string; publicUrl: string };
  /** The loopback SMTP sandbox (startSmtpSandbox): `email` goes there over SMTP when a workspace has no provider. Without it email is captured directly. */
  smtpSandbox?: SmtpAddress;
  /**
   * Where outbound HTTP (providers, webhooks) may go besides public addresses (CASCADE_OUTBOUND_ALLOWLIST);
   * the worker's main passes the configured list. Without it nothing private is reached.
   */
  outbound?: CascadeConfig['outbound'];
}

/** Every activity the worker registers, built from injected dependencies. */
export function createActivities(deps: ActivityDependencies) {
  const secrets = deps.secrets ?? { secretKey: randomBytes(32).toString('hex'), publicUrl: 'http://127.0.0.1:3000' };
  const channels = new ChannelRegistry([...builtInChannels(deps.dataSource, deps.smtpSandbox), ...(deps.plugins ?? [])]);
  const dateTriggers = deps.enrollment ? createDateTriggerActivities({ dataSource: deps.dataSource, ...deps.enrollment }) : {};
  const journey = createJourneyActivities({
    dataSource: deps.dataSource,
    channels,
    links: new TrackingLinks(secrets),
    credentials: new ChannelCredentialsStore(deps.dataSource, new CredentialsCipher(secrets.secretKey)),
    fetch: createOutboundFetch({ allowlist: deps.outbound?.allowlist ?? [] }),
  });
  return { ...journey, ...dateTriggers, ...createSegmentRefreshActivities(deps.dataSource), ...createSplitWinnerActivities(deps.dataSource) };
}
