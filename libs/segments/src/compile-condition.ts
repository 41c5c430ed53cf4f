import type { Condition } from '@cascade/journey';
import { SegmentConditionError } from './segment-condition.error';
import type { CompileContext } from './sql/compile-context';
import { comparisonSql } from './sql/comparison-sql';
import { eventConditionSql } from './sql/event-condition-sql';
import { messageConditionSql } from './sql/message-condition-sql';
import { segmentConditionSql } from './sql/segment-condition-sql';
import { SqlParams } from './sql/sql-params';
import { subjectValueSql } from './sql/subject-sql';
import { validateSegmentCondition } from './validate-segment-condition';

export interface CompileConditionOptions {
  /** The placeholder number the caller binds to the workspace id (1 for `$1`). */
  workspaceParam: number;
  /** How many placeholders the caller binds before ours; ours follow. Defaults to workspaceParam. */
  paramOffset?: number;
  /** The instant windows are measured from; now by default. */
  now?: string;
  /** Where inSegment reads memberships: (segment_id, contact_id, exited_at). */
  membershipTable?: string;
}

export interface CompiledCondition {
  /** A predicate over `contacts c`, including the workspace: `SELECT c.id FROM contacts c WHERE <sql>`. */
  sql: string;
  /** Bound after the caller's own parameters. */
  params: unknown[];
}

const TABLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A segment condition (docs/journeys.md#conditions, docs/segments-and-analytics.md) as parameterised SQL with the evaluator's semantics:
 * the same contacts match in Postgres as evaluateCondition() finds in memory. Every value,
 * attribute name and pattern is a `$n` parameter; the only words spliced into the SQL are ours.
 */
export function compileCondition(input: unknown, options: CompileConditionOptions): CompiledCondition {
  const condition = validateSegmentCondition(input);
  const { workspaceParam, membershipTable = 'segment_memberships' } = options;
  if (!Number.isInteger(workspaceParam) || workspaceParam < 1) {
    throw new SegmentConditionError('compile_options_invalid', 'workspaceParam must be a placeholder number such as 1');
  }
  if (!TABLE_NAME.test(membershipTable)) {
    throw new SegmentConditionError('compile_options_invalid', 'membershipTable must be a plain lower-case table name');
  }
  const params = new SqlParams(options.paramOffset ?? workspaceParam);
  let aliases = 0;
  const context: CompileContext = {
    params,
    subject: { kind: 'contact' },
    now: options.now ?? new Date().toISOString(),
    workspace: `$${workspaceParam}::uuid`,
    membershipTable: `"${membershipTable}"`,
    alias: (prefix) => `${prefix}${++aliases}`,
    compile: (part, subject) => compilePart(part, subject ? { ...context, subject } : context),
  };
  const predicate = compilePart(condition, context);
  return { sql: `c.workspace_id = ${context.workspace} AND ${predicate}`, params: params.values };
}

function compilePart(condition: Condition, context: CompileContext): string {
  if ('all' in condition) return `(${condition.all.map((part) => context.compile(part, context.subject)).join(' AND ')})`;
  if ('any' in condition) return `(${condition.any.map((part) => context.compile(part, context.subject)).join(' OR ')})`;
  if ('not' in condition) return `(NOT ${context.compile(condition.not, context.subject)})`;
  if ('inSegment' in condition) return segmentConditionSql(condition, context);
  if ('event' in condition) return eventConditionSql(condition, context);
  if ('message' in condition) return messageConditionSql(condition, context);
  const subjectSql = () => subjectValueSql(condition.attribute, context.subject, context.params);
  return `(${comparisonSql(subjectSql, condition, context.params)})`;
}

