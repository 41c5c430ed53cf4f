import type { JourneyEdge, JourneyGraph, JourneyNode } from './graph.types';

const COLUMN = 300;
const ROW = 200;

type Output = { from: string; handle?: string };

/**
 * A valid journey of exactly `n` nodes (n ≥ 3) for benchmarks: a trigger, then segments of
 * `wait → A/B split → (A: send email | B: cascade email → SMS)` whose outputs all rejoin the next
 * segment, waits to make up the count, and an exit. Nodes are placed on a left-to-right grid.
 */
export function generateLargeJourney(n: number): JourneyGraph {
  if (!Number.isInteger(n) || n < 3) throw new Error('a journey needs at least 3 nodes (trigger, a step, exit)');
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  let column = 0;
  let open: Output[] = [];

  const place = (node: Omit<JourneyNode, 'position'>, row = 0) => {
    nodes.push({ ...node, position: { x: column * COLUMN, y: row * ROW } });
    return node.id;
  };
  /** Connects every output left open to `to`. */
  const join = (to: string) => {
    for (const output of open) edges.push(output.handle ? { from: output.from, handle: output.handle, to } : { from: output.from, to });
  };

  open = [{ from: place({ id: 'start', type: 'trigger', config: { kind: 'event', event: 'signed_up' } }) }];
  for (let segment = 1; nodes.length + 4 <= n - 1; segment += 1) {
    column += 1;
    const wait = place({ id: `wait_${segment}`, type: 'wait', config: { duration: 'P1D' } });
    join(wait);
    column += 1;
    const split = place({ id: `split_${segment}`, type: 'split', config: {
      variants: [{ id: 'a', label: 'A', weight: 50 }, { id: 'b', label: 'B', weight: 50 }] } });
    edges.push({ from: wait, to: split });
    column += 1;
    const send = place({ id: `send_${segment}`, type: 'send', config: { channel: 'email', templateId: `welcome-${segment}` } }, -0.5);
    const cascade = place({ id: `cascade_${segment}`, type: 'cascade', config: { steps: [
      { channel: 'email', templateId: `nudge-${segment}`, waitFor: 'opened', within: 'PT24H' },
      { channel: 'sms', templateId: `nudge-sms-${segment}` },
    ] } }, 0.5);
    edges.push({ from: split, handle: 'a', to: send }, { from: split, handle: 'b', to: cascade });
    open = [{ from: send }, { from: cascade, handle: 'success' }, { from: cascade, handle: 'exhausted' }];
  }
  while (nodes.length < n - 1) {
    column += 1;
    const wait = place({ id: `pause_${nodes.length}`, type: 'wait', config: { duration: 'PT1H' } });
    join(wait);
    open = [{ from: wait }];
  }
  column += 1;
  join(place({ id: 'done', type: 'exit' }));
  return { nodes, edges, settings: { goal: { event: 'purchase', within: 'P7D' }, exitOnGoal: true, reentry: { mode: 'never' } } };
}
