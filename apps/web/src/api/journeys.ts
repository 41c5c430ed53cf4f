import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GraphProblem, JourneyGraph } from '@cascade/journey';
import { api, query } from './client';

export type JourneyStatus = 'draft' | 'active' | 'paused' | 'archived';

/** GET /api/v1/journeys/:id (and the list items, which add the enrollment figures). */
export interface Journey {
  id: string;
  name: string;
  status: JourneyStatus;
  draft: JourneyGraph;
  createdAt: string;
  updatedAt: string;
  latestVersion: number | null;
}

export interface JourneyListItem extends Journey {
  /** Enrollments active now, all enrollments, converted enrollments, converted / all (null with none). */
  activeEnrollments: number;
  enrollments: number;
  conversions: number;
  conversionRate: number | null;
}

export interface SavedDraft extends Journey {
  problems: GraphProblem[];
}

export interface Version {
  version: number;
  publishedAt: string;
  note: string | null;
}

/** GET /api/v1/channels: every channel type with the JSON Schema of its node settings. */
export interface Channel {
  type: string;
  label: string;
  configSchema: Record<string, unknown>;
  configured: boolean;
}

/** GET /api/v1/journeys/:id/stats: per node. */
export interface NodeStats {
  nodeId: string;
  entered: number;
  exited: Record<string, number>;
  waiting: number;
  sent: number;
  delivered: number;
  opened: number;
  clicked: number;
  failed: number;
  suppressed: number;
  reached: number;
  converted: number;
  conversionRate: number | null;
  revenue: number;
}

export const journeyKeys = {
  all: ['journeys'] as const,
  one: (id: string) => ['journeys', id] as const,
  versions: (id: string) => ['journeys', id, 'versions'] as const,
  stats: (id: string) => ['journeys', id, 'stats'] as const,
};

export function useJourneys(status?: JourneyStatus) {
  return useQuery({ queryKey: [...journeyKeys.all, status ?? 'current'], queryFn: () => api<JourneyListItem[]>(`/api/v1/journeys${query({ status })}`) });
}

export function useJourney(id: string) {
  return useQuery({ queryKey: journeyKeys.one(id), queryFn: () => api<Journey>(`/api/v1/journeys/${id}`) });
}

export function useVersions(id: string) {
  return useQuery({ queryKey: journeyKeys.versions(id), queryFn: () => api<Version[]>(`/api/v1/journeys/${id}/versions`) });
}

export function useChannels() {
  return useQuery({ queryKey: ['channels'], queryFn: () => api<Channel[]>('/api/v1/channels'), staleTime: 60_000 });
}

/** Per-node figures of the latest version, refreshed every few seconds while `live`. */
export function useJourneyStats(id: string, live: boolean) {
  return useQuery({
    queryKey: journeyKeys.stats(id),
    queryFn: () => api<{ nodes: NodeStats[] }>(`/api/v1/journeys/${id}/stats`),
    enabled: live,
    refetchInterval: live ? 3_000 : false,
    retry: false,
  });
}

/**
 * Saves the draft. The cached journey takes the edit as the save starts, so an editor reopened
 * before the answer builds on the newest draft, not the last saved one. `key`: the API key to use,
 * so a save started before signing out still goes through.
 */
export function useSaveDraft(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...body }: { name?: string; graph?: JourneyGraph; key?: string }) =>
      api<SavedDraft>(`/api/v1/journeys/${id}`, { method: 'PUT', body, key }),
    onMutate: ({ name, graph }) => {
      queries.setQueryData<Journey>(journeyKeys.one(id), (cached) => cached && { ...cached, name: name ?? cached.name, draft: graph ?? cached.draft });
    },
    onSuccess: (saved) => {
      queries.setQueryData(journeyKeys.one(id), saved);
      void queries.invalidateQueries({ queryKey: journeyKeys.all, exact: false, refetchType: 'none' });
    },
  });
}

export function usePublish(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => api<Version & { journeyId: string }>(`/api/v1/journeys/${id}/publish`, { body: note ? { note } : {} }),
    onSuccess: () => queries.invalidateQueries({ queryKey: journeyKeys.all }), // this journey, its versions and the list
  });
}
