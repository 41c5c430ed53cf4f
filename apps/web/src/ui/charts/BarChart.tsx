import { linearScale, niceTicks, seriesColour } from './scale';
import { YAxis } from './YAxis';
import './charts.css';

export interface Bar {
  label: string;
  value: number | null;
  /** Shown on hover; the label and value by default. */
  hint?: string;
  colour?: string;
}

export interface BarChartProps {
  title: string;
  bars: Bar[];
  formatY: (value: number) => string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 10, right: 8, bottom: 26, left: 48 };

/** Vertical bars from 0, one per label; dependency-free SVG. */
export function BarChart({ title, bars, formatY, width = 480, height = 180 }: BarChartProps) {
  const values = bars.map((bar) => bar.value ?? 0);
  if (bars.length === 0) return <p className="muted small">Nothing to plot yet.</p>;
  const y = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 4);
  const sy = linearScale(y.domain, [height - MARGIN.bottom, MARGIN.top]);
  const band = (width - MARGIN.left - MARGIN.right) / bars.length;
  const barWidth = Math.max(2, band * 0.7);
  const labelEvery = Math.ceil(bars.length / 12);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} role="img" aria-label={title}>
      <title>{title}</title>
      <YAxis ticks={y.ticks} scale={sy} left={MARGIN.left} right={width - MARGIN.right} format={formatY} />
      {bars.map((bar, index) => {
        const x = MARGIN.left + index * band + (band - barWidth) / 2;
        const value = bar.value ?? 0;
        const top = sy(Math.max(0, value));
        const bottom = sy(Math.min(0, value));
        return (
          <g key={`${bar.label}-${index}`}>
            <rect x={x} y={top} width={barWidth} height={Math.max(0, bottom - top)} fill={bar.colour ?? seriesColour(0)} rx={2}>
              <title>{bar.hint ?? `${bar.label}: ${bar.value === null ? '—' : formatY(bar.value)}`}</title>
            </rect>
            {index % labelEvery === 0 && <text x={x + barWidth / 2} y={height - MARGIN.bottom + 16} textAnchor="middle">{bar.label}</text>}
          </g>
        );
      })}
      <line className="axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={sy(0)} y2={sy(0)} stroke="var(--line)" />
    </svg>
  );
}
