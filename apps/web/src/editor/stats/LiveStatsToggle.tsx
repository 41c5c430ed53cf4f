import { ApiError } from '../../api/client';
import './stats.css';

export interface LiveStatsToggleProps {
  on: boolean;
  onChange(on: boolean): void;
  /** From useLiveStatsState: shown under the button while on. */
  error?: unknown;
  refreshing?: boolean;
}

/** Why live stats cannot show, in plain words. */
function problem(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiError && error.status === 404) return 'No published version yet: publish the journey to see live figures.';
  return error instanceof Error ? error.message : 'Live figures are unavailable.';
}

/** "Live stats" on the editor's toolbar: figures of the published journey on the canvas, refreshed every few seconds. */
export function LiveStatsToggle({ on, onChange, error, refreshing }: LiveStatsToggleProps) {
  const message = on ? problem(error) : null;
  return (
    <div className="live-stats-toggle">
      <button
        type="button"
        aria-pressed={on}
        className={on ? 'live-stats-button on' : 'live-stats-button'}
        onClick={() => onChange(!on)}
        title="Figures of the published journey, refreshed every 3 seconds"
      >
        <span className={refreshing ? 'live-dot pulsing' : 'live-dot'} aria-hidden="true" />
        Live stats
      </button>
      {on && (
        <dl className="live-stats-legend small" aria-label="Live stats legend">
          <div><dt><span className="live-chip entered" aria-hidden="true" />entered</dt><dd>contacts that reached the node</dd></div>
          <div><dt><span className="live-chip waiting" aria-hidden="true" />waiting</dt><dd>there now</dd></div>
          <div><dt><span className="live-chip messages" aria-hidden="true" />sent · opened · clicked</dt><dd>its messages</dd></div>
          <div><dt><span className="live-chip converted" aria-hidden="true" />conv.</dt><dd>converted after passing it</dd></div>
          <div><dt><span className="live-edge" aria-hidden="true" />%</dt><dd>share of the node&apos;s exits on an edge</dd></div>
        </dl>
      )}
      {message && <p role="status" className="live-stats-problem small">{message}</p>}
    </div>
  );
}
