import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChannelSpec, JourneyGraph, JourneySettings } from '@cascade/journey';
import { layoutPositions } from './auto-layout';
import { createProblemsSelector, type GroupedProblems } from './graph-problems';
import { flowEdgeId, type Size } from './graph-mapping';
import {
  addNodeTo, connectIn, copyFrom, deleteFrom, moveNodesIn, pasteInto, updateNodeIn, withSettings,
  type ClipboardContent, type ConnectResult, type Point,
} from './graph-edits';

export const HISTORY_LIMIT = 100;
/** Edits of the same node's settings within this many ms are one undo step (typing a label is not 40 steps). */
export const COALESCE_MS = 1_000;
export const PASTE_OFFSET = 40;

export interface Selection {
  nodes: string[];
  edges: string[];
}

export interface EditorState {
  /** The source of truth: what is saved as the draft. */
  graph: JourneyGraph;
  /** The journey's name (saved with the draft, not part of undo). */
  name: string;
  /** Channel types validation checks sends against; undefined until they are known. */
  channels?: readonly ChannelSpec[];
  selection: Selection;
  /** Graphs before the current one, oldest first, and those undone. */
  past: JourneyGraph[];
  future: JourneyGraph[];
  /** Counts undos and redos: forms holding their own text re-read the graph when it moves through history. */
  travels: number;
  clipboard: ClipboardContent | null;
  /** Positions of nodes while they are dragged: drawn, but committed to the graph (one undo step) on drop. */
  dragPositions: Record<string, Point>;

  /** Replaces everything (a journey was loaded); nodes without a position are laid out. */
  load(graph: JourneyGraph, name?: string): void;
  setName(name: string): void;
  setChannels(channels: readonly ChannelSpec[] | undefined): void;
  /** Adds a node of `type` with its default config at `position` and selects it; returns its id. */
  addNode(type: string, position: Point, channel?: string): string;
  connect(from: string, handle: string, to: string): ConnectResult;
  deleteElements(nodeIds: readonly string[], edgeIds: readonly string[]): void;
  deleteSelection(): void;
  updateNode(id: string, patch: { label?: string; config?: Record<string, unknown> }): void;
  moveNodes(positions: Readonly<Record<string, Point>>): void;
  setDragPositions(positions: Readonly<Record<string, Point>>): void;
  /** Commits the dragged positions as one step. */
  endDrag(): void;
  select(selection: Partial<Selection>): void;
  copySelection(): boolean;
  /** Pastes the clipboard (new ids, shifted) and selects the copies; returns their ids. */
  paste(): string[];
  undo(): void;
  redo(): void;
  autoLayout(sizes?: Readonly<Record<string, Size>>): void;
  setSettings(patch: Partial<JourneySettings>): void;

  /** Validation of the current graph, memoised per graph (use `selectProblems`). */
  problemsOf(graph: JourneyGraph, channels?: readonly ChannelSpec[]): GroupedProblems;
}

export type EditorStore = StoreApi<EditorState>;

export interface EditorStoreOptions {
  graph?: JourneyGraph;
  name?: string;
  channels?: readonly ChannelSpec[];
  historyLimit?: number;
  /** The clock used to merge quick successive edits of one node; injectable for tests. */
  now?: () => number;
}

export const EMPTY_GRAPH: JourneyGraph = { nodes: [], edges: [] };

export const selectProblems = (state: EditorState): GroupedProblems => state.problemsOf(state.graph, state.channels);
export const selectCanUndo = (state: EditorState) => state.past.length > 0;
export const selectCanRedo = (state: EditorState) => state.future.length > 0;
export const selectSelectedNode = (state: EditorState) =>
  state.selection.nodes.length === 1 ? state.graph.nodes.find((node) => node.id === state.selection.nodes[0]) : undefined;

