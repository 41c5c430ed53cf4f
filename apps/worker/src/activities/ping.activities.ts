import { ApplicationFailure } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import { Ping } from '@cascade/db';
import type { PingActivities } from '@cascade/workflows';

export function createPingActivities(deps: { dataSource: DataSource }): PingActivities {
  const pings = deps.dataSource.getRepository(Ping);
  return {
    async completePing({ pingId }) {
      // Idempotent: a retried activity finds the row already done and returns the same time.
      await pings.update({ id: pingId, status: 'pending' }, { status: 'done', completedAt: () => 'now()' });
      const ping = await pings.findOneBy({ id: pingId });
      if (!ping?.completedAt) {
        throw ApplicationFailure.nonRetryable(`ping ${pingId} does not exist`, 'PingNotFound');
      }
      return { completedAt: ping.completedAt.toISOString() };
    },
  };
}
