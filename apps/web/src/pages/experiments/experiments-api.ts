import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, apiResult, type ApiSchema } from '../../api/client';
import { journeyKeys } from '../../api/journeys';

/** Per UTC day of assignment and variant (GET /api/v1/journeys/:id/experiments). */
export type DailyFigures = ApiSchema<'DailyFiguresResponse'>;

/** A winner rule's decision: the variant new contacts go to (null when it found none), when, and why. */
export type SplitWinner = ApiSchema<'SplitWinnerResponse'>;

/** One split node's experiment, as the API reports it. */
export type SplitExperiment = ApiSchema<'SplitExperimentResponse'>;

export type ExperimentsReport = ApiSchema<'ExperimentsReportResponse'>;

export interface ExperimentsFilter {
  version?: number;
  from?: string;
  to?: string;
  /** Relative minimum detectable effect, 0.1 = +10%. */
  mde?: number;
}

export function useExperiments(journeyId: string, filter: ExperimentsFilter) {
  return useQuery({
    queryKey: [...journeyKeys.one(journeyId), 'experiments', filter],
    queryFn: () => apiResult(apiClient.GET('/api/v1/journeys/{id}/experiments', { params: { path: { id: journeyId }, query: { ...filter } } })),
    placeholderData: keepPreviousData,
  });
}
