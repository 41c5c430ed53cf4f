import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { JourneyFlowNode } from '../graph-mapping';
import { NodeCardFrame } from './NodeCardFrame';

/** The card of every node type without a dedicated component (trigger and exit included: the frame leaves out their missing handles). */
export const JourneyNodeCard = memo(function JourneyNodeCard({ id, data, selected }: NodeProps<JourneyFlowNode>) {
  return <NodeCardFrame id={id} data={data} selected={selected} />;
});
