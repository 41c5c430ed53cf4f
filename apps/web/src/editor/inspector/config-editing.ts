import { isRecord, type GraphProblem } from '@cascade/journey';

/** Pure helpers of the node inspector: problems by field, immutable config edits, ids, lists. */

// ----- problems -----

/**
 * The part of a problem's path inside the node's config: `nodes[3].config.steps[0].within` →
 * `steps[0].within`; `nodes[3].config` → `''`; a problem not in the config (an edge, the node) → null.
 */
export function configPath(path: string): string | null {
  const match = /(?:^|\.)config(?:\.(.*)|(\[.*))?$/.exec(path);
  if (!match) return null;
  return match[1] ?? match[2] ?? '';
}

/** The problems of the field at `path` (and of what is inside it unless `exact`). */
export function problemsAt(problems: readonly GraphProblem[], path: string, exact = false): GraphProblem[] {
  return problems.filter((problem) => {
    const at = configPath(problem.path);
    if (at === null) return false;
    if (at === path) return true;
    return !exact && path !== '' && (at.startsWith(`${path}.`) || at.startsWith(`${path}[`));
  });
}

/** `steps[0].within` → `steps`; `''` for the config itself. */
export function firstKey(path: string): string {
  return /^[^.[]*/.exec(path)?.[0] ?? '';
}

/** Problems no field of the form shows: about the node itself, the whole config, or a key the form has no field for. */
export function generalProblems(problems: readonly GraphProblem[], fieldKeys: readonly string[]): GraphProblem[] {
  return problems.filter((problem) => {
    const at = configPath(problem.path);
    return at === null || at === '' || !fieldKeys.includes(firstKey(at));
  });
}

// ----- immutable edits -----

/** A copy of `record` with `key` set, or removed when `value` is undefined. */
export function withKey<T extends Record<string, unknown>>(record: T, key: string, value: unknown): T {
  const next: Record<string, unknown> = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as T;
}

/** A copy of `record` without `keys`. */
export function withoutKeys<T extends Record<string, unknown>>(record: T, keys: readonly string[]): T {
  const next: Record<string, unknown> = { ...record };
  for (const key of keys) delete next[key];
  return next as T;
}

/** A copy of `items` with the item at `index` replaced. */
export function replaceItem<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, position) => (position === index ? item : current));
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

export { moveItem } from '../../conditions/condition-editing';

// ----- ids -----

/** A handle id from a label: `Big spenders!` → `big_spenders`; unique among `taken` (`big_spenders_2`). */
export function idFromLabel(label: string, taken: readonly string[], fallback = 'rule'): string {
  const base = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60) || fallback;
  const reserved = new Set([...taken, 'else']);
  if (!reserved.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!reserved.has(`${base}_${suffix}`)) return `${base}_${suffix}`;
}

// ----- split -----

export function weightSum(variants: readonly { weight?: unknown }[]): number {
  const total = variants.reduce((sum, variant) => sum + (typeof variant.weight === 'number' && Number.isFinite(variant.weight) ? variant.weight : 0), 0);
  return Math.round(total * 1e6) / 1e6;
}

/** Weights summing to exactly 100 for `count` variants (the first ones take the remainder): 3 → 34, 33, 33. */
export function evenWeights(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(100 / count);
  const remainder = 100 - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < remainder ? 1 : 0));
}

/** The next variant's id and label: `c`/`C` after `a`, `b`. */
export function nextVariant(taken: readonly string[]): { id: string; label: string } {
  for (let code = 97; code <= 122; code += 1) {
    const id = String.fromCharCode(code);
    if (!taken.includes(id)) return { id, label: id.toUpperCase() };
  }
  const id = idFromLabel('variant', taken, 'variant');
  return { id, label: id };
}

// ----- lists and key/value rows -----

