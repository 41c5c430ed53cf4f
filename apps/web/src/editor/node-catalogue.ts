import { DEFAULT_HANDLE, isEntryType, nodeHandleLabel, nodeHandler, nodeHandlers, nodeMessages, type JourneyNode, type NodeType } from '@cascade/journey';

/** Every node type the palette offers, in the registry's order. */
export const PALETTE_NODE_TYPES = Object.keys(nodeHandlers) as NodeType[];

/** The type's human label ("Wait for event"), or the raw type when it is unknown (a plug-in node from elsewhere). */
export function nodeTypeLabel(type: string): string {
  return nodeHandler(type)?.label ?? type;
}

/** The output handles a node offers with its current config; [] when the type is unknown or the config too broken to tell. */
export function outputHandles(node: Pick<JourneyNode, 'type' | 'config'>): string[] {
  const handler = nodeHandler(node.type);
  if (!handler) return [];
  try {
    const handles = handler.handles(node.config ?? {});
    return Array.isArray(handles) ? [...new Set(handles.filter((handle): handle is string => typeof handle === 'string'))] : [];
  } catch {
    return [];
  }
}

/** Outputs that may stay unconnected (the contact leaves the journey there). */
export function optionalOutputHandles(node: Pick<JourneyNode, 'type' | 'config'>): string[] {
  const handler = nodeHandler(node.type);
  if (!handler?.optionalHandles) return [];
  try {
    const optional = typeof handler.optionalHandles === 'function' ? handler.optionalHandles(node.config ?? {}) : handler.optionalHandles;
    return [...optional];
  } catch {
    return [];
  }
}

/** Whether edges may enter the node: everything but the entry (the trigger). */
export function acceptsInput(type: string): boolean {
  return !isEntryType(type);
}

/** How an output is named on the card: a rule's or variant's label, else the handle itself ("timeout", "else"). */
export function handleLabel(node: Pick<JourneyNode, 'type' | 'config'>, handle: string): string {
  return nodeHandleLabel(node, handle);
}

/**
 * A new node of `type`: its default config, deep-copied so nodes never share config objects. With
 * a channel (dropped from the palette's channel list), its first message goes through it.
 */
export function defaultConfigOf(type: string, channel?: string): Record<string, unknown> {
  const handler = nodeHandler(type);
  const config = structuredClone((handler?.defaultConfig ?? {}) as Record<string, unknown>);
  const [first] = channel ? nodeMessages({ type, config }) : [];
  if (first) first.message.channel = channel;
  return config;
}

export { DEFAULT_HANDLE };
