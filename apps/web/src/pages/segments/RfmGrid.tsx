import { useState } from 'react';
import { Empty, ErrorBanner, Loading } from '../../ui/Page';
import { formatCount, formatDateTime, formatMoney } from '../../ui/format';
import { heatColours, heatRows, heatTitle, heatValue, intensity, maxOf, type HeatCell, type HeatMetric } from './rfm-heat';
import { useRfmReport } from './segments-api';

/** The R × F grid of the current scores, coloured by contacts or revenue. */
export function RfmGrid() {
  const rfm = useRfmReport();
  const [metric, setMetric] = useState<HeatMetric>('contacts');
  const [hover, setHover] = useState<HeatCell | null>(null);
  if (rfm.isPending) return <Loading what="the RFM grid" />;
  if (rfm.error) return <ErrorBanner error={rfm.error} />;
  const { levels, cells, total, refreshedAt, period } = rfm.data;
  if (!refreshedAt) return <Empty>No RFM scores yet: record purchases and press “Refresh now”.</Empty>;
  const max = maxOf(cells, metric);
  const rows = heatRows(cells, levels);
  return (
    <div className="rfm">
      <div className="rfm-head">
        <div role="radiogroup" aria-label="Colour by" className="toggle">
          {(['contacts', 'revenue'] as const).map((m) => (
            <label key={m} className={metric === m ? 'on' : undefined}>
              <input type="radio" name="rfm-metric" value={m} checked={metric === m} onChange={() => setMetric(m)} />
              {m === 'contacts' ? 'Count' : 'Revenue'}
            </label>
          ))}
        </div>
        <span className="muted small">
          {formatCount(total.contacts)} customers · revenue {formatMoney(total.revenue)} · period {period} · scored {formatDateTime(refreshedAt)}
        </span>
      </div>
      <table className="rfm-grid" aria-label="RFM grid">
        <thead>
          <tr>
            <th className="axis">R \ F</th>
            {rows[0]?.map((cell) => <th key={cell.f} scope="col">F{cell.f}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0].r}>
              <th scope="row">R{row[0].r}</th>
              {row.map((cell) => {
                const colours = heatColours(intensity(cell[metric], max));
                return (
                  <td
                    key={cell.f}
                    title={heatTitle(cell)}
                    style={colours}
                    tabIndex={0}
                    onMouseEnter={() => setHover(cell)}
                    onFocus={() => setHover(cell)}
                    onMouseLeave={() => setHover(null)}
                  >
                    <span className="rfm-value">{heatValue(cell, metric)}</span>
                    {cell.name && <span className="rfm-name">{cell.name}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small rfm-hover" aria-live="polite">
        {hover ? heatTitle(hover) : 'R: recency (1 = most recent) · F: frequency (1 = most frequent). Hover a cell for its figures.'}
      </p>
    </div>
  );
}
