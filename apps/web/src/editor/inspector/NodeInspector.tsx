import { useId, useState } from 'react';
import { isRecord, nodeHandler, type GraphProblem, type JourneyNode } from '@cascade/journey';
import type { Channel } from '../../api/journeys';
import { generalProblems, parseJsonText } from './config-editing';
import { Problems, ProblemsContext } from './fields';
import { nodeForm } from './node-forms';
import { SchemaForm } from './SchemaForm';
import './inspector.css';

export interface NodeInspectorProps {
  node: JourneyNode;
  channels: Channel[];
  /** Validation problems located on this node (paths like `nodes[3].config.duration`). */
  problems: GraphProblem[];
  onChange(patch: { label?: string; config?: Record<string, unknown> }): void;
}

/** The form of one node's settings: its label, then its type's form (bespoke in node-forms, else from its schema); every edit sends the whole new config. */
export function NodeInspector({ node, channels, problems, onChange }: NodeInspectorProps) {
  const config = isRecord(node.config) ? node.config : {};
  const spec = nodeForm(node.type);
  const handler = nodeHandler(node.type);
  const top = generalProblems(problems, spec ? spec.fields(config, channels) : []);
  const setConfig = (next: Record<string, unknown>) => onChange({ config: next });
  const labelId = useId();

  return (
    <ProblemsContext.Provider value={problems}>
      <section className="node-inspector" aria-label="Node settings">
        <div className="inspector-head">
          <span className="badge">{handler?.label ?? node.type}</span>
          <code title="Node id">{node.id}</code>
        </div>
        <div className="field">
          <label htmlFor={labelId}><span>Label</span></label>
          <input id={labelId} value={node.label ?? ''} placeholder={handler?.label ?? node.type} onChange={(event) => onChange({ label: event.target.value })} />
        </div>
        {top.length > 0 && (
          <div className="banner error inspector-problems">
            <Problems problems={top} />
          </div>
        )}
        {/* Keyed by node: local drafts (half-typed JSON, rows) never leak into another node. */}
        <div key={node.id} className="inspector-form">
          {spec ? (
            <spec.Form config={config} onChange={setConfig} channels={channels} nodeId={node.id} />
          ) : handler?.configSchema ? (
            <SchemaForm schema={handler.configSchema as Record<string, unknown>} value={config} onChange={setConfig} idPrefix={`${node.id}-config`} />
          ) : (
            <RawConfig config={config} onChange={setConfig} />
          )}
        </div>
      </section>
    </ProblemsContext.Provider>
  );
}

/** A node type this editor does not know (a plug-in without a schema here): its config as JSON. */
function RawConfig({ config, onChange }: { config: Record<string, unknown>; onChange(next: Record<string, unknown>): void }) {
  const [text, setText] = useState(() => JSON.stringify(config, null, 2));
  const id = useId();
  const parsed = parseJsonText(text);
  const error = 'error' in parsed ? parsed.error : parsed.value !== undefined && !isRecord(parsed.value) ? 'must be a JSON object' : null;
  return (
    <div className="field">
      <label htmlFor={id}><span>Config (JSON)</span></label>
      <textarea id={id} className="mono" rows={10} spellCheck={false} value={text} aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseJsonText(event.target.value);
          if ('value' in next && (next.value === undefined || isRecord(next.value))) onChange((next.value as Record<string, unknown>) ?? {});
        }} />
      {error && <span className="problem" role="alert">{error}</span>}
    </div>
  );
}
