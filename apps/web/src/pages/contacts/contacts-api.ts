import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { Contact } from '../../api/contacts';

export type { Contact };

export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}


/** GET /api/v1/contacts/:id/events items. */
export interface ContactEvent {
  id: string;
  name: string;
  properties: Record<string, unknown> | null;
  occurredAt: string;
}

/** GET /api/v1/contacts/:id/enrollments items. */
export interface ContactEnrollment {
  id: string;
  journeyId: string;
  journeyName: string;
  version: number;
  status: string;
  startedAt: string;
  endedAt: string | null;
  exitReason: string | null;
  converted: boolean;
  /** Variants assigned by split nodes, by node id. */
  variants: Record<string, string> | null;
}

/** GET /api/v1/enrollments/:id. */
export interface EnrollmentTrace {
  id: string;
  journeyId: string;
  version: number;
  contact: { id: string; externalId: string | null; email: string | null };
  status: string;
  exitReason: string | null;
  startedAt: string;
  endedAt: string | null;
  variants: Record<string, string>;
  steps: {
    at: string; kind: string; nodeId: string | null; handle: string | null; variant: string | null;
    messageId: string | null; channel: string | null; status: string | null; reason: string | null;
  }[];
  messages: { id: string; nodeId: string; step: number; channel: string; status: string; reason: string | null; sentAt: string | null }[];
}

export const PAGE_SIZE = 50;

export function useContactSearch(text: string) {
  return useInfiniteQuery({
    queryKey: ['contacts', 'search-pages', text], // pages (infinite query): not the pickers' ['contacts', 'search', …]
    queryFn: ({ pageParam }) => api<PageOf<Contact>>(`/api/v1/contacts${query({ query: text, limit: PAGE_SIZE, cursor: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useContact(id: string) {
  return useQuery({ queryKey: ['contacts', id], queryFn: () => api<Contact>(`/api/v1/contacts/${id}`) });
}

export function useContactEvents(id: string) {
  return useInfiniteQuery({
    queryKey: ['contacts', id, 'events'],
    queryFn: ({ pageParam }) => api<PageOf<ContactEvent>>(`/api/v1/contacts/${id}/events${query({ limit: PAGE_SIZE, cursor: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useContactEnrollments(id: string) {
  return useQuery({ queryKey: ['contacts', id, 'enrollments'], queryFn: () => api<ContactEnrollment[]>(`/api/v1/contacts/${id}/enrollments`) });
}

export function useEnrollmentTrace(id: string) {
  return useQuery({ queryKey: ['enrollments', id], queryFn: () => api<EnrollmentTrace>(`/api/v1/enrollments/${id}`) });
}
