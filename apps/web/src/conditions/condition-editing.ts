import {
  COMPARISON_OPS, COUNT_OPS, MAX_CONDITION_DEPTH, conditionDepth,
  type AttributeCondition, type ComparisonOp, type Condition, type CountOp, type EventCondition,
} from '@cascade/journey';
import { describeDuration } from '../editor/inspector/duration';

/**
 * Pure, immutable edits of a condition (docs/journeys.md#conditions) for the condition builder. A path walks from
 * the root: a number is a child of an `all`/`any` group, `'not'` the negated condition, `'where'`
 * an event condition's property filter.
 */
export type PathStep = number | 'not' | 'where';
export type ConditionPath = PathStep[];

export type ConditionKind = 'all' | 'any' | 'not' | 'attribute' | 'segment' | 'event' | 'message' | 'unknown';

export { COMPARISON_OPS, COUNT_OPS, MAX_CONDITION_DEPTH };

export function conditionKind(condition: unknown): ConditionKind {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return 'unknown';
  if ('all' in condition) return 'all';
  if ('any' in condition) return 'any';
  if ('not' in condition) return 'not';
  if ('attribute' in condition) return 'attribute';
  if ('inSegment' in condition) return 'segment';
  if ('event' in condition) return 'event';
  if ('message' in condition) return 'message';
  return 'unknown';
}

export function isGroup(condition: unknown): condition is { all: Condition[] } | { any: Condition[] } {
  const kind = conditionKind(condition);
  return kind === 'all' || kind === 'any';
}

/** The children of a group (empty for anything else). */
export function groupItems(condition: Condition): Condition[] {
  if ('all' in condition) return condition.all;
  if ('any' in condition) return condition.any;
  return [];
}

function withItems(group: Condition, items: Condition[]): Condition {
  return 'any' in group ? { any: items } : { all: items };
}

/** The condition at `path`, or undefined when the path does not lead anywhere. */
export function getAt(root: Condition | undefined, path: ConditionPath): Condition | undefined {
  let current: Condition | undefined = root;
  for (const step of path) {
    if (!current) return undefined;
    if (typeof step === 'number') current = groupItems(current)[step];
    else if (step === 'not') current = 'not' in current ? current.not : undefined;
    else current = 'event' in current ? current.where : undefined;
  }
  return current;
}

/** `root` with the condition at `path` replaced by `next`; the root itself when the path is empty. */
export function replaceAt(root: Condition, path: ConditionPath, next: Condition): Condition {
  if (path.length === 0) return next;
  const [step, ...rest] = path;
  if (typeof step === 'number') {
    const items = groupItems(root);
    if (step < 0 || step >= items.length) return root;
    return withItems(root, items.map((item, index) => (index === step ? replaceAt(item, rest, next) : item)));
  }
  if (step === 'not' && 'not' in root) return { not: replaceAt(root.not, rest, next) };
  if (step === 'where' && 'event' in root) {
    if (rest.length > 0 && !root.where) return root;
    return { ...root, where: root.where ? replaceAt(root.where, rest, next) : next };
  }
  return root;
}

/**
 * `root` without the condition at `path`: taken out of its group; a removed `not`'s inner condition
 * removes the `not` too; a removed `where` is dropped from its event. Removing the root gives undefined.
 */
export function removeAt(root: Condition, path: ConditionPath): Condition | undefined {
  if (path.length === 0) return undefined;
  const last = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const parent = getAt(root, parentPath);
  if (!parent) return root;
  if (last === 'not') return removeAt(root, parentPath);
  if (last === 'where') {
    if (!('event' in parent)) return root;
    const { where: _where, ...event } = parent;
    return replaceAt(root, parentPath, event);
  }
  const items = groupItems(parent);
  if (last < 0 || last >= items.length) return root;
  return replaceAt(root, parentPath, withItems(parent, items.filter((_, index) => index !== last)));
}

/** `root` with `child` appended to the group at `path`; a non-group there becomes `all` of itself and the child. */
export function addAt(root: Condition | undefined, path: ConditionPath, child: Condition): Condition {
  if (!root) return path.length === 0 ? { all: [child] } : child;
  const target = getAt(root, path);
  if (!target) return root;
  const next = isGroup(target) ? withItems(target, [...groupItems(target), child]) : { all: [target, child] };
  return replaceAt(root, path, next);
}

/** Switches the group at `path` between `all` and `any`. */
export function toggleGroupKind(root: Condition, path: ConditionPath): Condition {
  const target = getAt(root, path);
  if (!target || !isGroup(target)) return root;
  return replaceAt(root, path, 'all' in target ? { any: target.all } : { all: target.any });
}

/** Sets the group at `path` to `all` or `any`. */
export function setGroupKind(root: Condition, path: ConditionPath, kind: 'all' | 'any'): Condition {
  const target = getAt(root, path);
  if (!target || !isGroup(target) || kind in target) return root;
  return toggleGroupKind(root, path);
}