export function createEditorStore(options: EditorStoreOptions = {}): EditorStore {
  const limit = options.historyLimit ?? HISTORY_LIMIT;
  const now = options.now ?? (() => Date.now());
  let lastEdit: { key: string; at: number } | null = null;
  let pasteCount = 0;

  return createStore<EditorState>()((set, get) => {
    /** Records `graph` as the new current graph: one undo step, unless it continues the same quick edit. */
    const commit = (graph: JourneyGraph, extra: Partial<EditorState> = {}, coalesceKey?: string) => {
      const state = get();
      if (graph === state.graph) {
        if (Object.keys(extra).length) set(extra);
        return;
      }
      const at = now();
      const continues = coalesceKey !== undefined && lastEdit?.key === coalesceKey && at - lastEdit.at < COALESCE_MS;
      lastEdit = coalesceKey === undefined ? null : { key: coalesceKey, at };
      const past = continues ? state.past : [...state.past, state.graph].slice(-limit);
      set({ ...extra, graph, past, future: [] });
    };
    const pruned = (graph: JourneyGraph, selection: Selection): Selection => {
      const nodes = new Set(graph.nodes.map((node) => node.id));
      const edges = new Set(graph.edges.map(flowEdgeId));
      return { nodes: selection.nodes.filter((id) => nodes.has(id)), edges: selection.edges.filter((id) => edges.has(id)) };
    };

    return {
      graph: withPositions(options.graph ?? EMPTY_GRAPH),
      name: options.name ?? '',
      channels: options.channels,
      selection: { nodes: [], edges: [] },
      past: [],
      travels: 0,
      future: [],
      clipboard: null,
      dragPositions: {},
      problemsOf: createProblemsSelector(),

      load(graph, name) {
        lastEdit = null;
        set({ graph: withPositions(graph), name: name ?? get().name, selection: { nodes: [], edges: [] }, past: [], future: [], dragPositions: {} });
      },
      setName(name) {
        set({ name });
      },
      setChannels(channels) {
        set({ channels });
      },
      addNode(type, position, channel) {
        const { graph, id } = addNodeTo(get().graph, type, position, channel);
        commit(graph, { selection: { nodes: [id], edges: [] } });
        return id;
      },
      connect(from, handle, to) {
        const result = connectIn(get().graph, from, handle, to);
        if (result.ok) commit(result.graph);
        return result;
      },
      deleteElements(nodeIds, edgeIds) {
        if (nodeIds.length === 0 && edgeIds.length === 0) return;
        const graph = deleteFrom(get().graph, nodeIds, edgeIds);
        commit(graph, { selection: pruned(graph, get().selection) });
      },
      deleteSelection() {
        const { nodes, edges } = get().selection;
        get().deleteElements(nodes, edges);
      },
      updateNode(id, patch) {
        if (!get().graph.nodes.some((node) => node.id === id)) return;
        commit(updateNodeIn(get().graph, id, patch), {}, `update:${id}`);
      },
      moveNodes(positions) {
        commit(moveNodesIn(get().graph, positions), { dragPositions: {} });
      },
      setDragPositions(positions) {
        set({ dragPositions: { ...get().dragPositions, ...positions } });
      },
      endDrag() {
        const { dragPositions } = get();
        if (Object.keys(dragPositions).length === 0) return;
        get().moveNodes(dragPositions);
      },
      select(selection) {
        const current = get().selection;
        const next = { nodes: selection.nodes ?? current.nodes, edges: selection.edges ?? current.edges };
        if (sameList(next.nodes, current.nodes) && sameList(next.edges, current.edges)) return;
        set({ selection: next });
      },
      copySelection() {
        const clipboard = copyFrom(get().graph, get().selection.nodes);
        if (!clipboard) return false;
        pasteCount = 0;
        set({ clipboard });
        return true;
      },
      paste() {
        const { clipboard } = get();
        if (!clipboard) return [];
        pasteCount += 1;
        const { graph, ids } = pasteInto(get().graph, clipboard, { x: PASTE_OFFSET * pasteCount, y: PASTE_OFFSET * pasteCount });
        commit(graph, { selection: { nodes: ids, edges: [] } });
        return ids;
      },
      undo() {
        const { past, future, graph, selection } = get();
        if (past.length === 0) return;
        lastEdit = null;
        const previous = past[past.length - 1];
        set({ graph: previous, past: past.slice(0, -1), future: [...future, graph].slice(-limit), selection: pruned(previous, selection), dragPositions: {}, travels: get().travels + 1 });
      },
      redo() {
        const { past, future, graph, selection } = get();
        if (future.length === 0) return;
        lastEdit = null;
        const next = future[future.length - 1];
        set({ graph: next, future: future.slice(0, -1), past: [...past, graph].slice(-limit), selection: pruned(next, selection), dragPositions: {}, travels: get().travels + 1 });
      },
      autoLayout(sizes) {
        commit(moveNodesIn(get().graph, layoutPositions(get().graph, sizes)));
      },
      setSettings(patch) {
        commit(withSettings(get().graph, patch), {}, 'settings');
      },
    };
  });
}

/** A loaded graph whose nodes all have positions: missing ones come from the automatic layout. */
function withPositions(graph: JourneyGraph): JourneyGraph {
  if (graph.nodes.every((node) => node.position)) return graph;
  const positions = layoutPositions(graph);
  return { ...graph, nodes: graph.nodes.map((node) => (node.position ? node : { ...node, position: positions[node.id] ?? { x: 0, y: 0 } })) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
