import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { LifecycleReport } from '../analytics/analytics-api';

export type SegmentKind = 'rule' | 'rfm' | 'lifecycle' | 'cluster';

/** GET /api/v1/segments/:id (and the list items). */
export interface Segment {
  id: string;
  name: string;
  description: string | null;
  kind: SegmentKind;
  /** The kind's fields: condition · codes and cells · stages · the cluster and its typical member. */
  definition: Record<string, unknown>;
  members: number;
  refreshedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** POST /api/v1/segments/preview. */
export interface SegmentPreview {
  count: number;
  sample: { contactId: string; externalId: string | null; email: string | null }[];
}

export interface SegmentMember {
  contactId: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  enteredAt: string;
}

/** POST /api/v1/segments/refresh. */
export interface WorkspaceRefresh {
  workspaceId: string;
  customers: number;
  segments: { id: string; name: string; entered: number; exited: number; members: number }[];
}

export interface RfmCell {
  r: number;
  f: number;
  name: string | null;
  contacts: number;
  revenue: number;
}

/** GET /api/v1/analytics/rfm. */
export interface RfmReport {
  levels: number;
  period: string;
  refreshedAt: string | null;
  cells: RfmCell[];
  named: { name: string; contacts: number; revenue: number }[];
  unnamed: { contacts: number; revenue: number };
  total: { contacts: number; revenue: number };
  codes: { code: string; contacts: number; revenue: number }[];
}

export const LIFECYCLE_STAGES = ['new', 'active', 'sleeping', 'churned'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];


export const segmentKeys = {
  all: ['segments'] as const,
  one: (id: string) => ['segments', id] as const,
  members: (id: string) => ['segments', id, 'members'] as const,
};

export function useSegments() {
  return useQuery({ queryKey: segmentKeys.all, queryFn: () => api<Segment[]>('/api/v1/segments') });
}

export function useSegment(id: string) {
  return useQuery({ queryKey: segmentKeys.one(id), queryFn: () => api<Segment>(`/api/v1/segments/${id}`) });
}

export function useRfmReport() {
  return useQuery({ queryKey: ['analytics', 'rfm'], queryFn: () => api<RfmReport>('/api/v1/analytics/rfm') });
}

export function useLifecycleReport() {
  return useQuery({ queryKey: ['analytics', 'lifecycle'], queryFn: () => api<LifecycleReport>('/api/v1/analytics/lifecycle') });
}
