import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';

export interface AnalyticsPeriod {
  from: string;
  to: string;
}

/** GET /api/v1/analytics/metrics: the figures of [from, to) and what each one means. */
export interface MetricsReport {
  period: AnalyticsPeriod;
  previousPeriod: AnalyticsPeriod;
  orders: number;
  revenue: number;
  customers: number;
  newCustomers: number;
  aov: number | null;
  ltv: number | null;
  repeatPurchaseRate: number | null;
  retentionRate: number | null;
  churnRate: number | null;
  previousCustomers: number;
  retainedCustomers: number;
  definitions: Record<string, string>;
}

export interface CohortMonth {
  /** 0 is the first-purchase month. */
  month: number;
  customers: number;
  /** customers ÷ cohort size. */
  rate: number;
}

export interface Cohort {
  /** YYYY-MM in the requested time zone. */
  cohort: string;
  customers: number;
  retention: CohortMonth[];
}

/** GET /api/v1/analytics/cohorts. */
export interface CohortsReport {
  period: AnalyticsPeriod;
  timezone: string;
  cohorts: Cohort[];
}

export interface StageCounts {
  new: number;
  active: number;
  sleeping: number;
  churned: number;
}

/** GET /api/v1/analytics/lifecycle. */
export interface LifecycleReport {
  refreshedAt: string | null;
  current: StageCounts & { prospects: number };
  history: ({ day: string } & StageCounts)[];
}

export const analyticsKeys = {
  metrics: (period: AnalyticsPeriod | null) => ['analytics', 'metrics', period] as const,
  cohorts: (period: AnalyticsPeriod | null, timezone: string) => ['analytics', 'cohorts', period, timezone] as const,
  lifecycle: (period: AnalyticsPeriod | null) => ['analytics', 'lifecycle', period] as const,
};

export function useMetrics(period: AnalyticsPeriod | null) {
  return useQuery({
    queryKey: analyticsKeys.metrics(period),
    queryFn: () => api<MetricsReport>(`/api/v1/analytics/metrics${query({ from: period?.from, to: period?.to })}`),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCohorts(period: AnalyticsPeriod | null, timezone: string) {
  return useQuery({
    queryKey: analyticsKeys.cohorts(period, timezone),
    queryFn: () => api<CohortsReport>(`/api/v1/analytics/cohorts${query({ from: period?.from, to: period?.to, timezone })}`),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}

export function useLifecycle(period: AnalyticsPeriod | null) {
  return useQuery({
    queryKey: analyticsKeys.lifecycle(period),
    queryFn: () => api<LifecycleReport>(`/api/v1/analytics/lifecycle${query({ from: period?.from, to: period?.to })}`),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}
