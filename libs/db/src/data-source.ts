import { DataSource, type DataSourceOptions } from 'typeorm';
import { withClient } from './database-admin';
import { Contact } from './entities/contact.entity';
import { Enrollment } from './entities/enrollment.entity';
import { JourneyVersion } from './entities/journey-version.entity';
import { Journey } from './entities/journey.entity';
import { Message } from './entities/message.entity';
import { CreatePings1763900000000 } from './migrations/1763900000000-create-pings';
import { JourneyEngine1763900100000 } from './migrations/1763900100000-journey-engine';
import { Workspaces1763900200000 } from './migrations/1763900200000-workspaces';
import { Api1763900300000 } from './migrations/1763900300000-api';
import { DropPings1763900400000 } from './migrations/1763900400000-drop-pings';
import { Imports1763900500000 } from './migrations/1763900500000-imports';
import { Indexes1763900600000 } from './migrations/1763900600000-indexes';
import { TriggerKeys1763900700000 } from './migrations/1763900700000-trigger-keys';
import { DeliveryReports1763900800000 } from './migrations/1763900800000-delivery-reports';
import { Broadcasts1763900900000 } from './migrations/1763900900000-broadcasts';
import { EnrollmentPages1763901000000 } from './migrations/1763901000000-enrollment-pages';

import { ChannelCredentials1763901100000 } from './migrations/1763901100000-channel-credentials';
import { Templates1763901200000 } from './migrations/1763901200000-templates';
import { MessagingRules1763901300000 } from './migrations/1763901300000-messaging-rules';
import { SandboxEmail1763901400000 } from './migrations/1763901400000-sandbox-email';
import { Segments1763901500000 } from './migrations/1763901500000-segments';
import { Experiments1763901600000 } from './migrations/1763901600000-experiments';
import { ContactTimeline1763901700000 } from './migrations/1763901700000-contact-timeline';
import { EnrollmentWorkflowPending1763901800000 } from './migrations/1763901800000-enrollment-workflow-pending';
import { MessageSendAttempts1763901900000 } from './migrations/1763901900000-message-send-attempts';
export const entities = [Contact, Journey, JourneyVersion, Enrollment, Message];
export const migrations = [CreatePings1763900000000, JourneyEngine1763900100000, Workspaces1763900200000, Api1763900300000, DropPings1763900400000, Imports1763900500000, Indexes1763900600000, TriggerKeys1763900700000,
  DeliveryReports1763900800000, Broadcasts1763900900000, EnrollmentPages1763901000000,
  ChannelCredentials1763901100000, Templates1763901200000, MessagingRules1763901300000, SandboxEmail1763901400000,
  Segments1763901500000, Experiments1763901600000, ContactTimeline1763901700000, EnrollmentWorkflowPending1763901800000,
  MessageSendAttempts1763901900000];

/** Options shared by the API, the worker and the tools. Schema changes go through migrations only. */
export function dataSourceOptions(url: string, overrides: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    poolSize: overrides.poolSize ?? 10,
    // Also how long a query waits for a pooled connection: a burst of triggers queues, it does not fail.
    connectTimeoutMS: 30_000,
  };
}

export async function connect(url: string, overrides: { poolSize?: number } = {}): Promise<DataSource> {
  return new DataSource(dataSourceOptions(url, overrides)).initialize();
}

/**
 * Applies pending migrations. Replicas that start together take turns on an advisory lock,
 * so each migration runs once.
 */
export async function runMigrations(url: string): Promise<string[]> {
  return withClient(url, async (lock) => {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    const dataSource = await connect(url, { poolSize: 2 });
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]);
    }
  });
}

const MIGRATION_LOCK = 'cascade:migrations';
