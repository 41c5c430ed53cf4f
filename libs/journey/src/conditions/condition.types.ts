/**
 * The one condition language of branches, trigger filters and segments (docs/journeys.md#conditions).
 * `attribute` reads the subject: the contact in branches and segments, the event's
 * properties in `filter` and `where`.
 *
 * Comparisons: text compares without case (`eq`, `in`, `contains`), `starts_with` with case.
 * `gt`/`gte`/`lt`/`lte` compare numbers, decimal numeric text (`"12.5"`, no spaces or hex) and
 * ISO dates (`2026-03-01`, `2026-03-01T09:00:00Z`; no zone means UTC) as numbers; anything else
 * is not comparable and the comparison is false, never an error.
 */
export type Condition =
  | AllCondition | AnyCondition | NotCondition | AttributeCondition | SegmentCondition | EventCondition | MessageCondition;

export interface AllCondition { all: Condition[] }
export interface AnyCondition { any: Condition[] }
export interface NotCondition { not: Condition }
export interface AttributeCondition { attribute: string; op: ComparisonOp; value?: unknown }
export interface SegmentCondition { inSegment: string }

/**
 * When an event or message counts, in the calendar (UTC) before now: `within` the last period,
 * or `ago` give or take `tolerance` ("bought insurance 11 months ago ±3 days":
 * `{ "ago": "P11M", "tolerance": "P3D" }`). Neither: any time up to now. Future ones never count.
 */
export interface TimeWindow {
  within?: string;
  ago?: string;
  tolerance?: string;
}

/**
 * `{ "event": "purchase", "within": "P30D", "where": {...}, "count": { "op": "gte", "value": 2 } }`.
 * Holds when the matching events pass `count` (at least one by default) and `aggregate`.
 */
export interface EventCondition extends TimeWindow {
  event: string;
  /** How many matching events are needed; at least one by default. */
  count?: { op: CountOp; value: number };
  /**
   * A number over the matching events' `property` ("average order value above 5,000":
   * `{ "fn": "avg", "property": "amount", "op": "gt", "value": 5000 }`). Events whose property is
   * not a number or numeric text are left out; with none left the condition is false.
   */
  aggregate?: { fn: AggregateFn; property: string; op: CountOp; value: number };
  where?: Condition;
}

/**
 * Messages sent to the contact: `{ "message": { "channel": "email", "status": "opened", "within": "P90D" } }`
 * ("opened no email in 90 days" is its `not`). `status` is the furthest the message got, as cascade
 * steps read it (a click implies an open); without it any sent message counts. The window is on
 * when the message was sent: the time of the open is not stored. Segments only: journeys do not
 * load messages, so the journey schema (conditionDefs) refuses this shape.
 */
export interface MessageCondition {
  message: TimeWindow & { channel?: string; status?: MessageConditionStatus; count?: { op: CountOp; value: number } };
}

export const COMPARISON_OPS = [
  'eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'not_in', 'contains', 'not_contains', 'starts_with', 'exists', 'not_exists',
] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export const COUNT_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const;
export type CountOp = (typeof COUNT_OPS)[number];

export const AGGREGATE_FNS = ['avg', 'sum', 'min', 'max'] as const;
export type AggregateFn = (typeof AGGREGATE_FNS)[number];

export const MESSAGE_CONDITION_STATUSES = ['delivered', 'opened', 'clicked', 'replied'] as const;
export type MessageConditionStatus = (typeof MESSAGE_CONDITION_STATUSES)[number];

/** Conditions deeper than this are rejected: they are never needed and cost the evaluator and SQL. */
export const MAX_CONDITION_DEPTH = 8;
