import type { Channel } from '../api/journeys';
import { nodeTypeLabel, PALETTE_NODE_TYPES } from './node-catalogue';

/** Something the palette offers: a node type, or a send through one channel. */
export interface PaletteItem {
  key: string;
  label: string;
  type: string;
  channel?: string;
}

/** The drag-and-drop payload type; the payload is the item's JSON. */
export const PALETTE_MIME = 'application/x-cascade-node';

export function paletteItems(channels: readonly Channel[] = []): PaletteItem[] {
  return [
    ...PALETTE_NODE_TYPES.map((type) => ({ key: type, label: nodeTypeLabel(type), type })),
    ...channels.map((channel) => ({ key: `send:${channel.type}`, label: `Send via ${channel.label}`, type: 'send', channel: channel.type })),
  ];
}

export function readPaletteDrop(data: string): Pick<PaletteItem, 'type' | 'channel'> | null {
  try {
    const parsed = JSON.parse(data) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { type, channel } = parsed as Record<string, unknown>;
    if (typeof type !== 'string') return null;
    return typeof channel === 'string' ? { type, channel } : { type };
  } catch {
    return null;
  }
}
