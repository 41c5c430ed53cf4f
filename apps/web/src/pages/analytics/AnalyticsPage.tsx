import { useId, useMemo, useState } from 'react';
import { BarChart, dayLabel, dayNumber, LineChart } from '../../ui/charts';
import { Empty, ErrorBanner, Loading, Page } from '../../ui/Page';
import { formatCount, formatDateTime, formatMoney, formatPercent } from '../../ui/format';
import { useCohorts, useLifecycle, useMetrics, type AnalyticsPeriod, type LifecycleReport, type MetricsReport } from './analytics-api';
import {
  averageRetention, cohortGrid, describePeriod, heatStyle, presetPeriod, timeZoneChoices, type PeriodPreset,
} from './analytics-view';
import { MetricTrends } from './MetricTrends';
import './analytics.css';

const COMMON_ZONES = [
  'Europe/London', 'Europe/Berlin', 'Europe/Moscow', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Sao_Paulo',
  'Asia/Dubai', 'Asia/Kolkata', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney',
];

function allZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return timeZoneChoices(browser, [...COMMON_ZONES, ...(intl.supportedValuesOf?.('timeZone') ?? [])]);
}

/** #/analytics: the CRM metrics of a period, and cohort retention by month of first purchase. */
export function AnalyticsPage() {
  const [preset, setPreset] = useState<PeriodPreset>('last90');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const [timezone, setTimezone] = useState('UTC');
  const zones = useMemo(allZones, []);
  // The presets are anchored on today, computed once per choice so the query key stays still.
  const choice = useMemo(() => presetPeriod(preset, new Date(), custom), [preset, custom]);
  const period = 'period' in choice ? choice.period : null;
  const ids = { preset: useId(), from: useId(), to: useId(), zone: useId(), problem: useId() };

  return (
    <Page title="Analytics">
      <form className="filters card analytics-filters" aria-label="Report period" onSubmit={(event) => event.preventDefault()}>
        <label className="field" htmlFor={ids.preset}>
          <span>Period</span>
          <select id={ids.preset} value={preset} onChange={(event) => setPreset(event.target.value as PeriodPreset)}>
            <option value="last90">Last 90 days</option>
            <option value="last12months">Last 12 months</option>
            <option value="custom">Custom…</option>
          </select>
        </label>
        {preset === 'custom' && (
          <>
            <label className="field" htmlFor={ids.from}>
              <span>From (UTC)</span>
              <input id={ids.from} type="date" value={custom.from} onChange={(event) => setCustom({ ...custom, from: event.target.value })} />
            </label>
            <label className="field" htmlFor={ids.to}>
              <span>Before (UTC, day excluded)</span>
              <input
                id={ids.to} type="date" value={custom.to} onChange={(event) => setCustom({ ...custom, to: event.target.value })}
                aria-invalid={'problem' in choice && custom.from !== '' && custom.to !== '' ? true : undefined}
                aria-describedby={'problem' in choice ? ids.problem : undefined}
              />
            </label>
          </>
        )}
        <p className="period-note muted small" id={ids.problem}>
          {period ? describePeriod(period) : 'problem' in choice ? choice.problem : ''}
        </p>
      </form>

      <h2>Metrics</h2>
      <Metrics period={period} />
      <h3>The last 12 months</h3>
      <MetricTrends />

      <div className="section-head">
        <h2>Cohort retention</h2>
        <label className="inline-field" htmlFor={ids.zone}>
          <span className="muted small">Months start in</span>
          <select id={ids.zone} value={timezone} onChange={(event) => setTimezone(event.target.value)}>
            {zones.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </select>
        </label>
      </div>
      <Cohorts period={period} timezone={timezone} />

      <h2>Lifecycle stages</h2>
      <Lifecycle period={period} />
    </Page>
  );
}

interface MetricCard {
  key: keyof MetricsReport & string;
  label: string;
  format: (value: number | null) => string;
  detail?: (report: MetricsReport) => string;
}

const MAIN_METRICS: MetricCard[] = [
  { key: 'aov', label: 'AOV', format: formatMoney, detail: (report) => `${formatMoney(report.revenue)} over ${formatCount(report.orders)} orders` },
  { key: 'ltv', label: 'LTV', format: formatMoney, detail: (report) => `per customer of the period (${formatCount(report.customers)})` },
  {
    key: 'retentionRate', label: 'CRR', format: (value) => formatPercent(value),
    detail: (report) => `${formatCount(report.retainedCustomers)} of ${formatCount(report.previousCustomers)} previous-period customers came back`,
  },
  {
    key: 'repeatPurchaseRate', label: 'RPR', format: (value) => formatPercent(value),
    detail: () => 'buyers of the period with 2+ purchases in total',
  },
  {
    key: 'churnRate', label: 'Churn', format: (value) => formatPercent(value),
    detail: (report) => `${formatCount(report.previousCustomers - report.retainedCustomers)} of ${formatCount(report.previousCustomers)} previous-period customers did not buy again`,
  },
];

const COUNTS: MetricCard[] = [
  { key: 'revenue', label: 'Revenue', format: formatMoney },
  { key: 'orders', label: 'Orders', format: formatCount },
  { key: 'customers', label: 'Customers', format: formatCount },
  { key: 'newCustomers', label: 'New customers', format: formatCount },
  { key: 'previousCustomers', label: 'Customers, previous period', format: formatCount },
];

function Metrics({ period }: { period: AnalyticsPeriod | null }) {
  const metrics = useMetrics(period);
  if (!period) return <p className="muted">Pick a period.</p>;
  if (metrics.error) return <ErrorBanner error={metrics.error} />;
  if (!metrics.data) return <Loading what="metrics" />;
  const report = metrics.data;
  return (
    <div className={metrics.isPlaceholderData ? 'stale' : undefined}>
      {report.orders === 0 && <Empty>No purchases in this period.</Empty>}
      <div className="metric-cards">
        {MAIN_METRICS.map((card) => {
          const value = report[card.key] as number | null;
          const definition = report.definitions[card.key];
          return (
            <article key={card.key} className="card metric" aria-label={card.label} title={definition}>
              <h3>{card.label}</h3>
              <p className="metric-value">{card.format(value)}</p>
              {card.detail && <p className="muted small">{value === null ? 'Not defined for this period' : card.detail(report)}</p>}
              {definition && (
                <details className="definition">
                  <summary>Definition</summary>
                  <p className="small">{definition}</p>
                </details>
              )}
            </article>
          );
        })}
      </div>
      <dl className="metric-counts">
        {COUNTS.map((card) => (
          <div key={card.key} title={report.definitions[card.key]}>
            <dt className="muted small">{card.label}</dt>
            <dd>{card.format(report[card.key] as number)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        Previous period for CRR and churn: {describePeriod(report.previousPeriod)}. Hover a figure or open its definition to see how it is computed.
      </p>
    </div>
  );
}

function Cohorts({ period, timezone }: { period: AnalyticsPeriod | null; timezone: string }) {
  const cohorts = useCohorts(period, timezone);
  if (!period) return null;
  if (cohorts.error) return <ErrorBanner error={cohorts.error} />;
  if (!cohorts.data) return <Loading what="cohorts" />;
  const grid = cohortGrid(cohorts.data.cohorts);
  if (grid.rows.length === 0) return <Empty>No first purchases in this period, so no cohorts.</Empty>;
  const average = averageRetention(grid);
  return (
    <div className={cohorts.isPlaceholderData ? 'stale' : undefined}>
      <div className="table-scroll">
        <table className="data cohorts" aria-label="Cohort retention by month of first purchase">
          <thead>
            <tr>
              <th scope="col">First purchase</th>
              <th scope="col" className="num">Customers</th>
              {Array.from({ length: grid.columns }, (_, month) => (
                <th key={month} scope="col" className="num" title={month === 0 ? 'The month of the first purchase' : `${month} calendar month(s) after the first purchase`}>
                  M{month}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.cohort}>
                <th scope="row">{row.label}</th>
                <td className="num">{formatCount(row.customers)}</td>
                {row.cells.map((cell, month) => (
                  <td
                    key={month} className="num heat" style={cell ? heatStyle(cell.rate) : undefined}
                    title={cell ? `${row.label}, month ${month}: ${formatCount(cell.customers)} of ${formatCount(row.customers)} customers bought (${formatPercent(cell.rate)})` : undefined}
                  >
                    {cell ? formatPercent(cell.rate, 0) : ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" title="Weighted by cohort size, over the cohorts that reached the month">Average</th>
              <td className="num">{formatCount(grid.rows.reduce((sum, row) => sum + row.customers, 0))}</td>
              {average.map((rate, month) => <td key={month} className="num">{formatPercent(rate, 0)}</td>)}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted small">
        Each row is the customers whose first purchase ever fell in that month ({cohorts.data.timezone}); a cell is the share of them who bought
        again in the month M after it (M0 is the first month, so 100%). The last month may be partial.
      </p>
      <h3>Cohort sizes</h3>
      <BarChart
        title="New customers per first-purchase month"
        bars={grid.rows.map((row) => ({ label: row.label.replace(/ (\d\d)(\d\d)$/, ' ’$2'), value: row.customers, hint: `${row.label}: ${formatCount(row.customers)} new customers` }))}
        formatY={(value) => formatCount(value)}
      />
    </div>
  );
}

const STAGES = [
  { key: 'new', label: 'New', colour: '#3b5bdb' },
  { key: 'active', label: 'Active', colour: '#2b8a3e' },
  { key: 'sleeping', label: 'Sleeping', colour: '#e8590c' },
  { key: 'churned', label: 'Churned', colour: '#c92a2a' },
] as const;

function Lifecycle({ period }: { period: AnalyticsPeriod | null }) {
  const lifecycle = useLifecycle(period);
  if (!period) return null;
  if (lifecycle.error) return <ErrorBanner error={lifecycle.error} />;
  if (!lifecycle.data) return <Loading what="lifecycle stages" />;
  const report: LifecycleReport = lifecycle.data;
  if (report.refreshedAt === null) return <Empty>Lifecycle stages have not been computed yet.</Empty>;
  return (
    <div className={lifecycle.isPlaceholderData ? 'stale' : undefined}>
      <dl className="metric-counts">
        {[...STAGES, { key: 'prospects', label: 'Prospects (no purchase)', colour: '' } as const].map((stage) => (
          <div key={stage.key}>
            <dt className="muted small">{stage.label}</dt>
            <dd>{formatCount(report.current[stage.key])}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">As of {formatDateTime(report.refreshedAt)}.</p>
      {report.history.length > 1 ? (
        <LineChart
          title="Contacts per lifecycle stage by day"
          series={STAGES.map((stage) => ({
            id: stage.key, label: stage.label, colour: stage.colour,
            points: report.history.map((day) => ({ x: dayNumber(day.day), y: day[stage.key] })),
          }))}
          formatX={dayLabel}
          formatY={(value) => formatCount(value)}
          yMin={0}
        />
      ) : <p className="muted small">No daily history recorded in this period.</p>}
    </div>
  );
}