/** Wraps the condition at `path` in `not`, or unwraps it when it already is one. */
export function toggleNot(root: Condition, path: ConditionPath): Condition {
  const target = getAt(root, path);
  if (!target) return root;
  return replaceAt(root, path, 'not' in target ? target.not : { not: target });
}

/** Moves the child `from` of the group at `path` by `delta` places (no-op at the ends). */
export function moveAt(root: Condition, path: ConditionPath, from: number, delta: number): Condition {
  const group = getAt(root, path);
  if (!group || !isGroup(group)) return root;
  return replaceAt(root, path, withItems(group, moveItem(groupItems(group), from, delta)));
}

/** A copy of `items` with the item at `from` moved by `delta` places, clamped to the list. */
export function moveItem<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** Whether `candidate` nests no deeper than the server allows (8). */
export function withinDepth(candidate: Condition): boolean {
  return conditionDepth(candidate) <= MAX_CONDITION_DEPTH;
}

/** A fresh condition of a kind, as the builder's "add" buttons insert it. */
export function newCondition(kind: 'attribute' | 'event' | 'segment' | 'group', segments?: { id: string }[]): Condition {
  switch (kind) {
    case 'attribute': return { attribute: '', op: 'eq', value: '' };
    case 'event': return { event: '', within: 'P30D' };
    case 'segment': return { inSegment: segments?.[0]?.id ?? '' };
    case 'group': return { all: [{ attribute: '', op: 'eq', value: '' }] };
  }
}

// ----- values typed by the operator -----

export type ValueShape = 'none' | 'list' | 'number' | 'text';

