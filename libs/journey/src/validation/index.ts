export { validateGraph, type ChannelSpec } from './validate-graph';
export { schemaIssues } from './schema/schema-validation';
export type { SchemaIssue } from './schema/schema-issue';
export type { GraphProblem } from './graph-problem';
