import { assignVariant } from '../runtime/assign-variant';
import type { NodeHandler } from '../runtime/node-handler';
import { idSchema } from './shared-schemas';

export interface SplitConfig {
  variants: { id: string; label?: string; weight: number }[];
  /** The variant others are compared with; it may send nothing (a holdout). */
  control?: string;
}

/** A/B split: each contact goes to one variant, deterministically (see assignVariant). */
export const splitNode: NodeHandler<SplitConfig> = {
  type: 'split',
  label: 'A/B split',
  defaultConfig: { variants: [{ id: 'a', label: 'A', weight: 50 }, { id: 'b', label: 'B', weight: 50 }], control: 'a' },
  configSchema: {
    type: 'object',
    required: ['variants'],
    additionalProperties: false,
    properties: {
      variants: {
        type: 'array', minItems: 2, maxItems: 10,
        items: { type: 'object', required: ['id', 'weight'], additionalProperties: false,
          properties: { id: idSchema, label: { type: 'string', maxLength: 200 }, weight: { type: 'number', exclusiveMinimum: 0, maximum: 100 } } },
      },
      control: idSchema,
    },
  },
  handles: (config) => (config.variants ?? []).map((variant) => variant.id),
  waits: () => false,
  check(config) {
    const variants = config.variants ?? [];
    const problems = variants.flatMap((variant, index) =>
      variants.findIndex((other) => other.id === variant.id) !== index
        ? [{ path: `variants[${index}].id`, code: 'duplicate_handle', message: `variant id "${variant.id}" is used twice` }]
        : [],
    );
    const total = variants.reduce((sum, variant) => sum + (variant.weight ?? 0), 0);
    if (Math.abs(total - 100) > 1e-9) {
      problems.push({ path: 'variants', code: 'split_weights', message: `variant weights sum to ${total}, not 100` });
    }
    if (config.control !== undefined && !variants.some((variant) => variant.id === config.control)) {
      problems.push({ path: 'control', code: 'unknown_variant', message: `control "${config.control}" is not a variant` });
    }
    return problems;
  },
  *run({ config, contact, journeyId, node }) {
    const variant = assignVariant({ contactId: contact.id, journeyId, nodeId: node.id, variants: config.variants });
    return { handle: variant, variant };
  },
};
