import { Context } from '@temporalio/activity';
import { refreshAllSegments } from '@cascade/engine';
import type { SegmentRefreshActivities } from '@cascade/workflows';
import type { DataSource } from 'typeorm';

export function createSegmentRefreshActivities(dataSource: DataSource): SegmentRefreshActivities {
  return {
    async refreshSegments() {
      const results = await refreshAllSegments(dataSource, { heartbeat: () => Context.current().heartbeat() });
      const sum = (key: 'entered' | 'exited') => results.reduce((total, r) => total + r.segments.reduce((s, segment) => s + segment[key], 0), 0);
      return { workspaces: results.length, entered: sum('entered'), exited: sum('exited') };
    },
  };
}
