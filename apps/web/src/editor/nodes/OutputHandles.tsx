import { Handle, Position } from '@xyflow/react';
import type { JourneyNode } from '@cascade/journey';
import { handleLabel, optionalOutputHandles, outputHandles } from '../node-catalogue';

/** One labelled source handle per output, stacked along the card's right edge in handle order. */
export function OutputHandles({ node }: { node: JourneyNode }) {
  const outputs = outputHandles(node);
  if (outputs.length === 0) return null;
  const optional = optionalOutputHandles(node);
  return (
    <div className="node-outputs">
      {outputs.map((handle) => {
        const label = handleLabel(node, handle);
        return (
          <div key={handle} className="node-output">
            <span
              className={optional.includes(handle) ? 'node-output-label optional' : 'node-output-label'}
              title={optional.includes(handle) ? `${label}: may stay unconnected (the contact leaves the journey there)` : label}
            >
              {label}
            </span>
            <Handle
              type="source"
              position={Position.Right}
              id={handle}
              className="journey-handle"
              aria-label={`${label} output`}
              title={`${label} output: drag to the next step`}
            />
          </div>
        );
      })}
    </div>
  );
}
