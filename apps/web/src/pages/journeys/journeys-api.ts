import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { JourneyGraph } from '@cascade/journey';
import { api } from '../../api/client';
import { journeyKeys, type Journey, type SavedDraft } from '../../api/journeys';

/** A new journey's draft: just an event trigger, ready for the editor. */
export const STARTER_GRAPH: JourneyGraph = {
  nodes: [{ id: 'start', type: 'trigger', config: { kind: 'event', event: 'signed_up' }, position: { x: 0, y: 0 } }],
  edges: [],
};

export function useCreateJourney() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<SavedDraft>('/api/v1/journeys', { method: 'POST', body: { name, graph: STARTER_GRAPH } }),
    onSuccess: (created) => {
      queries.setQueryData(journeyKeys.one(created.id), created);
      return queries.invalidateQueries({ queryKey: journeyKeys.all, exact: false, refetchType: 'none' });
    },
  });
}

export function useDuplicateJourney() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Journey>(`/api/v1/journeys/${id}/duplicate`, { method: 'POST' }),
    onSuccess: () => queries.invalidateQueries({ queryKey: journeyKeys.all }),
  });
}

export function useArchiveJourney() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/journeys/${id}`, { method: 'DELETE' }),
    onSuccess: () => queries.invalidateQueries({ queryKey: journeyKeys.all }),
  });
}
