import type { NodeProps } from '@xyflow/react';
import type { ComponentType } from 'react';
import type { JourneyFlowNode } from '../graph-mapping';
import { CascadeNode } from './CascadeNode';

/** A bespoke card of a node type on the canvas. */
export interface NodeCard {
  Component: ComponentType<NodeProps<JourneyFlowNode>>;
  /** Height the card adds to the generic one, for layout before React Flow measured it. */
  extraHeight?(config: Record<string, unknown>): number;
}

/**
 * The bespoke canvas cards, by node type. A type not listed gets the generic card (type, label, its
 * handler's summary, outputs); adding a bespoke one is its own file and one line here.
 */
export const nodeCards: Readonly<Record<string, NodeCard>> = {
  cascade: { Component: CascadeNode, extraHeight: (config) => 18 * (Array.isArray(config.steps) ? config.steps.length : 0) },
};

/** The bespoke card of a node type, if it has one. */
export function nodeCard(type: string): NodeCard | undefined {
  return Object.prototype.hasOwnProperty.call(nodeCards, type) ? nodeCards[type] : undefined;
}
