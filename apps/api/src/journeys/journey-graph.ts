import { Injectable } from '@nestjs/common';
import { ChannelRegistry } from '@cascade/channels';
import { validateGraph, type GraphProblem, type JourneyGraph } from '@cascade/journey';
import { broadcastSegmentProblems } from './broadcast-segment.rule';

/** What a new journey starts with when no graph is given. */
export function emptyGraph(): JourneyGraph {
  return { nodes: [], edges: [] };
}

/**
 * The same validation the editor and the worker run, against the channels this process knows
 * (built-in and plug-ins). Until segments exist, a broadcast to a segment is refused here too.
 */
@Injectable()
export class GraphValidator {
  constructor(private readonly channels: ChannelRegistry) {}

  problems(graph: JourneyGraph): GraphProblem[] {
    return [...validateGraph({ graph, channels: this.channels.types() }), ...broadcastSegmentProblems(graph)];
  }
}
