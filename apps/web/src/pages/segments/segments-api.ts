import { useQuery } from '@tanstack/react-query';
import { apiClient, apiResult, type ApiSchema } from '../../api/client';

export type SegmentKind = ApiSchema<'SegmentKind'>;

/** GET /api/v1/segments/:id (and the list items). */
export type Segment = ApiSchema<'SegmentResponse'>;

/** POST /api/v1/segments/preview. */
export type SegmentPreview = ApiSchema<'SegmentPreviewResponse'>;

/** GET /api/v1/segments/:id/members items. */
export type SegmentMember = ApiSchema<'SegmentMemberResponse'>;

/** POST /api/v1/segments/refresh. */
export type WorkspaceRefresh = ApiSchema<'WorkspaceRefreshResponse'>;

export type RfmCell = ApiSchema<'RfmCellResponse'>;

/** GET /api/v1/analytics/rfm. */
export type RfmReport = ApiSchema<'RfmReportResponse'>;

export const LIFECYCLE_STAGES = ['new', 'active', 'sleeping', 'churned'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];


export const segmentKeys = {
  all: ['segments'] as const,
  one: (id: string) => ['segments', id] as const,
  members: (id: string) => ['segments', id, 'members'] as const,
};

export function useSegments() {
  return useQuery({ queryKey: segmentKeys.all, queryFn: () => apiResult(apiClient.GET('/api/v1/segments')) });
}

export function useSegment(id: string) {
  return useQuery({ queryKey: segmentKeys.one(id), queryFn: () => apiResult(apiClient.GET('/api/v1/segments/{id}', { params: { path: { id } } })) });
}

export function useRfmReport() {
  return useQuery({ queryKey: ['analytics', 'rfm'], queryFn: () => apiResult(apiClient.GET('/api/v1/analytics/rfm')) });
}

export function useLifecycleReport() {
  return useQuery({ queryKey: ['analytics', 'lifecycle'], queryFn: () => apiResult(apiClient.GET('/api/v1/analytics/lifecycle')) });
}
