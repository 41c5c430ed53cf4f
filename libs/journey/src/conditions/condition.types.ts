/**
 * The one condition language of branches, trigger filters and segments (DESIGN.md §3).
 * `attribute` reads the subject: the contact in branches and segments, the event's
 * properties in `filter` and `where`.
 */
export type Condition = AllCondition | AnyCondition | NotCondition | AttributeCondition | SegmentCondition | EventCondition;

export interface AllCondition { all: Condition[] }
export interface AnyCondition { any: Condition[] }
export interface NotCondition { not: Condition }
export interface AttributeCondition { attribute: string; op: ComparisonOp; value?: unknown }
export interface SegmentCondition { inSegment: string }
export interface EventCondition {
  event: string;
  /** Only events in this window before now (ISO-8601 duration). */
  within?: string;
  /** How many matching events are needed; at least one by default. */
  count?: { op: CountOp; value: number };
  where?: Condition;
}

export const COMPARISON_OPS = [
  'eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'not_in', 'contains', 'not_contains', 'starts_with', 'exists', 'not_exists',
] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export const COUNT_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const;
export type CountOp = (typeof COUNT_OPS)[number];

/** Conditions deeper than this are rejected: they are never needed and cost the evaluator and SQL. */
export const MAX_CONDITION_DEPTH = 8;
