import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import { formatCount, formatPercent } from '../../ui/format';
import type { JourneyFlowEdge } from '../graph-mapping';

/** A connection; with live stats it shows the share of the source's exits that took it, and it lights up on a simulated path. */
export const ShareEdge = memo(function ShareEdge(props: EdgeProps<JourneyFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const classes = ['journey-edge'];
  if (selected) classes.push('selected');
  if (data?.highlighted) classes.push('on-path');
  if (data?.dimmed) classes.push('dimmed');
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={classes.join(' ')} />
      {data?.share !== undefined && (
        <EdgeLabelRenderer>
          <div
            className="journey-edge-share nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={`${formatCount(data.count)} contacts took "${data.handle}"`}
          >
            {formatPercent(data.share, 0)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes = { journey: ShareEdge } as EdgeTypes;
