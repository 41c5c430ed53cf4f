import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export interface Workspace {
  id: string;
  name: string;
}

/** The workspace of the signed-in key (GET /api/v1/workspace). */
export function useWorkspace() {
  return useQuery({ queryKey: ['workspace'], queryFn: () => api<Workspace>('/api/v1/workspace') });
}
