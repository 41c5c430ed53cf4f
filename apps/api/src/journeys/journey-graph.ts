import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ChannelRegistry } from '@cascade/channels';
import { validateGraph, type GraphProblem, type JourneyGraph } from '@cascade/journey';
import { messageTemplateProblems } from '../templates/message-template.rule';
import { segmentReferenceProblems } from './segment-reference.rule';

/** What a new journey starts with when no graph is given. */
export function emptyGraph(): JourneyGraph {
  return { nodes: [], edges: [] };
}

/**
 * The same validation the editor and the worker run, against the channels this process knows
 * (built-in and plug-ins). Messages are checked against the workspace's templates and segment
 * references against its segments, in `manager`'s transaction when given.
 */
@Injectable()
export class GraphValidator {
  constructor(
    private readonly channels: ChannelRegistry,
    private readonly dataSource: DataSource,
  ) {}

  async problems(workspaceId: string, graph: JourneyGraph, manager: EntityManager = this.dataSource.manager): Promise<GraphProblem[]> {
    return [
      ...validateGraph({ graph, channels: this.channels.all() }),
      ...(await messageTemplateProblems({ manager, workspaceId, graph })),
      ...(await segmentReferenceProblems({ manager, workspaceId, graph })),
    ];
  }
}
