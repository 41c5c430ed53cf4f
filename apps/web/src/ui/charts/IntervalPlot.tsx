import { extent, linearScale, niceTicks, seriesColour } from './scale';
import './charts.css';

export interface IntervalRow {
  id: string;
  label: string;
  /** The point estimate (dot); null draws nothing on the row. */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  colour?: string;
}

export interface IntervalPlotProps {
  title: string;
  rows: IntervalRow[];
  format: (value: number) => string;
  /** A dashed vertical line, e.g. the control's rate. */
  reference?: { value: number; label: string } | null;
  /** Lowest value the axis may show (0 for rates). */
  floor?: number;
  width?: number;
}

const ROW = 28;
const MARGIN = { top: 18, right: 20, bottom: 26, left: 130 };

/** Each row's estimate as a dot with its interval as a bar, on one shared horizontal axis. */
export function IntervalPlot({ title, rows, format, reference, floor, width = 560 }: IntervalPlotProps) {
  const span = extent([...rows.flatMap((row) => [row.lower, row.upper, row.estimate]), reference?.value]);
  if (!span) return <p className="muted small">No rates to plot yet.</p>;
  const axis = niceTicks(floor === undefined ? span[0] : Math.max(floor, span[0]), span[1], 5);
  const height = MARGIN.top + rows.length * ROW + MARGIN.bottom;
  const sx = linearScale(axis.domain, [MARGIN.left, width - MARGIN.right]);
  const bottom = height - MARGIN.bottom;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} role="img" aria-label={title}>
      <title>{title}</title>
      <g className="grid">
        {axis.ticks.map((tick) => <line key={tick} x1={sx(tick)} x2={sx(tick)} y1={MARGIN.top - 6} y2={bottom} />)}
      </g>
      <g className="axis">
        <line x1={MARGIN.left} x2={width - MARGIN.right} y1={bottom} y2={bottom} />
        {axis.ticks.map((tick) => <text key={tick} x={sx(tick)} y={bottom + 16} textAnchor="middle">{format(tick)}</text>)}
      </g>
      {reference && (
        <g>
          <line className="reference" x1={sx(reference.value)} x2={sx(reference.value)} y1={MARGIN.top - 8} y2={bottom} />
          <text className="reference-label" x={sx(reference.value)} y={MARGIN.top - 10} textAnchor="middle">{reference.label}</text>
        </g>
      )}
      {rows.map((row, index) => {
        const y = MARGIN.top + index * ROW + ROW / 2;
        const colour = row.colour ?? seriesColour(index);
        const hint = row.estimate === null
          ? `${row.label}: no data`
          : `${row.label}: ${format(row.estimate)}${row.lower !== null && row.upper !== null ? ` (${format(row.lower)} to ${format(row.upper)})` : ''}`;
        return (
          <g key={row.id}>
            <text className="row-label" x={MARGIN.left - 10} y={y} dy="0.32em" textAnchor="end">{truncate(row.label, 18)}</text>
            {row.lower !== null && row.upper !== null && (
              <g stroke={colour} strokeWidth={2}>
                <line x1={sx(row.lower)} x2={sx(row.upper)} y1={y} y2={y} strokeWidth={4} strokeLinecap="round" opacity={0.45} />
                <line x1={sx(row.lower)} x2={sx(row.lower)} y1={y - 6} y2={y + 6} />
                <line x1={sx(row.upper)} x2={sx(row.upper)} y1={y - 6} y2={y + 6} />
              </g>
            )}
            {row.estimate !== null && (
              <circle cx={sx(row.estimate)} cy={y} r={5} fill={colour} stroke="white" strokeWidth={1.5}>
                <title>{hint}</title>
              </circle>
            )}
          </g>
        );
      })}
    </svg>
  );
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
