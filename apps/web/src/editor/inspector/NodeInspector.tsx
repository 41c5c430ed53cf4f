import type { GraphProblem, JourneyNode } from '@cascade/journey';
import type { Channel } from '../../api/journeys';

export interface NodeInspectorProps {
  node: JourneyNode;
  channels: Channel[];
  /** Validation problems located on this node (paths like `nodes[3].config.duration`). */
  problems: GraphProblem[];
  onChange(patch: { label?: string; config?: Record<string, unknown> }): void;
}

/** The form of one node's settings. (Filled in by the inspector work.) */
export function NodeInspector({ node }: NodeInspectorProps) {
  return <pre>{JSON.stringify(node.config ?? {}, null, 2)}</pre>;
}
