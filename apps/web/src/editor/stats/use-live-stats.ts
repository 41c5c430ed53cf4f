import { useMemo } from 'react';
import type { JourneyGraph } from '@cascade/journey';
import { useJourneyStats } from '../../api/journeys';
import type { LiveStats } from './live-stats';
import { toLiveStats } from './to-live-stats';

export interface LiveStatsState {
  /** Null while off and before the first answer; the last figures stay shown when a refresh fails. */
  stats: LiveStats | null;
  /** Why there are no figures (a draft never published answers 404), while on. */
  error: unknown;
  /** Whether a refresh is under way. */
  refreshing: boolean;
  /** When the figures shown were fetched (ms since epoch), 0 before the first. */
  updatedAt: number;
}

/** The live figures with their state, for the toggle's legend and error. Polls every few seconds while `enabled`. */
export function useLiveStatsState(journeyId: string, enabled: boolean, graph?: JourneyGraph): LiveStatsState {
  const query = useJourneyStats(journeyId, enabled);
  const nodes = query.data?.nodes;
  const stats = useMemo(() => (nodes ? toLiveStats(nodes, graph) : null), [nodes, graph]);
  return {
    stats: enabled ? stats : null,
    error: enabled ? query.error : null,
    refreshing: enabled && query.isFetching,
    updatedAt: query.dataUpdatedAt,
  };
}

/** Per-node and per-edge figures of the journey's published versions while `enabled`; null while off. */
export function useLiveStats(journeyId: string, enabled: boolean): LiveStats | null {
  return useLiveStatsState(journeyId, enabled).stats;
}
