import {
  Background, Controls, MiniMap, ReactFlow, useReactFlow,
  type Connection, type EdgeChange, type IsValidConnection, type NodeChange, type OnDelete,
} from '@xyflow/react';
import { useCallback, useMemo, useState, type DragEvent, type RefObject } from 'react';
import { DEFAULT_HANDLE } from '@cascade/journey';
import { DEFAULT_NODE_WIDTH } from './auto-layout';
import { edgeTypes } from './edges/ShareEdge';
import { useEditor, useEditorStore } from './editor-context';
import { selectProblems } from './editor-store';
import { createFlowMapper, type JourneyFlowEdge, type JourneyFlowNode, type Size } from './graph-mapping';
import { acceptsInput } from './node-catalogue';
import { nodeTypes } from './nodes/node-types';
import { PALETTE_MIME, readPaletteDrop } from './palette-items';
import type { PathHighlight } from './simulate/path-highlight';
import type { LiveStats } from './stats/live-stats';
import { useEditorShortcuts } from './use-editor-shortcuts';

const SNAP: [number, number] = [20, 20];
const DELETE_KEYS = ['Delete', 'Backspace'];

export interface CanvasProps {
  canvasRef: RefObject<HTMLDivElement | null>;
  /** Per-node and per-edge live figures; null while live stats are off. */
  stats?: LiveStats | null;
  /** The path a simulated contact took; null when none is shown. */
  highlight?: PathHighlight | null;
  /** Sizes React Flow measured, shared with the page for auto-layout. */
  onMeasured?: (sizes: Record<string, Size>) => void;
}

/** The journey drawn with React Flow, controlled by the editor store. */
export function Canvas({ canvasRef, stats = null, highlight = null, onMeasured }: CanvasProps) {
  const store = useEditorStore();
  const graph = useEditor((state) => state.graph);
  const selection = useEditor((state) => state.selection);
  const dragPositions = useEditor((state) => state.dragPositions);
  const problems = useEditor(selectProblems);
  const [measured, setMeasured] = useState<Record<string, Size>>({});
  const { screenToFlowPosition } = useReactFlow();
  useEditorShortcuts(store);

  const mapper = useMemo(() => createFlowMapper(), []);
  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);
  const { nodes, edges } = useMemo(
    () => mapper(graph, { problemsByNode: problems.byNode, selectedNodes, selectedEdges, dragPositions, measured, stats, highlight }),
    [mapper, graph, problems, selectedNodes, selectedEdges, dragPositions, measured, stats, highlight],
  );

  const onNodesChange = useCallback((changes: NodeChange<JourneyFlowNode>[]) => {
    const sizes: Record<string, Size> = {};
    const dragged: Record<string, { x: number; y: number }> = {};
    const dropped: Record<string, { x: number; y: number }> = {};
    let selected: Set<string> | null = null;
    for (const change of changes) {
      if (change.type === 'dimensions' && change.dimensions) sizes[change.id] = change.dimensions;
      else if (change.type === 'position' && change.position) (change.dragging ? dragged : dropped)[change.id] = change.position;
      else if (change.type === 'select') {
        selected ??= new Set(store.getState().selection.nodes);
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
    }
    if (Object.keys(sizes).length) {
      setMeasured((previous) => {
        const next = { ...previous, ...sizes };
        onMeasured?.(next);
        return next;
      });
    }
    if (Object.keys(dragged).length) store.getState().setDragPositions(dragged);
    // The end of a drag, or a move with the arrow keys: one undo step.
    if (Object.keys(dropped).length) store.getState().moveNodes({ ...store.getState().dragPositions, ...dropped });
    if (selected) store.getState().select({ nodes: [...selected] });
  }, [store, onMeasured]);

  const onEdgesChange = useCallback((changes: EdgeChange<JourneyFlowEdge>[]) => {
    let selected: Set<string> | null = null;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      selected ??= new Set(store.getState().selection.edges);
      if (change.selected) selected.add(change.id);
      else selected.delete(change.id);
    }
    if (selected) store.getState().select({ edges: [...selected] });
  }, [store]);

  const onConnect = useCallback((connection: Connection) => {
    store.getState().connect(connection.source, connection.sourceHandle ?? DEFAULT_HANDLE, connection.target);
  }, [store]);

  const isValidConnection: IsValidConnection = useCallback((connection) => {
    if (connection.source === connection.target) return false;
    const target = store.getState().graph.nodes.find((node) => node.id === connection.target);
    return target !== undefined && acceptsInput(target.type);
  }, [store]);

  const onDelete: OnDelete<JourneyFlowNode, JourneyFlowEdge> = useCallback(({ nodes: deletedNodes, edges: deletedEdges }) => {
    store.getState().deleteElements(deletedNodes.map((node) => node.id), deletedEdges.map((edge) => edge.id.replace(/#\d+$/, '')));
  }, [store]);

  const onNodeDragStop = useCallback(() => store.getState().endDrag(), [store]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    const item = readPaletteDrop(event.dataTransfer.getData(PALETTE_MIME));
    if (!item) return;
    event.preventDefault();
    const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    store.getState().addNode(item.type, { x: at.x - DEFAULT_NODE_WIDTH / 2, y: at.y - 30 }, item.channel);
  }, [screenToFlowPosition, store]);

  return (
    <div className="editor-canvas" ref={canvasRef} onDragOver={onDragOver} onDrop={onDrop} role="region" aria-label="Journey canvas">
      <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onDelete={onDelete}
        onNodeDragStop={onNodeDragStop}
        deleteKeyCode={DELETE_KEYS}
        snapToGrid
        snapGrid={SNAP}
        onlyRenderVisibleElements
        fitView
        fitViewOptions={{ maxZoom: 1.1, padding: 0.15 }}
        minZoom={0.1}
        defaultEdgeOptions={{ type: 'journey' }}
      >
        <Background gap={SNAP[0]} />
        <Controls />
        <MiniMap pannable zoomable nodeStrokeWidth={3} nodeClassName={(node) => `minimap-${(node as JourneyFlowNode).data.node.type}`} />
      </ReactFlow>
    </div>
  );
}
