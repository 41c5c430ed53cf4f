import type { Scale } from './scale';

export interface YAxisProps {
  ticks: readonly number[];
  /** Value → y pixel. */
  scale: Scale;
  /** The plot's left and right edges in pixels: the grid lines span them, the labels end just left of `left`. */
  left: number;
  right: number;
  format: (value: number) => string;
}

/** The dashed grid line and the label of each y tick, for the charts with a vertical value axis. */
export function YAxis({ ticks, scale, left, right, format }: YAxisProps) {
  return (
    <>
      <g className="grid">
        {ticks.map((tick) => <line key={tick} x1={left} x2={right} y1={scale(tick)} y2={scale(tick)} />)}
      </g>
      <g className="axis">
        {ticks.map((tick) => <text key={tick} x={left - 6} y={scale(tick)} dy="0.32em" textAnchor="end">{format(tick)}</text>)}
      </g>
    </>
  );
}
