export { validateGraph } from './validate-graph';
export type { GraphProblem } from './graph-problem';
