import { BUILT_IN_CHANNEL_TYPES } from '@cascade/channels';
import { validateGraph, type GraphProblem, type JourneyGraph } from '@cascade/journey';

/** What a new journey starts with when no graph is given. */
export function emptyGraph(): JourneyGraph {
  return { nodes: [], edges: [] };
}

/**
 * The same validation the editor and the worker run. Only built-in channels exist so far;
 * plugin channels (DESIGN.md §7) join this list when the channel registry reaches the API.
 */
export function graphProblems(graph: JourneyGraph): GraphProblem[] {
  return validateGraph({ graph, channels: BUILT_IN_CHANNEL_TYPES });
}
