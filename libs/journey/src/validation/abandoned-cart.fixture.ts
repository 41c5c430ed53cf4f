import type { JourneyGraph } from '../graph/graph.types';

/** The demo abandoned cart (tools/seed/journeys/README.md): wait an hour, then email → SMS → Telegram until one lands. */
export const cart = (): JourneyGraph => ({
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'event', event: 'cart_abandoned' }, position: { x: 0, y: 0 } },
    { id: 'wait1', type: 'wait', config: { duration: 'PT1H' } },
    { id: 'remind', type: 'cascade', config: { steps: [
      { channel: 'email', templateId: 'cart-email', waitFor: 'opened', within: 'PT24H' },
      { channel: 'sms', templateId: 'cart-sms', waitFor: 'delivered', within: 'PT6H' },
      { channel: 'telegram', templateId: 'cart-tg' },
    ] } },
    { id: 'done', type: 'exit' },
  ],
  edges: [
    { from: 'start', to: 'wait1' },
    { from: 'wait1', to: 'remind' },
    { from: 'remind', handle: 'success', to: 'done' },
    { from: 'remind', handle: 'exhausted', to: 'done' },
  ],
  settings: { goal: { event: 'purchase', within: 'P7D' }, exitOnGoal: true, reentry: { mode: 'after_exit', cooldown: 'P30D' } },
});

/** The cart journey with one thing changed. */
export function cartWith(change: (graph: JourneyGraph) => void): JourneyGraph {
  const graph = cart();
  change(graph);
  return graph;
}
