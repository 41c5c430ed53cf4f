import type { ContactEvent, ContactSnapshot } from '../contact/contact.types';
import type { JourneyNode, NodeType } from '../graph/graph.types';
import type { Command, Resume } from './commands';

/** How a node type runs: one implementation per file in nodes/, registered in nodes/registry.ts. */
export interface NodeHandler<C = unknown> {
  type: NodeType;
  label: string;
  /** The config a node dropped on the canvas starts with. */
  defaultConfig: C;
  /** JSON Schema of the node's config: validation on save and publish, and the editor's form. */
  configSchema: Record<string, unknown>;
  /** The output handles a node with this config offers. */
  handles(config: C): string[];
  /** Handles that may stay unconnected: the contact then leaves the journey there. */
  optionalHandles?: readonly string[] | ((config: C) => string[]);
  /** True when passing through the node takes time, which makes a cycle through it safe. */
  waits(config: C): boolean;
  /** Checks the schema cannot express, as paths relative to the config. */
  check?(config: C): ConfigProblem[];
  /** The node's behaviour as a program of commands; it returns the handle taken, or an exit. */
  run(context: NodeContext<C>): NodeProgram;
}

export type NodeProgram = Generator<Command, NodeOutcome, Resume>;

/** `reason` says why the handle was taken when that matters to analytics (a split's winner). */
export type NodeOutcome = { handle: string; variant?: string; reason?: string } | { exit: string };

export interface ConfigProblem {
  path: string;
  code: string;
  message: string;
}

export interface NodeContext<C> {
  node: JourneyNode<C>;
  config: C;
  journeyId: string;
  enrollmentId: string;
  contact: ContactSnapshot;
  /** When the contact entered this node. */
  enteredAt: string;
  /** Events received during the enrollment, oldest first. */
  events: readonly ContactEvent[];
  /** How many times this enrollment entered this node before (0 on the first visit). */
  visit: number;
}