/** `vip, new ,, x` → `['vip', 'new', 'x']`; undefined for none. */
export function parseCommaList(text: string): string[] | undefined {
  const items = text.split(',').map((item) => item.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

export function formatCommaList(items: unknown): string {
  return Array.isArray(items) ? items.join(', ') : '';
}

export interface Row { key: string; value: string }

/** An object as editable rows (values as typed: `42`, `true`, `"text"` shown as `text`). */
export function recordToRows(record: unknown, loose = true): Row[] {
  if (!isRecord(record)) return [];
  return Object.entries(record).map(([key, value]) => ({ key, value: loose ? formatLoose(value) : String(value ?? '') }));
}

/** Rows back to an object (blank keys left out); undefined when empty. `loose` types `42`, `true`, `null`, JSON. */
export function rowsToRecord(rows: readonly Row[], loose = true): Record<string, unknown> | undefined {
  const entries = rows.filter((row) => row.key.trim() !== '').map((row) => [row.key.trim(), loose ? parseLoose(row.value) : row.value] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** `42` → 42, `true` → true, `null` → null, `{"a":1}` → object, anything else the text itself. */
export function parseLoose(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (/^(true|false|null)$/.test(trimmed) || /^-?\d+(\.\d+)?$/.test(trimmed) || /^[[{"]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return text;
    }
  }
  return text;
}

export function formatLoose(value: unknown): string {
  if (typeof value === 'string') return parseLoose(value) === value ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? '';
}

// ----- wait -----

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** ISO weekdays (1 = Monday) with `day` switched; undefined when none is left (every day). */
export function toggleDay(days: readonly number[] | undefined, day: number): number[] | undefined {
  const current = new Set(days ?? []);
  if (current.has(day)) current.delete(day);
  else current.add(day);
  const next = [...current].sort((a, b) => a - b);
  return next.length ? next : undefined;
}

export type WaitMode = 'duration' | 'untilLocalTime' | 'untilAttribute';

export function waitMode(config: Record<string, unknown>): WaitMode {
  if ('untilLocalTime' in config) return 'untilLocalTime';
  if ('untilAttribute' in config) return 'untilAttribute';
  return 'duration';
}

/** The wait config of another mode, keeping nothing of the old one (its schema allows no extra keys). */
export function waitConfigFor(mode: WaitMode): Record<string, unknown> {
  if (mode === 'untilLocalTime') return { untilLocalTime: '09:00' };
  if (mode === 'untilAttribute') return { untilAttribute: '', offset: 'P0D' };
  return { duration: 'P1D' };
}

// ----- trigger -----

export const TRIGGER_KINDS = ['event', 'segment_entry', 'date_attribute', 'api', 'broadcast'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** The trigger config of another kind, keeping the fields both kinds have. */
export function triggerConfigFor(kind: TriggerKind, previous: Record<string, unknown>): Record<string, unknown> {
  const keep = (key: string, fallback?: unknown) => (previous[key] !== undefined ? previous[key] : fallback);
  switch (kind) {
    case 'event': return dropUndefined({ kind, event: keep('event', ''), filter: previous.filter });
    case 'segment_entry': return { kind, segmentId: keep('segmentId', '') };
    case 'date_attribute': return dropUndefined({ kind, attribute: keep('attribute', ''), offset: keep('offset', 'P0D'), atLocalTime: previous.atLocalTime });
    case 'api': return { kind };
    case 'broadcast': return dropUndefined({ kind, segmentId: previous.segmentId, at: previous.at, ratePerSecond: previous.ratePerSecond });
  }
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

// ----- messages (send, cascade steps) -----

/** The keys of a channel's settings: its schema's properties. */
export function schemaKeys(schema: unknown): string[] {
  return isRecord(schema) && isRecord(schema.properties) ? Object.keys(schema.properties) : [];
}

export function pickKeys(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]));
}

/** `config` with the channel settings (`keys`) replaced by `settings` (undefined values dropped); other keys kept. */
export function mergeSettings<T extends Record<string, unknown>>(config: T, keys: readonly string[], settings: Record<string, unknown>): T {
  const next: Record<string, unknown> = withoutKeys(config, keys);
  for (const [key, value] of Object.entries(settings)) if (value !== undefined) next[key] = value;
  return next as T;
}

export type MessageSource = 'template' | 'content';

export function messageSource(message: Record<string, unknown>): MessageSource {
  return 'templateId' in message && !('content' in message) ? 'template' : 'content';
}

/** The message switched to a template or inline content (never both, as the schema requires). */
export function withMessageSource<T extends Record<string, unknown>>(message: T, source: MessageSource, channel?: string): T {
  const next: Record<string, unknown> = withoutKeys(message, ['templateId', 'content']);
  if (source === 'template') next.templateId = typeof message.templateId === 'string' ? message.templateId : '';
  else next.content = isRecord(message.content) ? message.content : channel === 'email' ? { subject: '', body: '' } : { body: '' };
  return next as T;
}

/** `email → SMS → Telegram` from the steps' channels, with the channels' labels. */
export function cascadeSummary(steps: readonly { channel?: unknown }[], channels: readonly { type: string; label: string }[]): string {
  return steps
    .map((step) => {
      const type = typeof step.channel === 'string' ? step.channel : '';
      return channels.find((channel) => channel.type === type)?.label ?? (type || '?');
    })
    .join(' → ');
}

// ----- webhook -----

/** The JSON of the body box: undefined for an empty box, or the parse error. */
export function parseJsonText(text: string): { value: unknown } | { error: string } {
  if (text.trim() === '') return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
