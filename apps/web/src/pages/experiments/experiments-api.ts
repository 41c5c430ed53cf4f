import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { JourneySettings } from '@cascade/journey';
import type { ExperimentResult } from '@cascade/stats';
import { api, query } from '../../api/client';
import { journeyKeys } from '../../api/journeys';

/** Per UTC day of assignment and variant (GET /api/v1/journeys/:id/experiments). */
export interface DailyFigures {
  date: string;
  variantId: string;
  assigned: number;
  converted: number;
}

/** A winner rule's decision: the variant new contacts go to (null when it found none), when, and why. */
export interface SplitWinner {
  variantId: string | null;
  decidedAt: string;
  reason: string;
}

/** One split node's experiment, as the API reports it (libs/engine split-experiments.ts). */
export interface SplitExperiment extends ExperimentResult {
  nodeId: string;
  label: string | null;
  controlId: string;
  winnerRule: { minimumPerVariant: number; probability: number } | null;
  winner: SplitWinner | null;
  /** Contacts sent straight to the winner: not randomised, so not in the figures. */
  sentToWinner: number;
  daily: DailyFigures[];
}

export interface ExperimentsReport {
  journeyId: string;
  version: number | null;
  from: string | null;
  to: string | null;
  goal: JourneySettings['goal'] | null;
  splits: SplitExperiment[];
}

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
    queryFn: () => api<ExperimentsReport>(`/api/v1/journeys/${journeyId}/experiments${query({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}
