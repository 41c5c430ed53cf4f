import { Empty, ErrorBanner, Loading } from '../../ui/Page';
import { formatCount, formatPercent } from '../../ui/format';
import { shares, sparkline } from './rfm-heat';
import { LIFECYCLE_STAGES, useLifecycleReport } from './segments-api';

const COLOURS: Record<string, string> = { new: '#3b5bdb', active: '#2b8a3e', sleeping: '#c77700', churned: '#c92a2a' };

/** Customers per lifecycle stage now, and the last 90 days of daily snapshots. */
export function LifecycleChart() {
  const report = useLifecycleReport();
  if (report.isPending) return <Loading what="lifecycle stages" />;
  if (report.error) return <ErrorBanner error={report.error} />;
  const { current, history } = report.data;
  const share = shares(current, LIFECYCLE_STAGES);
  const max = Math.max(0, ...history.flatMap((day) => LIFECYCLE_STAGES.map((stage) => day[stage])));
  return (
    <div className="lifecycle">
      <ul className="bars" aria-label="Lifecycle stages now">
        {LIFECYCLE_STAGES.map((stage) => (
          <li key={stage}>
            <span className="bar-label">{stage}</span>
            <span className="bar-track"><span className="bar-fill" style={{ width: `${share[stage] * 100}%`, background: COLOURS[stage] }} /></span>
            <span className="bar-value">{formatCount(current[stage])} <span className="muted small">{formatPercent(share[stage], 0)}</span></span>
          </li>
        ))}
      </ul>
      <p className="muted small">Plus {formatCount(current.prospects)} prospects (no purchase yet).</p>
      {history.length < 2 ? <Empty>History appears after a few daily refreshes.</Empty> : (
        <figure className="history">
          <svg viewBox="0 0 300 80" width="100%" height="80" role="img" aria-label="Lifecycle stages over the last 90 days" preserveAspectRatio="none">
            {LIFECYCLE_STAGES.map((stage) => (
              <polyline key={stage} fill="none" stroke={COLOURS[stage]} strokeWidth="1.5" vectorEffect="non-scaling-stroke"
                points={sparkline(history.map((day) => day[stage]), 300, 78, max)} />
            ))}
          </svg>
          <figcaption className="muted small">
            {history[0].day} – {history[history.length - 1].day} ·{' '}
            {LIFECYCLE_STAGES.map((stage) => <span key={stage} style={{ color: COLOURS[stage] }}>■ {stage} </span>)}
          </figcaption>
        </figure>
      )}
    </div>
  );
}
