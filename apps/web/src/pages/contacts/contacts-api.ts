import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiClient, apiResult, type ApiSchema } from '../../api/client';
import type { Contact } from '../../api/contacts';

export type { Contact };

/** A page of a list, newest or oldest first as the endpoint says; `nextCursor` is null on the last page. */
export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

/** GET /api/v1/contacts/:id/events items. */
export type ContactEvent = ApiSchema<'ContactEventResponse'>;

/** GET /api/v1/contacts/:id/enrollments items. */
export type ContactEnrollment = ApiSchema<'ContactEnrollmentResponse'>;

/** GET /api/v1/enrollments/:id. */
export type EnrollmentTrace = ApiSchema<'EnrollmentTraceResponse'>;

export const PAGE_SIZE = 50;

export function useContactSearch(text: string) {
  return useInfiniteQuery({
    queryKey: ['contacts', 'search-pages', text], // pages (infinite query): not the pickers' ['contacts', 'search', …]
    queryFn: ({ pageParam }) => apiResult(apiClient.GET('/api/v1/contacts', { params: { query: { query: text, limit: PAGE_SIZE, cursor: pageParam ?? undefined } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useContact(id: string) {
  return useQuery({ queryKey: ['contacts', id], queryFn: () => apiResult(apiClient.GET('/api/v1/contacts/{id}', { params: { path: { id } } })) });
}

export function useContactEvents(id: string) {
  return useInfiniteQuery({
    queryKey: ['contacts', id, 'events'],
    queryFn: ({ pageParam }) => apiResult(apiClient.GET('/api/v1/contacts/{id}/events', { params: { path: { id }, query: { limit: PAGE_SIZE, cursor: pageParam ?? undefined } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useContactEnrollments(id: string) {
  return useQuery({
    queryKey: ['contacts', id, 'enrollments'],
    queryFn: () => apiResult(apiClient.GET('/api/v1/contacts/{id}/enrollments', { params: { path: { id } } })),
  });
}

export function useEnrollmentTrace(id: string) {
  return useQuery({ queryKey: ['enrollments', id], queryFn: () => apiResult(apiClient.GET('/api/v1/enrollments/{id}', { params: { path: { id } } })) });
}
