import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, apiResult, type ApiSchema } from '../../api/client';

/** The half-open period [from, to), ISO instants. */
export type AnalyticsPeriod = ApiSchema<'AnalyticsPeriodResponse'>;

/** GET /api/v1/analytics/metrics: the figures of [from, to) and what each one means. */
export type MetricsReport = ApiSchema<'MetricsReportResponse'>;

/** A cohort's month: 0 is the first-purchase month; rate is customers ÷ cohort size. */
export type CohortMonth = ApiSchema<'CohortMonthResponse'>;

/** A cohort: its first-purchase month (YYYY-MM in the requested time zone), size and retention. */
export type Cohort = ApiSchema<'CohortResponse'>;

/** GET /api/v1/analytics/cohorts. */
export type CohortsReport = ApiSchema<'CohortsReportResponse'>;

/** GET /api/v1/analytics/lifecycle. */
export type LifecycleReport = ApiSchema<'LifecycleReportResponse'>;

export const analyticsKeys = {
  metrics: (period: AnalyticsPeriod | null) => ['analytics', 'metrics', period] as const,
  cohorts: (period: AnalyticsPeriod | null, timezone: string) => ['analytics', 'cohorts', period, timezone] as const,
  lifecycle: (period: AnalyticsPeriod | null) => ['analytics', 'lifecycle', period] as const,
};

export function useMetrics(period: AnalyticsPeriod | null) {
  return useQuery({
    queryKey: analyticsKeys.metrics(period),
    queryFn: () => apiResult(apiClient.GET('/api/v1/analytics/metrics', { params: { query: { from: period!.from, to: period!.to } } })),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCohorts(period: AnalyticsPeriod | null, timezone: string) {
  return useQuery({
    queryKey: analyticsKeys.cohorts(period, timezone),
    queryFn: () => apiResult(apiClient.GET('/api/v1/analytics/cohorts', { params: { query: { from: period!.from, to: period!.to, timezone } } })),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}

export function useLifecycle(period: AnalyticsPeriod | null) {
  return useQuery({
    queryKey: analyticsKeys.lifecycle(period),
    queryFn: () => apiResult(apiClient.GET('/api/v1/analytics/lifecycle', { params: { query: { from: period?.from, to: period?.to } } })),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}
