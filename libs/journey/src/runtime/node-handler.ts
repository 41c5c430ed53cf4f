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

  /*
   * What the rest of the system asks about a node (validation, the API, the editor) is answered
   * here, never by checking its type. These read drafts too: they must accept any config without
   * throwing and trust no shape.
   */

  /** True for the node contacts enter through: it takes no incoming edge and starts the graph walk. */
  entry?: boolean;
  /** The messages the node sends, in order. Nodes that send nothing leave it out. */
  messages?(config: C): NodeMessage[];
  /** What the node names outside its config: segments, event names, conditions (channels and templates come from `messages`). */
  references?(config: C): NodeReferences;
  /** One plain-text line saying what the node does with its config ("wait 1 h", "email · cart-email"). */
  summary?(config: C, context: SummaryContext): string;
  /** How an output is named when the config names it (a rule's or a variant's label); undefined for the handle itself. */
  handleLabel?(config: C, handle: string): string | undefined;
}

/** One message a node sends, as written in its config. */
export interface NodeMessage {
  /** Where the message sits, relative to the config: '' for the config itself, `steps[1]` for a cascade step. */
  path: string;
  /** 1-based step number when the node sends several messages; problems say "step 2". */
  step?: number;
  /**
   * The object holding the message in the config (not a copy): `channel`, `templateId`, `content`
   * and the channel's own settings. Editing it edits the config.
   */
  message: Record<string, unknown>;
  /** The keys of `message` that are the node's own, not the channel's settings. */
  ownKeys: readonly string[];
}

/** A value a node names, and where (relative to its config). */
export interface NodeReference<T = string> {
  path: string;
  value: T;
}

export interface NodeReferences {
  /** Segment ids the node needs to exist. */
  segments?: NodeReference[];
  /** Event names the node listens for. */
  events?: NodeReference[];
  /** Conditions the node evaluates (also when absent: `value` may be undefined). */
  conditions?: NodeReference<unknown>[];
}

/** What a summary needs from its caller: formatting that belongs to the place it is shown (labels, locale). */
export interface SummaryContext {
  channelLabel(type: string): string;
  /** `PT1H` → "1 h"; given a string always. */
  duration(iso: string): string;
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
