import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import { sendsMessages } from '@cascade/journey';
import { formatCount, formatDateTime, formatPercent } from '../../ui/format';
import { configSummary } from '../config-summary';
import type { JourneyNodeData, NodeLiveStats } from '../graph-mapping';
import { acceptsInput, nodeTypeLabel } from '../node-catalogue';
import { useChannelLabel } from './channel-labels';
import { OutputHandles } from './OutputHandles';

/**
 * What every node card shows: type, label/id, a one-line summary, problems, live figures, the
 * simulated path's time, an input on the left (not on a trigger) and labelled outputs on the right.
 */
export function NodeCardFrame({ id, data, selected, children }: { id: string; data: JourneyNodeData; selected?: boolean; children?: ReactNode }) {
  const { node, problems, stats, enteredAt, dimmed } = data;
  const channelLabel = useChannelLabel();
  const typeLabel = nodeTypeLabel(node.type);
  const classes = ['journey-node', `journey-node-${node.type}`];
  if (selected) classes.push('selected');
  if (problems.length) classes.push('has-problems');
  if (enteredAt) classes.push('on-path');
  if (dimmed) classes.push('dimmed');
  return (
    <div className={classes.join(' ')} data-testid={`node-${id}`} role="group" aria-label={`${typeLabel}: ${node.label ?? id}`}>
      {acceptsInput(node.type) && <Handle type="target" position={Position.Left} className="journey-handle journey-handle-in" aria-label="input" />}
      <div className="journey-node-head">
        <span className="journey-node-type">{typeLabel}</span>
        {problems.length > 0 && (
          <span className="journey-node-problems" title={problems[0].message} aria-label={`${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems[0].message}`}>
            {problems.length}
          </span>
        )}
      </div>
      <div className="journey-node-title">
        {node.label ?? id}
        {node.label && <span className="journey-node-id">{id}</span>}
      </div>
      <div className="journey-node-summary">{configSummary(node, channelLabel)}</div>
      {children}
      {stats && <StatsLine stats={stats} type={node.type} />}
      {enteredAt && <div className="journey-node-path-time" title={enteredAt}>entered {formatDateTime(enteredAt)}</div>}
      <OutputHandles node={node} />
    </div>
  );
}

function StatsLine({ stats, type }: { stats: NodeLiveStats; type: string }) {
  const sends = sendsMessages(type);
  return (
    <div className="journey-node-stats" aria-label="live stats">
      <span title="entered">{formatCount(stats.entered)} in</span>
      {stats.waiting > 0 && <span title="waiting now">{formatCount(stats.waiting)} waiting</span>}
      {sends && <span title="sent · opened · clicked">{formatCount(stats.sent)} sent · {formatCount(stats.opened)} opened · {formatCount(stats.clicked)} clicked</span>}
      <span title="converted">{formatCount(stats.converted)} conv ({formatPercent(stats.conversionRate)})</span>
    </div>
  );
}
