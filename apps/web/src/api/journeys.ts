import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JourneyGraph } from '@cascade/journey';
import { apiClient, apiResult, withKey, type ApiSchema } from './client';

/**
 * The API's answers carry the graph as a plain JSON object (its outer shape is all the API checks);
 * the web app reads it as @cascade/journey's JourneyGraph, the one definition of the graph.
 */
type WithGraph<T> = Omit<T, 'draft'> & { draft: JourneyGraph };

export type JourneyStatus = ApiSchema<'JourneyStatus'>;

/** GET /api/v1/journeys/:id (and the list items, which add the enrollment figures). */
export type Journey = WithGraph<ApiSchema<'JourneyResponse'>>;

/** Enrollments active now, all enrollments, converted enrollments, converted / all (null with none). */
export type JourneyListItem = WithGraph<ApiSchema<'JourneyListItemResponse'>>;

/** A saved draft, with what validation found in it. */
export type SavedDraft = WithGraph<ApiSchema<'JourneyDraftResponse'>>;

export type Version = ApiSchema<'JourneyVersionResponse'>;

/** GET /api/v1/channels: every channel type with the JSON Schema of its node settings. */
export type Channel = ApiSchema<'ChannelResponse'>;

/** GET /api/v1/journeys/:id/stats: per node. */
export type NodeStats = ApiSchema<'NodeStatsResponse'>;

export const journeyKeys = {
  all: ['journeys'] as const,
  one: (id: string) => ['journeys', id] as const,
  versions: (id: string) => ['journeys', id, 'versions'] as const,
  stats: (id: string) => ['journeys', id, 'stats'] as const,
};

export function useJourneys(status?: JourneyStatus) {
  return useQuery({
    queryKey: [...journeyKeys.all, status ?? 'current'],
    queryFn: async (): Promise<JourneyListItem[]> => withGraphs(await apiResult(apiClient.GET('/api/v1/journeys', { params: { query: { status } } }))),
  });
}

export function useJourney(id: string) {
  return useQuery({
    queryKey: journeyKeys.one(id),
    queryFn: async (): Promise<Journey> => withGraph(await apiResult(apiClient.GET('/api/v1/journeys/{id}', { params: { path: { id } } }))),
  });
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: journeyKeys.versions(id),
    queryFn: () => apiResult(apiClient.GET('/api/v1/journeys/{id}/versions', { params: { path: { id } } })),
  });
}

export function useChannels() {
  return useQuery({ queryKey: ['channels'], queryFn: () => apiResult(apiClient.GET('/api/v1/channels')), staleTime: 60_000 });
}

/** Per-node figures of the latest version, refreshed every few seconds while `live`. */
export function useJourneyStats(id: string, live: boolean) {
  return useQuery({
    queryKey: journeyKeys.stats(id),
    queryFn: () => apiResult(apiClient.GET('/api/v1/journeys/{id}/stats', { params: { path: { id } } })),
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
    mutationFn: async ({ key, ...body }: { name?: string; graph?: JourneyGraph; key?: string }): Promise<SavedDraft> =>
      withGraph(await apiResult(apiClient.PUT('/api/v1/journeys/{id}', {
        params: { path: { id } }, body: { ...body, graph: body.graph && graphBody(body.graph) }, headers: withKey(key),
      }))),
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
    mutationFn: (note: string) => apiResult(apiClient.POST('/api/v1/journeys/{id}/publish', { params: { path: { id } }, body: note ? { note } : {} })),
    onSuccess: () => queries.invalidateQueries({ queryKey: journeyKeys.all }), // this journey, its versions and the list
  });
}

/** A graph as the API's request schema types it: its outer shape, `settings` any object. */
export function graphBody({ settings, ...graph }: JourneyGraph): ApiSchema<'JourneyGraphDto'> {
  return settings ? { ...graph, settings: { ...settings } } : graph;
}

/** A journey answer with its graph read as a JourneyGraph (see WithGraph). */
export function withGraph<T extends { draft: unknown }>(journey: T): WithGraph<T> {
  return journey as WithGraph<T>;
}

function withGraphs<T extends { draft: unknown }>(journeys: T[]): WithGraph<T>[] {
  return journeys.map(withGraph);
}
