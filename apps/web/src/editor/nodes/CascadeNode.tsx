import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { cascadeStepSummary, messageSummary } from '../config-summary';
import type { JourneyFlowNode } from '../graph-mapping';
import { useChannelLabel } from './channel-labels';
import { NodeCardFrame } from './NodeCardFrame';

type Step = Record<string, unknown>;

/** A cascade lists its channel steps inline: "1. Email · until opened · 24 h", then SMS, then a messenger. */
export const CascadeNode = memo(function CascadeNode({ id, data, selected }: NodeProps<JourneyFlowNode>) {
  const channelLabel = useChannelLabel();
  const raw = data.node.config?.steps;
  const steps = Array.isArray(raw) ? (raw.filter((step) => typeof step === 'object' && step !== null) as Step[]) : [];
  return (
    <NodeCardFrame id={id} data={data} selected={selected}>
      <ol className="cascade-steps" aria-label="cascade steps">
        {steps.map((step, index) => (
          <li key={index} title={messageSummary(step, channelLabel)}>
            {cascadeStepSummary(step, channelLabel)}
          </li>
        ))}
        {steps.length === 0 && <li className="error">no steps</li>}
      </ol>
    </NodeCardFrame>
  );
});
