import { conditionDefs, conditionRef } from '../../conditions/condition.schema';
import type { ReentryMode } from '../../graph/graph.types';
import { isDuration } from '../../time/duration';
import { joinPath, type GraphProblem } from '../graph-problem';
import { isRecord } from '../../is-record';
import type { RuleInput } from '../graph-view';
import { schemaIssues } from '../schema/schema-validation';

const REENTRY_MODES: readonly ReentryMode[] = ['never', 'always', 'after_exit'];
const CONDITION_SCHEMA = { $defs: conditionDefs, ...conditionRef };
const DURATION = 'an ISO-8601 duration such as P7D or PT12H';

/** The journey-wide settings: goal, exit on goal, re-entry (docs/journeys.md#the-graph-contract). */
export function invalidSettingsRule({ graph }: RuleInput): GraphProblem[] {
  const { settings } = graph;
  if (settings === undefined) return [];
  if (!isRecord(settings)) return [problem('settings', 'The journey settings must be a group of settings.')];
  const problems: GraphProblem[] = [];
  const { goal, reentry, exitOnGoal } = settings;
  if (isRecord(goal)) {
    if (typeof goal.event !== 'string' || goal.event.trim() === '') {
      problems.push(problem('settings.goal.event', 'The goal needs the name of the event that counts as a conversion.'));
    }
    if (!isDuration(goal.within)) problems.push(problem('settings.goal.within', `The goal's time window (within) must be ${DURATION}.`));
    if (goal.filter !== undefined) {
      for (const issue of schemaIssues({ schema: CONDITION_SCHEMA, value: goal.filter })) {
        problems.push(problem(joinPath('settings.goal.filter', issue.path), issue.path ? `The goal's filter: ${issue.path} ${issue.message}.` : `The goal's filter ${issue.message}.`));
      }
    }
  } else if (goal !== undefined) {
    problems.push(problem('settings.goal', 'The goal must say which event counts as a conversion and within what time.'));
  }
  if (exitOnGoal !== undefined && typeof exitOnGoal !== 'boolean') {
    problems.push(problem('settings.exitOnGoal', '"Exit on goal" must be true or false.'));
  }
  if (isRecord(reentry)) {
    if (!REENTRY_MODES.includes(reentry.mode as ReentryMode)) {
      problems.push(problem('settings.reentry.mode', `Re-entry must be one of ${REENTRY_MODES.join(', ')}.`));
    }
    if (reentry.cooldown !== undefined && !isDuration(reentry.cooldown)) {
      problems.push(problem('settings.reentry.cooldown', `The re-entry cooldown must be ${DURATION}.`));
    }
  } else if (reentry !== undefined) {
    problems.push(problem('settings.reentry', 'Re-entry must say its mode: never, always or after_exit.'));
  }
  return problems;
}

function problem(path: string, message: string): GraphProblem {
  return { path, code: 'invalid_settings', message };
}
