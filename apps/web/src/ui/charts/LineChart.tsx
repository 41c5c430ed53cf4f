import { extent, linePath, linearScale, niceTicks, seriesColour } from './scale';
import { YAxis } from './YAxis';
import './charts.css';

export interface LinePoint {
  x: number;
  /** Null leaves a gap. */
  y: number | null;
}

export interface LineSeries {
  id: string;
  label: string;
  points: LinePoint[];
  colour?: string;
}

export interface LineChartProps {
  /** What the chart shows, for screen readers (role="img"). */
  title: string;
  series: LineSeries[];
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** The y axis starts here at most (0 for rates and counts). */
  yMin?: number;
  width?: number;
  height?: number;
  /** Dots on every point when there are at most this many points per series. */
  dotsUpTo?: number;
}

const MARGIN = { top: 10, right: 16, bottom: 26, left: 52 };

/** Lines over a shared x axis (numbers: days, months…), with a legend; dependency-free SVG. */
export function LineChart({ title, series, formatX, formatY, yMin, width = 640, height = 220, dotsUpTo = 45 }: LineChartProps) {
  const xs = extent(series.flatMap((line) => line.points.map((point) => point.x)));
  const ys = extent(series.flatMap((line) => line.points.map((point) => point.y)));
  if (!xs || !ys) return <p className="muted small">Nothing to plot yet.</p>;
  const y = niceTicks(yMin === undefined ? ys[0] : Math.min(yMin, ys[0]), ys[1], 4);
  const x = xs[0] === xs[1] ? { domain: [xs[0] - 1, xs[1] + 1] as [number, number] } : { domain: xs };
  const sx = linearScale(x.domain, [MARGIN.left, width - MARGIN.right]);
  const sy = linearScale(y.domain, [height - MARGIN.bottom, MARGIN.top]);
  const xTicks = spreadTicks(series.flatMap((line) => line.points.map((point) => point.x)), 6);
  return (
    <figure className="chart-figure">
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} role="img" aria-label={title}>
        <title>{title}</title>
        <YAxis ticks={y.ticks} scale={sy} left={MARGIN.left} right={width - MARGIN.right} format={formatY} />
        <g className="axis">
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={height - MARGIN.bottom} y2={height - MARGIN.bottom} />
          {xTicks.map((tick) => <text key={tick} x={sx(tick)} y={height - MARGIN.bottom + 16} textAnchor="middle">{formatX(tick)}</text>)}
        </g>
        {series.map((line, index) => {
          const colour = line.colour ?? seriesColour(index);
          const points = line.points.map((point) => ({ x: sx(point.x), y: point.y === null ? null : sy(point.y) }));
          return (
            <g key={line.id}>
              <path d={linePath(points)} fill="none" stroke={colour} strokeWidth={2} />
              {line.points.length <= dotsUpTo && line.points.map((point) => point.y !== null && (
                <circle key={point.x} cx={sx(point.x)} cy={sy(point.y)} r={2.5} fill={colour}>
                  <title>{`${line.label}, ${formatX(point.x)}: ${formatY(point.y)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="chart-legend" aria-label="legend">
          {series.map((line, index) => (
            <li key={line.id}><span className="swatch" style={{ background: line.colour ?? seriesColour(index) }} />{line.label}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** At most `count` distinct x values, evenly picked, first and last included. */
function spreadTicks(values: number[], count: number): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= count) return distinct;
  const step = (distinct.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, index) => distinct[Math.round(index * step)]);
}
