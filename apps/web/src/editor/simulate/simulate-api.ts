import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { ContactView } from './contact-snapshot';

/** GET /api/v1/contacts?query=: a page of contacts matching the text (email, external id or phone). */
export interface ContactPage {
  items: ContactView[];
  nextCursor: string | null;
}

/** The parts of GET /api/v1/segments the panel shows. */
export interface SegmentSummary {
  id: string;
  name: string;
  kind: string;
  members: number;
}

export function useContactSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['contacts', 'search', trimmed],
    queryFn: () => api<ContactPage>(`/api/v1/contacts${query({ query: trimmed, limit: 8 })}`),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useContact(id: string | null) {
  return useQuery({
    queryKey: ['contacts', id],
    queryFn: () => api<ContactView>(`/api/v1/contacts/${id}`),
    enabled: !!id,
  });
}

export function useSegmentList() {
  return useQuery({ queryKey: ['segments', 'list'], queryFn: () => api<SegmentSummary[]>('/api/v1/segments'), staleTime: 60_000 });
}
