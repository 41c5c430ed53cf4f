export { LineChart, type LineChartProps, type LinePoint, type LineSeries } from './LineChart';
export { BarChart, type Bar, type BarChartProps } from './BarChart';
export { IntervalPlot, type IntervalPlotProps, type IntervalRow } from './IntervalPlot';
export { extent, linePath, linearScale, niceStep, niceTicks, seriesColour, SERIES_COLOURS, type Scale } from './scale';
export { dayLabel, dayNumber } from './days';
