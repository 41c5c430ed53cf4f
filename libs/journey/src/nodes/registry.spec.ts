import type { JourneyGraph } from '../graph/graph.types';
import { validateGraph } from '../validation';
import type { NodeHandler } from '../runtime/node-handler';
import { nodeHandlers } from './registry';

describe('node catalogue', () => {
  it.each(Object.values(nodeHandlers).filter((handler) => handler.type !== 'trigger'))(
    'a new $type node starts with a config that passes validation',
    (handler) => {
      const config = handler.defaultConfig as Record<string, unknown>;
      const handles = (handler as NodeHandler<unknown>).handles(config);
      const graph: JourneyGraph = {
        nodes: [
          { id: 'start', type: 'trigger', config: nodeHandlers.trigger.defaultConfig as Record<string, unknown> },
          { id: 'node', type: handler.type, config },
          ...(handles.length ? [{ id: 'end', type: 'exit' }] : []),
        ],
        edges: [{ from: 'start', to: 'node' }, ...handles.map((handle) => ({ from: 'node', handle, to: 'end' }))],
      };
      expect(validateGraph({ graph })).toEqual([]);
    },
  );
});
