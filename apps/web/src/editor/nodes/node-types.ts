import type { NodeTypes } from '@xyflow/react';
import type { FlowNodeKind } from '../graph-mapping';
import { CascadeNode } from './CascadeNode';
import { JourneyNodeCard } from './JourneyNodeCard';

/** Node components by FlowNodeKind; defined once at module level so React Flow never remounts nodes. */
export const nodeTypes = {
  trigger: JourneyNodeCard,
  exit: JourneyNodeCard,
  step: JourneyNodeCard,
  cascade: CascadeNode,
} satisfies Record<FlowNodeKind, unknown> as NodeTypes;
