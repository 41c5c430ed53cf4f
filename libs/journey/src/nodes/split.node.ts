import { assignVariant } from '../runtime/assign-variant';
import type { NodeHandler } from '../runtime/node-handler';
import { idSchema } from './shared-schemas';
import { itemLabel, loose, objects } from './node-reading';

export interface SplitConfig {
  variants: { id: string; label?: string; weight: number }[];
  /** The variant others are compared with; its output may stay unconnected, so it sends nothing (a holdout). */
  control?: string;
  /** Once every variant has `minimumPerVariant` contacts and one is best with `probability`, new contacts go to it. */
  winner?: WinnerRuleConfig;
}

export interface WinnerRuleConfig {
  minimumPerVariant: number;
  probability: number;
}

/** The step event reason of a contact sent to the chosen winner rather than randomised: experiments leave those out. */
export const WINNER_ASSIGNMENT = 'winner';

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
      winner: {
        type: 'object', required: ['minimumPerVariant', 'probability'], additionalProperties: false,
        properties: {
          minimumPerVariant: { type: 'integer', minimum: 1, maximum: 100_000_000 },
          probability: { type: 'number', minimum: 0.5, exclusiveMaximum: 1 },
        },
      },
    },
  },
  handles: (config) => (config.variants ?? []).map((variant) => variant.id),
  // A holdout: contacts in the control leave the journey and still count, so lift is measured against doing nothing.
  optionalHandles: (config) => (config.control ? [config.control] : []),
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
  summary: (config) => {
    const variants = objects(loose(config).variants);
    return `${variants.map((variant) => String(variant.weight ?? '?')).join('/')} ${variants.map((variant) => String(variant.label ?? variant.id ?? '?')).join('/')}`;
  },
  handleLabel: (config, handle) => itemLabel(loose(config).variants, handle),
  *run({ config, contact, journeyId, node }) {
    if (config.winner) {
      const answer = yield { kind: 'load_split_winner', nodeId: node.id };
      const winner = answer.kind === 'split_winner' ? answer.variantId : null;
      if (winner && config.variants.some((variant) => variant.id === winner)) return { handle: winner, variant: winner, reason: WINNER_ASSIGNMENT };
    }
    const variant = assignVariant({ contactId: contact.id, journeyId, nodeId: node.id, variants: config.variants });
    return { handle: variant, variant };
  },
};
