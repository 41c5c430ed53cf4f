import type { JourneyGraph } from '../graph/graph.types';
import { cart, cartWith } from './abandoned-cart.fixture';
import { validateGraph } from './validate-graph';

const CHANNELS = ['email', 'sms', 'telegram'];

/** What the tests pin: who, where and what; messages are checked where they carry the point. */
function found(graph: JourneyGraph, channels?: readonly string[]) {
  return validateGraph({ graph, channels }).map(({ nodeId, edgeId, path, code }) => ({ nodeId, edgeId, path, code }));
}

const config = (graph: JourneyGraph, id: string) => graph.nodes.find((node) => node.id === id)!.config as Record<string, unknown>;

describe('validateGraph', () => {
  it('accepts the abandoned-cart journey', () => {
    expect(validateGraph({ graph: cart(), channels: CHANNELS })).toEqual([]);
  });

  it('unknown_node_type: a step whose type the engine does not know', () => {
    const graph = cartWith((g) => { g.nodes[3].type = 'finish'; });
    expect(found(graph)).toEqual([{ nodeId: 'done', path: 'nodes[3].type', code: 'unknown_node_type' }]);
  });

  it('duplicate_node_id: two steps with one id', () => {
    const graph = cartWith((g) => { g.nodes.push({ id: 'done', type: 'exit' }); });
    expect(found(graph)).toEqual([{ nodeId: 'done', path: 'nodes[4].id', code: 'duplicate_node_id' }]);
  });

  it('invalid_config: a setting that breaks the node type schema, at its precise path', () => {
    const graph = cartWith((g) => { config(g, 'wait1').duration = '1 hour'; });
    const problems = validateGraph({ graph });
    expect(problems.map(({ nodeId, path, code }) => ({ nodeId, path, code })))
      .toEqual([{ nodeId: 'wait1', path: 'nodes[1].config.duration', code: 'invalid_config' }]);
    expect(problems[0].message).toBe('Wait "wait1": duration must be an ISO-8601 duration such as PT30M, PT24H or P3D.');
  });

  it("a node type's own check: split weights that do not sum to 100", () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'ab', type: 'split', config: { variants: [{ id: 'a', weight: 50 }, { id: 'b', weight: 40 }] } },
        { id: 'done', type: 'exit' },
      ],
      edges: [{ from: 'start', to: 'ab' }, { from: 'ab', handle: 'a', to: 'done' }, { from: 'ab', handle: 'b', to: 'done' }],
    };
    expect(found(graph)).toEqual([{ nodeId: 'ab', path: 'nodes[1].config.variants', code: 'split_weights' }]);
  });

  it('a holdout: the control variant may stay unconnected, another variant may not', () => {
    const split = (control?: string): JourneyGraph => ({
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'ab', type: 'split', config: { variants: [{ id: 'holdout', weight: 10 }, { id: 'email', weight: 90 }], control } },
        { id: 'done', type: 'exit' },
      ],
      edges: [{ from: 'start', to: 'ab' }, { from: 'ab', handle: 'email', to: 'done' }],
    });
    expect(found(split('holdout'))).toEqual([]);
    expect(found(split())).toEqual([{ nodeId: 'ab', path: 'nodes[1]', code: 'unconnected_handle' }]);
    expect(found(split('email'))).toEqual([{ nodeId: 'ab', path: 'nodes[1]', code: 'unconnected_handle' }]);
  });

  it('winner_without_goal: a split winner rule in a journey that has no goal', () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'ab', type: 'split', config: { variants: [{ id: 'a', weight: 50 }, { id: 'b', weight: 50 }], winner: { minimumPerVariant: 1000, probability: 0.95 } } },
        { id: 'done', type: 'exit' },
      ],
      edges: [{ from: 'start', to: 'ab' }, { from: 'ab', handle: 'a', to: 'done' }, { from: 'ab', handle: 'b', to: 'done' }],
    };
    expect(found(graph)).toEqual([{ nodeId: 'ab', path: 'nodes[1].config.winner', code: 'winner_without_goal' }]);
    expect(found({ ...graph, settings: { goal: { event: 'purchase', within: 'P7D' } } })).toEqual([]);
    const certain = structuredClone(graph);
    (certain.nodes[1].config as { winner: { probability: number } }).winner.probability = 1;
    expect(found({ ...certain, settings: { goal: { event: 'purchase', within: 'P7D' } } }))
      .toEqual([{ nodeId: 'ab', path: 'nodes[1].config.winner.probability', code: 'invalid_config' }]);
  });

  it('condition_too_deep: a trigger filter nested deeper than MAX_CONDITION_DEPTH', () => {
    let filter: unknown = { attribute: 'city', op: 'eq', value: 'Kazan' };
    for (let level = 0; level < 8; level++) filter = { not: filter };
    const graph = cartWith((g) => { config(g, 'start').filter = filter; });
    expect(found(graph)).toEqual([{ nodeId: 'start', path: 'nodes[0].config.filter', code: 'condition_too_deep' }]);
  });

  it('trigger_count: none (on the graph) or more than one (on each extra trigger)', () => {
    expect(found({ nodes: [{ id: 'done', type: 'exit' }], edges: [] })).toEqual([{ path: 'nodes', code: 'trigger_count' }]);
    const twoTriggers = cartWith((g) => {
      g.nodes.push({ id: 'start2', type: 'trigger', config: { kind: 'api' } });
      g.edges.push({ from: 'start2', to: 'wait1' });
    });
    expect(found(twoTriggers)).toEqual([{ nodeId: 'start2', path: 'nodes[4]', code: 'trigger_count' }]);
  });

  it('dangling_edge: a connection to a step that does not exist', () => {
    const graph = cartWith((g) => { g.edges[3].to = 'nowhere'; });
    expect(found(graph)).toEqual([{ nodeId: 'remind', edgeId: 'remind.exhausted->nowhere', path: 'edges[3].to', code: 'dangling_edge' }]);
  });

  it('unknown_handle: a connection from an output the step does not have, or out of an exit', () => {
    const graph = cartWith((g) => { g.edges.push({ id: 'e-timeout', from: 'wait1', handle: 'timeout', to: 'done' }, { from: 'done', to: 'wait1' }); });
    expect(found(graph)).toEqual([
      { nodeId: 'wait1', edgeId: 'e-timeout', path: 'edges[4].handle', code: 'unknown_handle' },
      { nodeId: 'done', edgeId: 'done.next->wait1', path: 'edges[5].handle', code: 'unknown_handle' },
    ]);
  });

  it('duplicate_edge: two connections leaving one output', () => {
    const graph = cartWith((g) => { g.edges.push({ from: 'wait1', to: 'done' }); });
    expect(found(graph)).toEqual([{ nodeId: 'wait1', edgeId: 'wait1.next->done', path: 'edges[4]', code: 'duplicate_edge' }]);
  });

  it('edge_into_trigger: a connection leading back into the trigger', () => {
    const graph = cartWith((g) => { g.edges[3].to = 'start'; });
    expect(found(graph)).toEqual([{ nodeId: 'start', edgeId: 'remind.exhausted->start', path: 'edges[3].to', code: 'edge_into_trigger' }]);
  });

  it('unconnected_handle: a required output left unconnected, named in the message', () => {
    const graph = cartWith((g) => { g.edges.splice(3, 1); });
    const problems = validateGraph({ graph });
    expect(problems.map(({ nodeId, path, code }) => ({ nodeId, path, code })))
      .toEqual([{ nodeId: 'remind', path: 'nodes[2]', code: 'unconnected_handle' }]);
    expect(problems[0].message).toContain('"exhausted"');
  });

  it('unreachable_node: a step nothing leads to', () => {
    const graph = cartWith((g) => { g.nodes.push({ id: 'orphan', type: 'exit' }); });
    expect(found(graph)).toEqual([{ nodeId: 'orphan', path: 'nodes[4]', code: 'unreachable_node' }]);
  });

  it('cycle_without_wait: a loop with no step that takes time, reported once with its steps', () => {
    const graph: JourneyGraph = {
      nodes: [
        { id: 'start', type: 'trigger', config: { kind: 'api' } },
        { id: 'check', type: 'branch', config: { rules: [{ id: 'vip', condition: { attribute: 'vip', op: 'eq', value: true } }] } },
        { id: 'tag', type: 'update_contact', config: { addTags: ['checked'] } },
        { id: 'done', type: 'exit' },
      ],
      edges: [
        { from: 'start', to: 'check' },
        { from: 'check', handle: 'vip', to: 'done' },
        { from: 'check', handle: 'else', to: 'tag' },
        { from: 'tag', to: 'check' },
      ],
    };
    const problems = validateGraph({ graph });
    expect(problems.map(({ nodeId, path, code }) => ({ nodeId, path, code })))
      .toEqual([{ nodeId: 'check', path: 'nodes[1]', code: 'cycle_without_wait' }]);
    expect(problems[0].message).toContain('"check" → "tag" → "check"');
  });

  it('cascade_no_steps: reported instead of (not beside) the schema minItems error', () => {
    const graph = cartWith((g) => { config(g, 'remind').steps = []; });
    expect(found(graph)).toEqual([{ nodeId: 'remind', path: 'nodes[2].config.steps', code: 'cascade_no_steps' }]);
  });

  it('unknown_channel: a cascade step through a channel the workspace lacks', () => {
    expect(found(cart(), ['email', 'sms'])).toEqual([{ nodeId: 'remind', path: 'nodes[2].config.steps[2].channel', code: 'unknown_channel' }]);
  });

  it("invalid_channel_config: a step's channel settings against that channel's schema, plug-ins included", () => {
    const viber = { type: 'viber', configSchema: { type: 'object', additionalProperties: false, properties: { buttonText: { type: 'string', maxLength: 30 } } } };
    const graph = cartWith((g) => {
      const steps = config(g, 'remind').steps as Record<string, unknown>[];
      steps[2] = { channel: 'viber', content: { body: 'Hi' }, buttonText: 'x'.repeat(31), colour: 'red' };
    });
    const problems = validateGraph({ graph, channels: [...CHANNELS, viber] });
    expect(problems.map(({ nodeId, path, code }) => ({ nodeId, path, code }))).toEqual([
      { nodeId: 'remind', path: 'nodes[2].config.steps[2].colour', code: 'invalid_channel_config' },
      { nodeId: 'remind', path: 'nodes[2].config.steps[2].buttonText', code: 'invalid_channel_config' },
    ]);
    expect(problems[1].message).toMatch(/^Cascade .*: the viber settings \(buttonText\) /);
    const fixed = cartWith((g) => {
      (config(g, 'remind').steps as Record<string, unknown>[])[2] = { channel: 'viber', content: { body: 'Hi' }, buttonText: 'Open' };
    });
    expect(validateGraph({ graph: fixed, channels: [...CHANNELS, viber] })).toEqual([]);
  });

  it('invalid_settings: a goal window that is not an ISO duration', () => {
    const graph = cartWith((g) => { g.settings!.goal!.within = 'a week'; });
    expect(found(graph)).toEqual([{ path: 'settings.goal.within', code: 'invalid_settings' }]);
  });

  it('reports malformed input as problems instead of throwing', () => {
    const garbage = (graph: unknown) => validateGraph({ graph: graph as JourneyGraph }).map(({ path, code }) => `${path} ${code}`);
    expect(garbage({ nodes: 'x' })).toEqual(['nodes invalid_graph', 'edges invalid_graph', 'nodes trigger_count']);
    expect(garbage(null)).toContain(' invalid_graph');
    expect(garbage({
      nodes: [null, { type: 'exit' }, { id: 'start', type: 'trigger', config: null }, { id: 'x', type: 7 }],
      edges: ['e', { from: 'start' }, { from: 'start', to: 'x', handle: 3 }],
      settings: { goal: 'purchase', reentry: { mode: 'sometimes' } },
    })).toEqual([
      'nodes[0] invalid_node', 'nodes[1].id invalid_node', 'edges[0] invalid_edge',
      'nodes[3].type unknown_node_type', 'nodes[2].config invalid_config',
      'edges[1].to dangling_edge', 'edges[2].handle unknown_handle',
      'settings.goal invalid_settings', 'settings.reentry.mode invalid_settings',
    ]);
  });
});
