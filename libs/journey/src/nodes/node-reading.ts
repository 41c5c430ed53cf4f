import { conditionReferences } from '../conditions/condition-references';
import type { Condition } from '../conditions/condition.types';
import { isRecord } from '../is-record';
import type { NodeMessage, SummaryContext } from '../runtime/node-handler';

/*
 * Helpers for the questions a node answers about itself (messages, references, summary). They read
 * drafts, so they trust no shape: a config is whatever object was saved.
 */

export type Loose = Record<string, unknown>;

/** The config as a plain object; anything else reads as `{}`. */
export const loose = (config: unknown): Loose => (isRecord(config) ? config : {});

/** A non-empty string as written, else "?". */
export const text = (value: unknown): string => (typeof value === 'string' && value !== '' ? value : '?');

/** The objects of a list; anything else reads as []. */
export const objects = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter((item): item is Loose => isRecord(item)) : []);

export function truncate(value: string, length: number): string {
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}

/** A duration as the caller formats it; a missing value as "?". */
export const duration = (iso: unknown, context: SummaryContext): string => (typeof iso === 'string' ? context.duration(iso) : '?');

/** A signed offset such as `-P1D` → " − 1 d". */
export function offset(iso: unknown, context: SummaryContext): string {
  if (typeof iso !== 'string') return '';
  return iso.startsWith('-') ? ` − ${duration(iso.slice(1), context)}` : ` + ${duration(iso, context)}`;
}

/** One message as a node card shows it: "email · cart-email" or "sms · “Hello…”". */
export function messageSummary(message: Loose, context: SummaryContext): string {
  const channel = context.channelLabel(text(message.channel));
  if (typeof message.templateId === 'string' && message.templateId) return `${channel} · ${message.templateId}`;
  const content = isRecord(message.content) ? message.content : undefined;
  const line = typeof content?.subject === 'string' && content.subject ? content.subject : typeof content?.body === 'string' ? content.body : '';
  return line ? `${channel} · “${truncate(line, 24)}”` : channel;
}

/** The messages of a list in the config (cascade steps): one per object, paths `key[i]`, steps from 1. */
export function listedMessages(list: unknown, key: string, ownKeys: readonly string[]): NodeMessage[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isRecord(item) ? [{ path: `${key}[${index}]`, step: index + 1, message: item, ownKeys }] : []));
}

/** Segment ids a condition names; none when it is malformed (the schema reports that). */
export function conditionSegments(condition: unknown): string[] {
  if (!isRecord(condition)) return [];
  try {
    return conditionReferences([condition as unknown as Condition]).segmentIds.filter((id) => typeof id === 'string');
  } catch {
    return [];
  }
}

/** The label of the list item whose id is the handle (a branch rule, a split variant), when it has one. */
export function itemLabel(list: unknown, handle: string): string | undefined {
  const item = objects(list).find((entry) => entry.id === handle);
  return item && typeof item.label === 'string' && item.label.trim() ? item.label : undefined;
}
