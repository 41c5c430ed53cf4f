import type { NodeHandler } from '../runtime/node-handler';

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
  *run({ config }) {
    return { exit: config.reason ?? 'exit' };
  },
};
