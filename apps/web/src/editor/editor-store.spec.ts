import { describe, expect, it } from '@jest/globals';
import { generateLargeJourney, validateGraph, type JourneyGraph } from '@cascade/journey';
import { layoutPositions } from './auto-layout';
import { createEditorStore, HISTORY_LIMIT, selectProblems } from './editor-store';

const base = (): JourneyGraph => ({
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'event', event: 'cart_abandoned' }, position: { x: 0, y: 0 } },
    { id: 'wait1', type: 'wait', config: { duration: 'PT1H' }, position: { x: 300, y: 0 } },
    { id: 'done', type: 'exit', position: { x: 600, y: 0 } },
  ],
  edges: [{ from: 'start', to: 'wait1' }, { from: 'wait1', to: 'done' }],
});

function setup(graph = base()) {
  let clock = 0;
  const store = createEditorStore({ graph, now: () => clock });
  return { store, state: () => store.getState(), tick: (ms: number) => { clock += ms; } };
}

describe('editor store', () => {
  it('adds a node with a fresh id, its default config and the palette channel, and selects it', () => {
    const { state } = setup();
    const wait = state().addNode('wait', { x: 10.4, y: 20.6 });
    expect(wait).toBe('wait_1');
    expect(state().graph.nodes.at(-1)).toEqual({ id: 'wait_1', type: 'wait', config: { duration: 'P1D' }, position: { x: 10, y: 21 } });
    expect(state().selection.nodes).toEqual(['wait_1']);
    const send = state().addNode('send', { x: 0, y: 0 }, 'sms');
    expect(state().graph.nodes.find((node) => node.id === send)?.config?.channel).toBe('sms');
    const cascade = state().addNode('cascade', { x: 0, y: 0 }, 'telegram');
    expect((state().graph.nodes.find((node) => node.id === cascade)?.config?.steps as { channel: string }[])[0].channel).toBe('telegram');
    expect(state().addNode('wait', { x: 0, y: 0 })).toBe('wait_2');
  });

  it('connects outputs, replacing the edge an output already had, and refuses bad connections', () => {
    const { state } = setup();
    const send = state().addNode('send', { x: 0, y: 0 });
    expect(state().connect('wait1', 'next', send).ok).toBe(true);
    expect(state().graph.edges.filter((edge) => edge.from === 'wait1')).toEqual([{ from: 'wait1', to: send }]);
    expect(state().connect(send, 'failed', 'done')).toMatchObject({ ok: true });
    expect(state().graph.edges.at(-1)).toEqual({ from: send, handle: 'failed', to: 'done' });
    expect(state().connect(send, 'failed', 'done')).toEqual({ ok: false, reason: 'duplicate' });
    expect(state().connect('wait1', 'next', 'start')).toEqual({ ok: false, reason: 'into_trigger' });
    expect(state().connect('wait1', 'nope', 'done')).toEqual({ ok: false, reason: 'unknown_handle' });
    expect(state().connect('done', 'next', 'wait1')).toEqual({ ok: false, reason: 'unknown_handle' });
    expect(state().connect('wait1', 'next', 'wait1')).toEqual({ ok: false, reason: 'self' });
    expect(state().connect('ghost', 'next', 'done')).toEqual({ ok: false, reason: 'unknown_node' });
  });

  it('deletes the selection: nodes take their edges with them, selected edges go alone', () => {
    const { state } = setup();
    state().select({ nodes: ['wait1'] });
    state().deleteSelection();
    expect(state().graph.nodes.map((node) => node.id)).toEqual(['start', 'done']);
    expect(state().graph.edges).toEqual([]);
    expect(state().selection.nodes).toEqual([]);
    state().undo();
    state().select({ nodes: [], edges: ['start.next->wait1'] });
    state().deleteSelection();
    expect(state().graph.edges).toEqual([{ from: 'wait1', to: 'done' }]);
  });

  it('lets the trigger be deleted, and validation then says the journey has none', () => {
    const { state } = setup();
    state().deleteElements(['start'], []);
    expect(selectProblems(state()).general.map((problem) => problem.code)).toContain('trigger_count');
  });

  it('undoes and redoes every kind of edit, and a new edit clears redo', () => {
    const { state } = setup();
    const original = state().graph;
    state().addNode('wait', { x: 0, y: 0 });
    const withWait = state().graph;
    state().updateNode('wait1', { label: 'An hour' });
    state().undo();
    expect(state().graph).toBe(withWait);
    state().undo();
    expect(state().graph).toBe(original);
    expect(state().past).toHaveLength(0);
    state().undo();
    expect(state().graph).toBe(original);
    state().redo();
    expect(state().graph).toBe(withWait);
    state().setSettings({ exitOnGoal: true });
    expect(state().future).toHaveLength(0);
    state().redo();
    expect(state().graph.settings).toEqual({ exitOnGoal: true });
  });

  it('bounds the history', () => {
    const { state } = setup();
    for (let index = 0; index < HISTORY_LIMIT + 20; index += 1) state().moveNodes({ wait1: { x: index, y: 1 } });
    expect(state().past).toHaveLength(HISTORY_LIMIT);
  });

  it('records a drag as one step however many positions it went through', () => {
    const { state } = setup();
    const before = state().graph;
    for (let x = 0; x < 50; x += 1) state().setDragPositions({ wait1: { x, y: 5 } });
    expect(state().graph).toBe(before);
    state().endDrag();
    expect(state().graph.nodes[1].position).toEqual({ x: 49, y: 5 });
    expect(state().dragPositions).toEqual({});
    expect(state().past).toEqual([before]);
    state().undo();
    expect(state().graph.nodes[1].position).toEqual({ x: 300, y: 0 });
  });

  it('merges quick successive edits of one node into one undo step', () => {
    const { state, tick } = setup();
    state().updateNode('wait1', { label: 'A' });
    tick(200);
    state().updateNode('wait1', { label: 'An' });
    tick(200);
    state().updateNode('wait1', { label: 'An hour', config: { duration: 'PT2H' } });
    expect(state().past).toHaveLength(1);
    tick(5_000);
    state().updateNode('wait1', { label: '' });
    expect(state().graph.nodes[1]).not.toHaveProperty('label');
    expect(state().past).toHaveLength(2);
    state().undo();
    expect(state().graph.nodes[1]).toMatchObject({ label: 'An hour', config: { duration: 'PT2H' } });
  });

  it('copies and pastes nodes with new ids, shifted, keeping the edges between them', () => {
    const { state } = setup();
    state().select({ nodes: ['wait1', 'done'] });
    expect(state().copySelection()).toBe(true);
    const pasted = state().paste();
    expect(pasted).toEqual(['wait_1', 'exit_1']);
    expect(state().graph.nodes.slice(-2)).toEqual([
      { id: 'wait_1', type: 'wait', config: { duration: 'PT1H' }, position: { x: 340, y: 40 } },
      { id: 'exit_1', type: 'exit', position: { x: 640, y: 40 } },
    ]);
    expect(state().graph.edges.at(-1)).toEqual({ from: 'wait_1', to: 'exit_1' });
    expect(state().graph.edges.filter((edge) => edge.to === 'wait_1')).toEqual([]);
    expect(state().selection.nodes).toEqual(pasted);
    expect(state().paste()).toEqual(['wait_2', 'exit_2']);
    expect(state().graph.nodes.at(-1)?.position).toEqual({ x: 680, y: 80 });
    // Copies do not share config objects with their originals.
    expect(state().graph.nodes[1].config).not.toBe(state().graph.nodes[3].config);
  });

  it('lays the journey out left to right with outputs in handle order', () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 't', type: 'trigger', config: { kind: 'api' } },
        { id: 's', type: 'split', config: { variants: [{ id: 'a', weight: 40 }, { id: 'b', weight: 30 }, { id: 'c', weight: 30 }] } },
        { id: 'x', type: 'exit' }, { id: 'y', type: 'exit' }, { id: 'z', type: 'exit' },
      ],
      edges: [{ from: 't', to: 's' }, { from: 's', handle: 'c', to: 'x' }, { from: 's', handle: 'b', to: 'y' }, { from: 's', handle: 'a', to: 'z' }],
    };
    const { state } = setup(graph);
    // Loading filled in the missing positions.
    expect(state().graph.nodes.every((node) => node.position)).toBe(true);
    state().autoLayout();
    const at = (id: string) => state().graph.nodes.find((node) => node.id === id)!.position!;
    expect(at('t').x).toBeLessThan(at('s').x);
    expect(at('s').x).toBeLessThan(at('z').x);
    expect(at('z').y).toBeLessThan(at('y').y);
    expect(at('y').y).toBeLessThan(at('x').y);
    expect(Object.keys(layoutPositions(generateLargeJourney(60)))).toHaveLength(60);
  });

  it('sets and clears journey settings', () => {
    const { state } = setup();
    state().setSettings({ goal: { event: 'purchase', within: 'P7D' }, reentry: { mode: 'never' } });
    state().setSettings({ goal: undefined });
    expect(state().graph.settings).toEqual({ reentry: { mode: 'never' } });
  });
});