/** What the value box of an operator holds: nothing (`exists`), a list (`in`), a number or date (`gt`…), text. */
export function valueShape(op: ComparisonOp): ValueShape {
  if (op === 'exists' || op === 'not_exists') return 'none';
  if (op === 'in' || op === 'not_in') return 'list';
  if (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') return 'number';
  return 'text';
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** The value as the value box shows it. */
export function valueToText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => valueToText(item)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Typed text as the condition's value: a list for `in`, a number for `gt` (dates stay text), text otherwise. */
export function textToValue(op: ComparisonOp, text: string): unknown {
  switch (valueShape(op)) {
    case 'none': return undefined;
    case 'list': return splitList(text).map((item) => (NUMBER.test(item) ? Number(item) : item));
    case 'number': return NUMBER.test(text.trim()) ? Number(text.trim()) : text.trim();
    case 'text': return text;
  }
}

/** `a, b,, c ` → `['a', 'b', 'c']`. */
export function splitList(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** The attribute condition with another operator, its value carried over in the new shape. */
export function changeOp(condition: AttributeCondition, op: ComparisonOp): AttributeCondition {
  const shape = valueShape(op);
  const { value, attribute } = condition;
  if (shape === 'none') return { attribute, op };
  if (shape === 'list') return { attribute, op, value: Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value] };
  const single = Array.isArray(value) ? value[0] : value;
  if (shape === 'number') return { attribute, op, value: typeof single === 'string' ? textToValue(op, single) : single ?? '' };
  return { attribute, op, value: single ?? '' };
}

// ----- words -----

export const OP_WORDS: Record<ComparisonOp, string> = {
  eq: '=', neq: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤', in: 'is one of', not_in: 'is not one of',
  contains: 'contains', not_contains: 'does not contain', starts_with: 'starts with', exists: 'is set', not_exists: 'is not set',
};

export const COUNT_WORDS: Record<CountOp, string> = { eq: '=', neq: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' };

/** Human labels of the operators for the select (`eq` → `= equals`). */
export const OP_LABELS: Record<ComparisonOp, string> = {
  eq: '= equals', neq: '≠ does not equal', gt: '> greater than', gte: '≥ at least', lt: '< less than', lte: '≤ at most',
  in: 'is one of', not_in: 'is not one of', contains: 'contains', not_contains: 'does not contain', starts_with: 'starts with',
  exists: 'is set', not_exists: 'is not set',
};

function words(value: unknown): string {
  if (Array.isArray(value)) return value.map(words).join(', ');
  if (typeof value === 'string') return value === '' ? '""' : value;
  return JSON.stringify(value);
}

/**
 * A condition in words: `city = Kazan and purchase where category = mattress ≥ 2 times in 30 days`.
 * Segment ids read as names when `segments` names them.
 */
export function summarizeCondition(condition: Condition | undefined, segments?: { id: string; name: string }[]): string {
  if (!condition) return 'always';
  return summarize(condition, segments, true);
}

function summarize(condition: Condition, segments: { id: string; name: string }[] | undefined, top: boolean): string {
  const kind = conditionKind(condition);
  switch (kind) {
    case 'all':
    case 'any': {
      const items = groupItems(condition);
      if (items.length === 0) return '(no conditions)';
      const text = items.map((item) => summarize(item, segments, false)).join(kind === 'all' ? ' and ' : ' or ');
      return top || items.length === 1 ? text : `(${text})`;
    }
    case 'not': {
      const inner = (condition as { not: Condition }).not;
      const text = summarize(inner, segments, false);
      return isGroup(inner) && groupItems(inner).length > 1 ? `not ${text}` : `not (${text})`;
    }
    case 'attribute': {
      const { attribute, op, value } = condition as AttributeCondition;
      const name = attribute || '?';
      return valueShape(op) === 'none' ? `${name} ${OP_WORDS[op] ?? op}` : `${name} ${OP_WORDS[op] ?? op} ${words(value)}`;
    }
    case 'segment': {
      const id = (condition as { inSegment: string }).inSegment;
      const name = segments?.find((segment) => segment.id === id)?.name ?? (id || '?');
      return `in segment ${name}`;
    }
    case 'event': return summarizeEvent(condition as EventCondition, segments);
    case 'message': {
      const { message } = condition as { message: { channel?: string; status?: string; within?: string } };
      return `${message.channel ?? 'any'} message ${message.status ?? 'sent'}${message.within ? ` in ${describeDuration(message.within)}` : ''}`;
    }
    default: return JSON.stringify(condition);
  }
}

function summarizeEvent(condition: EventCondition, segments: { id: string; name: string }[] | undefined): string {
  const parts = [condition.event || '?'];
  if (condition.where) parts.push(`where ${summarize(condition.where, segments, false)}`);
  if (condition.count) {
    const { op, value } = condition.count;
    parts.push(`${COUNT_WORDS[op] ?? op} ${value} ${value === 1 ? 'time' : 'times'}`);
  }
  if (condition.aggregate) {
    const { fn, property, op, value } = condition.aggregate;
    parts.push(`with ${fn} ${property} ${COUNT_WORDS[op] ?? op} ${value}`);
  }
  if (condition.within) parts.push(`in ${describeDuration(condition.within)}`);
  if (condition.ago) parts.push(`${describeDuration(condition.ago)} ago${condition.tolerance ? ` ± ${describeDuration(condition.tolerance)}` : ''}`);
  return parts.join(' ');
}

// ----- raw JSON -----

/** The condition typed in the JSON box, or the first reason it is not one (syntax or shape). */
export function parseConditionJson(text: string, options: { allowMessage?: boolean } = {}): { condition: Condition } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Not JSON: ${(error as Error).message}` };
  }
  const problem = shapeError(value, 'condition', options.allowMessage ?? false, 1);
  return problem ? { error: problem } : { condition: value as Condition };
}

function shapeError(value: unknown, where: string, allowMessage: boolean, depth: number): string | null {
  if (depth > MAX_CONDITION_DEPTH) return `${where}: nests deeper than ${MAX_CONDITION_DEPTH} levels`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return `${where}: must be an object`;
  const record = value as Record<string, unknown>;
  const allowed = (keys: string[]): string | null => {
    const extra = Object.keys(record).find((key) => !keys.includes(key));
    return extra ? `${where}: "${extra}" is not allowed here` : null;
  };
  const kind = conditionKind(value);
  switch (kind) {
    case 'all':
    case 'any': {
      const items = record[kind];
      if (!Array.isArray(items) || items.length === 0) return `${where}.${kind}: must be a non-empty list`;
      for (const [index, item] of items.entries()) {
        const problem = shapeError(item, `${where}.${kind}[${index}]`, allowMessage, depth + 1);
        if (problem) return problem;
      }
      return allowed([kind]);
    }
    case 'not':
      return allowed(['not']) ?? shapeError(record.not, `${where}.not`, allowMessage, depth + 1);
    case 'attribute':
      if (typeof record.attribute !== 'string' || record.attribute === '') return `${where}.attribute: must be a non-empty text`;
      if (!(COMPARISON_OPS as readonly unknown[]).includes(record.op)) return `${where}.op: must be one of ${COMPARISON_OPS.join(', ')}`;
      return allowed(['attribute', 'op', 'value']);
    case 'segment':
      if (typeof record.inSegment !== 'string' || record.inSegment === '') return `${where}.inSegment: must be a segment id`;
      return allowed(['inSegment']);
    case 'event':
      if (typeof record.event !== 'string' || record.event === '') return `${where}.event: must be an event name`;
      if (record.count !== undefined) {
        const count = record.count as { op?: unknown; value?: unknown } | null;
        if (!count || !(COUNT_OPS as readonly unknown[]).includes(count.op) || !Number.isInteger(count.value)) {
          return `${where}.count: must be { "op": ${COUNT_OPS.join('|')}, "value": a whole number }`;
        }
      }
      if (record.where !== undefined) {
        const problem = shapeError(record.where, `${where}.where`, allowMessage, depth + 1);
        if (problem) return problem;
      }
      return allowed(['event', 'within', 'ago', 'tolerance', 'count', 'aggregate', 'where']);
    case 'message':
      return allowMessage ? allowed(['message']) : `${where}: message conditions are for segments only`;
    default:
      return `${where}: needs one of all, any, not, attribute, inSegment, event`;
  }
}
