import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/** Server state: cached briefly, refetched on focus; 4xx answers are not retried (they will not change). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});
