import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import type { GraphProblem } from '@cascade/journey';
import { useEditor, useEditorStore } from './editor-context';
import { selectProblems } from './editor-store';

/** "N problems", a list of them on click; choosing one selects and shows its node. */
export function ProblemsSummary() {
  const problems = useEditor(selectProblems);
  const graph = useEditor((state) => state.graph);
  const [open, setOpen] = useState(false);
  const count = problems.all.length;
  const names = new Map(graph.nodes.map((node) => [node.id, node.label ?? node.id]));
  const located = Object.entries(problems.byNode).flatMap(([nodeId, list]) => list.map((problem) => ({ nodeId, problem })));
  return (
    <div className="problems-summary">
      <button type="button" className={count ? 'problems-toggle has-problems' : 'problems-toggle'} aria-expanded={open} onClick={() => setOpen(!open)} disabled={count === 0}>
        <span role="status">{count === 0 ? 'No problems' : `${count} problem${count === 1 ? '' : 's'}`}</span>
      </button>
      {open && count > 0 && (
        <ProblemList
          general={problems.general}
          located={located}
          nameOf={(id) => names.get(id) ?? id}
          onChosen={() => setOpen(false)}
        />
      )}
    </div>
  );
}

function ProblemList({ general, located, nameOf, onChosen }: {
  general: readonly GraphProblem[];
  located: { nodeId: string; problem: GraphProblem }[];
  nameOf(id: string): string;
  onChosen(): void;
}) {
  const focusNode = useFocusNode();
  return (
    <ul className="problems-list" aria-label="Problems">
      {general.map((problem, index) => <li key={`g${index}`}>{problem.message}</li>)}
      {located.map(({ nodeId, problem }, index) => (
        <li key={index}>
          <button type="button" className="link" onClick={() => { focusNode(nodeId); onChosen(); }}>
            <strong>{nameOf(nodeId)}</strong>: {problem.message}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Selects a node and brings it into view. */
export function useFocusNode() {
  const store = useEditorStore();
  const { fitView } = useReactFlow();
  return (nodeId: string) => {
    store.getState().select({ nodes: [nodeId], edges: [] });
    void fitView({ nodes: [{ id: nodeId }], duration: 300, maxZoom: 1.2 });
  };
}
