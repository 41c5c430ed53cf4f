import { conditionReferences } from '../conditions/condition-references';
import { conditionDefs, conditionRef } from '../conditions/condition.schema';
import type { Condition } from '../conditions/condition.types';
import { contactSubject, evaluateCondition } from '../conditions/evaluate-condition';
import type { NodeHandler } from '../runtime/node-handler';
import { idSchema } from './shared-schemas';
import { isRecord } from '../is-record';
import { conditionSegments, itemLabel, loose, objects } from './node-reading';

export interface BranchConfig {
  rules: { id: string; label?: string; condition: Condition }[];
}

/** The first rule whose condition holds picks the handle (its id); none → `else`. */
export const branchNode: NodeHandler<BranchConfig> = {
  type: 'branch',
  label: 'Branch',
  defaultConfig: { rules: [{ id: 'rule_1', label: 'Rule 1', condition: { attribute: 'city', op: 'exists' } }] },
  configSchema: {
    $defs: conditionDefs,
    type: 'object',
    required: ['rules'],
    additionalProperties: false,
    properties: {
      rules: {
        type: 'array', minItems: 1, maxItems: 20,
        items: { type: 'object', required: ['id', 'condition'], additionalProperties: false,
          properties: { id: idSchema, label: { type: 'string', maxLength: 200 }, condition: conditionRef } },
      },
    },
  },
  handles: (config) => [...(config.rules ?? []).map((rule) => rule.id), 'else'],
  waits: () => false,
  check: (config) =>
    (config.rules ?? []).flatMap((rule, index) =>
      rule.id === 'else' || config.rules.findIndex((other) => other.id === rule.id) !== index
        ? [{ path: `rules[${index}].id`, code: 'duplicate_handle', message: `rule id "${rule.id}" is used twice or is reserved` }]
        : [],
    ),
  references: (config) => {
    const { rules } = loose(config);
    if (!Array.isArray(rules)) return {};
    const conditions = rules.map((rule: unknown, index) => ({ path: `rules[${index}].condition`, value: isRecord(rule) ? rule.condition : undefined }));
    return {
      conditions,
      segments: conditions.flatMap(({ path, value }) => conditionSegments(value).map((id) => ({ path, value: id }))),
    };
  },
  summary: (config) => {
    const rules = objects(loose(config).rules);
    return `${rules.length} rule${rules.length === 1 ? '' : 's'} + else`;
  },
  handleLabel: (config, handle) => itemLabel(loose(config).rules, handle),
  *run({ config }) {
    const resume = yield { kind: 'load_context', ...conditionReferences(config.rules.map((rule) => rule.condition)) };
    if (resume.kind !== 'context') throw new Error(`load_context answered with ${resume.kind}`);
    const context = { subject: contactSubject(resume.contact), events: resume.events, segments: new Set(resume.segments), now: resume.now };
    const match = config.rules.find((rule) => evaluateCondition(rule.condition, context));
    return { handle: match?.id ?? 'else' };
  },
};
