import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { JourneyGraph } from '@cascade/journey';
import { apiClient, apiResult } from '../../api/client';
import { graphBody, journeyKeys, withGraph } from '../../api/journeys';

/** A new journey's draft: just an event trigger, ready for the editor. */
export const STARTER_GRAPH: JourneyGraph = {
  nodes: [{ id: 'start', type: 'trigger', config: { kind: 'event', event: 'signed_up' }, position: { x: 0, y: 0 } }],
  edges: [],
};

export function useCreateJourney() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => withGraph(await apiResult(apiClient.POST('/api/v1/journeys', { body: { name, graph: graphBody(STARTER_GRAPH) } }))),
    onSuccess: (created) => {
      queries.setQueryData(journeyKeys.one(created.id), created);
      return queries.invalidateQueries({ queryKey: journeyKeys.all, exact: false, refetchType: 'none' });
    },
  });
}

export function useDuplicateJourney() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiResult(apiClient.POST('/api/v1/journeys/{id}/duplicate', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: journeyKeys.all }),
  });
}

export function useArchiveJourney() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiResult(apiClient.DELETE('/api/v1/journeys/{id}', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: journeyKeys.all }),
  });
}
