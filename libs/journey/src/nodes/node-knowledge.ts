import type { JourneyNode } from '../graph/graph.types';
import type { NodeMessage, NodeReference, NodeReferences, SummaryContext } from '../runtime/node-handler';
import { nodeHandler } from './registry';

/*
 * The questions validation, the API and the editor ask about a node, answered by its handler. Safe
 * on drafts: an unknown type answers nothing, and a handler that throws on a broken config too.
 */

type NodeLike = Pick<JourneyNode, 'type' | 'config'> | { type?: unknown; config?: unknown };

function ask<T>(node: NodeLike, question: (handler: NonNullable<ReturnType<typeof nodeHandler>>) => T | undefined, fallback: T): T {
  const handler = typeof node.type === 'string' ? nodeHandler(node.type) : undefined;
  if (!handler) return fallback;
  try {
    return question(handler) ?? fallback;
  } catch {
    return fallback;
  }
}

/** The messages the node sends (send: one; cascade: one per step). */
export function nodeMessages(node: NodeLike): NodeMessage[] {
  return ask(node, (handler) => handler.messages?.(node.config ?? {}), []);
}

/** Whether nodes of this type send messages at all (their cards show sent/opened/clicked). */
export function sendsMessages(type: string): boolean {
  return typeof nodeHandler(type)?.messages === 'function';
}

/** Channels the node's messages go through, with their paths relative to the config. */
export function nodeChannels(node: NodeLike): NodeReference<unknown>[] {
  return nodeMessages(node).map(({ path, message }) => ({ path: path ? `${path}.channel` : 'channel', value: message.channel }));
}

/** Saved templates the node's messages name, with their paths relative to the config. */
export function nodeTemplates(node: NodeLike): NodeReference[] {
  return nodeMessages(node).flatMap(({ path, message }) =>
    typeof message.templateId === 'string' ? [{ path: path ? `${path}.templateId` : 'templateId', value: message.templateId }] : []);
}

/** Segments, event names and conditions the node names. */
export function nodeReferences(node: NodeLike): Required<NodeReferences> {
  const references = ask<NodeReferences>(node, (handler) => handler.references?.(node.config ?? {}), {});
  return { segments: references.segments ?? [], events: references.events ?? [], conditions: references.conditions ?? [] };
}

/** One plain-text line about the node's config; '' for a type this code does not know. */
export function nodeSummary(node: NodeLike, context: SummaryContext): string {
  return ask(node, (handler) => handler.summary?.(node.config ?? {}, context), '');
}

/** How an output is named: a rule's or variant's label, else the handle itself. */
export function nodeHandleLabel(node: NodeLike, handle: string): string {
  return ask(node, (handler) => handler.handleLabel?.(node.config ?? {}, handle), handle);
}

/** Whether contacts enter the journey through nodes of this type (the trigger). */
export function isEntryType(type: unknown): boolean {
  return typeof type === 'string' && nodeHandler(type)?.entry === true;
}
