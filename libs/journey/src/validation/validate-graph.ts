import type { JourneyGraph } from '../graph/graph.types';
import type { GraphProblem } from './graph-problem';
import type { GraphRule } from './graph-view';
import { readGraph } from './read-graph';
import { cascadeNoStepsRule } from './rules/cascade-no-steps.rule';
import { channelConfigRule } from './rules/channel-config.rule';
import { conditionDepthRule } from './rules/condition-depth.rule';
import { cycleWithoutWaitRule } from './rules/cycle-without-wait.rule';
import { danglingEdgeRule } from './rules/dangling-edge.rule';
import { duplicateEdgeRule } from './rules/duplicate-edge.rule';
import { duplicateNodeIdRule } from './rules/duplicate-node-id.rule';
import { edgeIntoTriggerRule } from './rules/edge-into-trigger.rule';
import { invalidConfigRule } from './rules/invalid-config.rule';
import { invalidSettingsRule } from './rules/invalid-settings.rule';
import { nodeCheckRule } from './rules/node-check.rule';
import { splitWinnerGoalRule } from './rules/split-winner-goal.rule';
import { triggerCountRule } from './rules/trigger-count.rule';
import { unconnectedHandleRule } from './rules/unconnected-handle.rule';
import { unknownChannelRule } from './rules/unknown-channel.rule';
import { unknownHandleRule } from './rules/unknown-handle.rule';
import { unknownNodeTypeRule } from './rules/unknown-node-type.rule';
import { unreachableNodeRule } from './rules/unreachable-node.rule';

/** A channel as validation sees it: its type and, optionally, the JSON Schema of its node settings. */
export interface ChannelSpec {
  type: string;
  configSchema?: Record<string, unknown>;
}

/** In the order a marketer would fix things: steps, their settings, then how they are connected. */
const RULES: readonly GraphRule[] = [
  unknownNodeTypeRule, duplicateNodeIdRule, invalidConfigRule, nodeCheckRule, cascadeNoStepsRule, unknownChannelRule, channelConfigRule,
  conditionDepthRule, triggerCountRule, danglingEdgeRule, unknownHandleRule, duplicateEdgeRule, edgeIntoTriggerRule,
  unconnectedHandleRule, unreachableNodeRule, cycleWithoutWaitRule, invalidSettingsRule, splitWinnerGoalRule,
];

/**
 * Why a journey graph cannot be published, or `[]` when it can (docs/journeys.md#what-publishing-requires). Shared by the API,
 * the worker and the editor; it takes untrusted input and reports, never throws.
 */
export function validateGraph({ graph, channels }: { graph: JourneyGraph; channels?: readonly (string | ChannelSpec)[] }): GraphProblem[] {
  const { view, problems } = readGraph({ graph });
  const specs = Array.isArray(channels) ? channels.map((channel) => (typeof channel === 'string' ? { type: channel } : channel)) : undefined;
  const input = {
    graph: view,
    channels: specs?.map((spec) => spec.type),
    channelSchemas: specs && new Map(specs.flatMap((spec) => (spec.configSchema ? [[spec.type, spec.configSchema] as const] : []))),
  };
  return withoutSuperseded([...problems, ...RULES.flatMap((rule) => applied(rule, input))]);
}

/** A rule that fails (a plug-in node's `check`, say) costs its own findings, not the whole answer. */
function applied(rule: GraphRule, input: Parameters<GraphRule>[0]): GraphProblem[] {
  try {
    return rule(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ path: '', code: 'validation_failed', message: `Part of the journey could not be checked (${rule.name}: ${reason}).` }];
  }
}

/** A specific problem (cascade_no_steps...) replaces the generic schema one at the same place. */
function withoutSuperseded(problems: GraphProblem[]): GraphProblem[] {
  const specific = new Set(problems.filter((problem) => problem.code !== 'invalid_config').map((problem) => problem.path));
  return problems.filter((problem) => problem.code !== 'invalid_config' || !specific.has(problem.path));
}
