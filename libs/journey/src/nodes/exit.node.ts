import type { NodeHandler } from '../runtime/node-handler';
import { loose } from './node-reading';

export interface ExitConfig {
  reason?: string;
}

export const exitNode: NodeHandler<ExitConfig> = {
  type: 'exit',
  label: 'Exit',
  defaultConfig: {},
  configSchema: { type: 'object', additionalProperties: false, properties: { reason: { type: 'string', maxLength: 200 } } },
  handles: () => [],
  waits: () => false,
  summary: (config) => {
    const { reason } = loose(config);
    return typeof reason === 'string' && reason ? `exit: ${reason}` : 'end of journey';
  },
  *run({ config }) {
    return { exit: config.reason ?? 'exit' };
  },
};
