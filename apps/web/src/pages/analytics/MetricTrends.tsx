import { useQueries } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import { LineChart } from '../../ui/charts';
import { ErrorBanner, Loading } from '../../ui/Page';
import { formatMoney, formatPercent } from '../../ui/format';
import { analyticsKeys, type MetricsReport } from './analytics-api';
import { lastMonths, monthLabel } from './analytics-view';

const MONTHS = 12;
const TRENDS: { key: 'aov' | 'ltv' | 'retentionRate' | 'repeatPurchaseRate' | 'churnRate'; label: string; format: (value: number) => string }[] = [
  { key: 'aov', label: 'AOV', format: formatMoney },
  { key: 'ltv', label: 'LTV', format: formatMoney },
  { key: 'retentionRate', label: 'CRR', format: (value) => formatPercent(value, 0) },
  { key: 'repeatPurchaseRate', label: 'RPR', format: (value) => formatPercent(value, 0) },
  { key: 'churnRate', label: 'Churn', format: (value) => formatPercent(value, 0) },
];

/** Each metric month by month over the last 12 whole months (UTC), one report per month. */
export function MetricTrends() {
  const months = lastMonths(MONTHS, new Date());
  const reports = useQueries({
    queries: months.map((period) => ({
      queryKey: analyticsKeys.metrics(period),
      queryFn: () => api<MetricsReport>(`/api/v1/analytics/metrics${query({ from: period.from, to: period.to })}`),
      staleTime: 60_000,
    })),
  });
  const failed = reports.find((report) => report.error);
  if (failed) return <ErrorBanner error={failed.error} />;
  if (reports.some((report) => !report.data)) return <Loading what="the monthly metrics" />;
  return (
    <div className="metric-trends">
      {TRENDS.map((trend) => (
        <section key={trend.key} aria-label={`${trend.label} by month`}>
          <h4 className="metric-trend-title">{trend.label}</h4>
          <LineChart
            title={`${trend.label} by month`}
            width={320}
            height={150}
            yMin={0}
            formatX={(x) => monthLabel(months[x]?.month ?? '')}
            formatY={trend.format}
          series={[{ id: trend.key, label: trend.label, points: reports.map((report, x) => ({ x, y: report.data![trend.key] })) }]}
          />
        </section>
      ))}
    </div>
  );
}
