import { ArrayMaxSize, IsArray, IsObject, IsOptional } from 'class-validator';
import type { JourneyEdge, JourneyGraph, JourneyNode, JourneySettings } from '@cascade/journey';
import { RawJson } from '../../common/raw-json.decorator';

export const MAX_GRAPH_ITEMS = 500;

/**
 * The outer shape of a journey graph (docs/journeys.md#the-graph-contract). Only the shape is checked here; node
 * types, configs, edges and reachability are validateGraph's job, whose findings are returned
 * as `problems` on save and block publishing.
 */
export class JourneyGraphDto implements JourneyGraph {
  // Decorators register bottom-up and the pipe stops at the first failure: the type check goes last.
  @ArrayMaxSize(MAX_GRAPH_ITEMS)
  @IsArray()
  @RawJson()
  nodes!: JourneyNode[];

  @ArrayMaxSize(MAX_GRAPH_ITEMS)
  @IsArray()
  @RawJson()
  edges!: JourneyEdge[];

  /** Goal, exit on goal and re-entry rules. */
  @IsObject()
  @IsOptional()
  @RawJson()
  settings?: JourneySettings;
}
