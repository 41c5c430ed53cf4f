import type { GraphProblem, JourneyGraph } from '@cascade/journey';
import { broadcastTriggers } from './broadcast-trigger';

/**
 * Segments do not exist yet, so a broadcast to one cannot be sent: refused rather than sent to
 * everybody. Without `segmentId` a broadcast goes to every contact of the workspace.
 */
export function broadcastSegmentProblems(graph: JourneyGraph): GraphProblem[] {
  return broadcastTriggers(graph)
    .filter(({ config }) => config.segmentId !== undefined)
    .map(({ index, nodeId }) => ({
      nodeId,
      path: `nodes[${index}].config.segmentId`,
      code: 'segments_unavailable',
      message: 'Segments are not available yet: remove segmentId to broadcast to every contact of the workspace.',
    }));
}
