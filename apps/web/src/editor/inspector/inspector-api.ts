import { useMutation, useQuery } from '@tanstack/react-query';
import { apiClient, apiResult, type ApiSchema } from '../../api/client';

/** GET /api/v1/segments items. */
export type SegmentOption = ApiSchema<'SegmentResponse'>;

/** GET /api/v1/templates items, with the variables each reads. */
export type TemplateOption = ApiSchema<'TemplateResponse'>;

/** GET /api/v1/contacts?query= items: the fields the picker shows. */
export type ContactOption = Pick<ApiSchema<'ContactResponse'>, 'id' | 'externalId' | 'email' | 'phone'>;

/** POST /api/v1/templates/:id/preview. */
export type RenderedPreview = ApiSchema<'RenderedMessageResponse'>;

export function useSegmentOptions() {
  return useQuery({ queryKey: ['segments'], queryFn: () => apiResult(apiClient.GET('/api/v1/segments')), staleTime: 30_000 });
}

/** Every template of the workspace (the API lists them all), narrowed to one channel here. */
export function useTemplateOptions(channel: string | undefined) {
  return useQuery({
    queryKey: ['templates'],
    queryFn: () => apiResult(apiClient.GET('/api/v1/templates')),
    staleTime: 30_000,
    select: (templates) => (channel ? templates.filter((template) => template.channel === channel) : templates),
  });
}

export function useContactSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['contacts', 'search', trimmed],
    queryFn: () => apiResult(apiClient.GET('/api/v1/contacts', { params: { query: { query: trimmed, limit: 8 } } })),
    enabled: trimmed.length >= 2,
    staleTime: 30_000,
  });
}

export function useTemplatePreview() {
  return useMutation({
    mutationFn: ({ templateId, contactId }: { templateId: string; contactId: string }) =>
      apiResult(apiClient.POST('/api/v1/templates/{id}/preview', { params: { path: { id: templateId } }, body: { contactId } })),
  });
}

export function contactName(contact: ContactOption): string {
  return contact.email ?? contact.phone ?? contact.externalId ?? contact.id;
}
