import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, apiResult, type ApiSchema } from '../../api/client';

/** GET /api/v1/contacts?query=: a page of contacts matching the text (email, external id or phone). */
export type ContactPage = ApiSchema<'ContactPageResponse'>;

/** The items of GET /api/v1/segments (the panel shows name, kind and members). */
export type SegmentSummary = ApiSchema<'SegmentResponse'>;

export function useContactSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['contacts', 'search', trimmed],
    queryFn: () => apiResult(apiClient.GET('/api/v1/contacts', { params: { query: { query: trimmed, limit: 8 } } })),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useContact(id: string | null) {
  return useQuery({
    queryKey: ['contacts', id],
    queryFn: () => apiResult(apiClient.GET('/api/v1/contacts/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

export function useSegmentList() {
  return useQuery({ queryKey: ['segments', 'list'], queryFn: () => apiResult(apiClient.GET('/api/v1/segments')), staleTime: 60_000 });
}
