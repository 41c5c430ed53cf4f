import { useMutation, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';

/** GET /api/v1/segments (SegmentView, the fields the inspector reads). */
export interface SegmentOption {
  id: string;
  name: string;
  kind?: string;
  members?: number;
}

/** GET /api/v1/templates (TemplateView). */
export interface TemplateOption {
  id: string;
  name: string;
  channel: string;
  subject: string | null;
  body: string;
  variables?: string[];
}

/** GET /api/v1/contacts?query= items (ContactView, the fields shown). */
export interface ContactOption {
  id: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
}

/** POST /api/v1/templates/:id/preview. */
export interface RenderedPreview {
  subject?: string;
  body: string;
  html?: string;
}

export function useSegmentOptions() {
  return useQuery({ queryKey: ['segments'], queryFn: () => api<SegmentOption[]>('/api/v1/segments'), staleTime: 30_000 });
}

/** Every template of the workspace (the API lists them all), narrowed to one channel here. */
export function useTemplateOptions(channel: string | undefined) {
  return useQuery({
    queryKey: ['templates'],
    queryFn: () => api<TemplateOption[]>('/api/v1/templates'),
    staleTime: 30_000,
    select: (templates) => (channel ? templates.filter((template) => template.channel === channel) : templates),
  });
}

export function useContactSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['contacts', 'search', trimmed],
    queryFn: () => api<{ items: ContactOption[] }>(`/api/v1/contacts${query({ query: trimmed, limit: 8 })}`),
    enabled: trimmed.length >= 2,
    staleTime: 30_000,
  });
}

export function useTemplatePreview() {
  return useMutation({
    mutationFn: ({ templateId, contactId }: { templateId: string; contactId: string }) =>
      api<RenderedPreview>(`/api/v1/templates/${templateId}/preview`, { body: { contactId } }),
  });
}

export function contactName(contact: ContactOption): string {
  return contact.email ?? contact.phone ?? contact.externalId ?? contact.id;
}
