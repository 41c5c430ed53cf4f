import type { NodeTypes } from '@xyflow/react';
import { JourneyNodeCard } from './JourneyNodeCard';
import { nodeCards } from './node-cards';

/**
 * Node components by flow node kind (see flowNodeKind): the generic card, and each bespoke card of
 * node-cards. Defined once at module level so React Flow never remounts nodes.
 */
export const nodeTypes: NodeTypes = {
  step: JourneyNodeCard,
  ...Object.fromEntries(Object.entries(nodeCards).map(([type, card]) => [type, card.Component])),
} as NodeTypes;
