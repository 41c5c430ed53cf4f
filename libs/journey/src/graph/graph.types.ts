import type { Condition } from '../conditions/condition.types';

/** The journey graph contract (docs/journeys.md#the-graph-contract): stored on drafts, frozen into versions. */
export interface JourneyGraph {
  nodes: JourneyNode[];
  edges: JourneyEdge[];
  settings?: JourneySettings;
}

export interface JourneyNode<C = Record<string, unknown>> {
  id: string;
  type: string;
  config?: C;
  label?: string;
  position?: { x: number; y: number };
}

/** An edge leaves `from` through `handle` (default `next`) and enters `to`. */
export interface JourneyEdge {
  id?: string;
  from: string;
  to: string;
  handle?: string;
}

export interface JourneySettings {
  /** A contact converts when the goal event arrives within `within` of entering the journey. */
  goal?: { event: string; filter?: Condition; within: string };
  /** Leave at once on conversion, even in the middle of a wait. */
  exitOnGoal?: boolean;
  reentry?: { mode: ReentryMode; cooldown?: string };
}

export type ReentryMode = 'never' | 'always' | 'after_exit';

export const DEFAULT_HANDLE = 'next';

export const NODE_TYPES = [
  'trigger', 'wait', 'wait_for_event', 'branch', 'split', 'send', 'cascade', 'update_contact', 'webhook', 'exit',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];