describe('validation as you edit', () => {
  it('reports an unconnected output on its node and forgets it once connected', () => {
    const { state } = setup();
    expect(selectProblems(state()).all).toEqual([]);
    const send = state().addNode('send', { x: 0, y: 0 }, 'email');
    const problems = selectProblems(state());
    expect(problems.byNode[send]?.map((problem) => problem.code)).toEqual(expect.arrayContaining(['unconnected_handle', 'unreachable_node']));
    state().connect('wait1', 'next', send);
    state().connect(send, 'next', 'done');
    expect(selectProblems(state()).byNode[send]).toBeUndefined();
    expect(selectProblems(state()).all).toEqual([]);
  });

  it('memoises per graph and keeps unchanged per-node problem lists', () => {
    const { state } = setup();
    const orphan = state().addNode('wait', { x: 0, y: 0 });
    const first = selectProblems(state());
    expect(selectProblems(state())).toBe(first);
    state().select({ nodes: [] });
    expect(selectProblems(state())).toBe(first);
    state().updateNode('done', { label: 'The end' });
    const second = selectProblems(state());
    expect(second).not.toBe(first);
    expect(second.byNode[orphan]).toBe(first.byNode[orphan]);
  });

  it('checks channels once they are known', () => {
    const { state } = setup();
    const send = state().addNode('send', { x: 0, y: 0 }, 'pigeon');
    expect(selectProblems(state()).byNode[send]?.map((problem) => problem.code)).not.toContain('unknown_channel');
    state().setChannels([{ type: 'email' }, { type: 'sms' }]);
    expect(selectProblems(state()).byNode[send]?.map((problem) => problem.code)).toContain('unknown_channel');
  });
});

describe('generateLargeJourney', () => {
  it.each([3, 7, 50, 200, 201])('builds a valid journey of exactly %i nodes', (n) => {
    const graph = generateLargeJourney(n);
    expect(graph.nodes).toHaveLength(n);
    expect(new Set(graph.nodes.map((node) => node.id)).size).toBe(n);
    expect(validateGraph({ graph })).toEqual([]);
  });
});

describe('no-op edits', () => {
  it('add no undo step when nothing changes (a click that moves nothing, the same label, the same settings)', () => {
    const { state } = setup();
    state().moveNodes({ wait1: { x: 300, y: 0 } });
    state().updateNode('wait1', { config: { duration: 'PT1H' } });
    state().updateNode('wait1', { label: '' });
    state().setSettings({});
    expect(state().past).toHaveLength(0);
  });
});
