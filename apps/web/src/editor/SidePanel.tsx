import type { GraphProblem } from '@cascade/journey';
import type { ReactNode } from 'react';
import type { Channel } from '../api/journeys';
import { useEditor, useEditorStore } from './editor-context';
import { selectProblems, selectSelectedNode } from './editor-store';
import { NodeInspector } from './inspector/NodeInspector';
import { nodeTypeLabel } from './node-catalogue';
import { SettingsPanel } from './SettingsPanel';

const NONE: never[] = [];

/** The selected node's settings (NodeInspector), or the journey's when nothing is selected; `extra` below (try a contact). */
export function SidePanel({ channels, extra }: { channels: Channel[]; extra?: ReactNode }) {
  const store = useEditorStore();
  const node = useEditor(selectSelectedNode);
  const problems = useEditor((state) => (node ? selectProblems(state).byNode[node.id] : undefined)) ?? NONE;
  const selectedCount = useEditor((state) => state.selection.nodes.length + state.selection.edges.length);
  const travels = useEditor((state) => state.travels);
  return (
    <aside className="editor-side" aria-label="Inspector">
      {node ? (
        <section aria-label={`${nodeTypeLabel(node.type)} ${node.label ?? node.id}`}>
          <div className="editor-side-head">
            <h2>{nodeTypeLabel(node.type)} <code>{node.id}</code></h2>
            <button type="button" className="danger" onClick={() => store.getState().deleteSelection()}>Delete</button>
          </div>
          <NodeInspector
            key={`${node.id}:${travels}`}
            node={node}
            channels={channels}
            problems={problems as GraphProblem[]}
            onChange={(patch) => store.getState().updateNode(node.id, patch)}
          />
        </section>
      ) : selectedCount > 1 ? (
        <section>
          <p className="muted">{selectedCount} items selected.</p>
          <button type="button" className="danger" onClick={() => store.getState().deleteSelection()}>Delete selected</button>
        </section>
      ) : (
        <SettingsPanel />
      )}
      {extra}
    </aside>
  );
}
