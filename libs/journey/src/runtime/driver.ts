import type { ContactEvent, ContactSnapshot } from '../contact/contact.types';
import type { Command, Resume } from './commands';
import type { TraceEntry } from './trace';

/**
 * Carries out a journey's commands: the simulator on a virtual clock, the Temporal workflow with
 * durable timers, signals and activities. Deliveries and conversions arrive asynchronously, so
 * the driver records those itself.
 */
export interface JourneyDriver {
  execute(command: Command): Promise<Resume | Interruption>;
  record(entry: TraceEntry): void;
  now(): string;
  /** Events received during the enrollment, oldest first. */
  events(): readonly ContactEvent[];
  /** Called before each node; the workflow may flush step events or continue-as-new here. */
  checkpoint?(position: JourneyPosition): Promise<void>;
}

/** A wait cut short: the goal was reached with exitOnGoal, or the enrollment was cancelled. */
export interface Interruption {
  kind: 'interrupted';
  reason: 'goal' | 'cancelled';
}

/** Where a journey stands between two nodes: enough to resume it after continue-as-new. */
export interface JourneyPosition {
  nodeId: string;
  /** How many times each node was entered before. */
  visits: Record<string, number>;
  contact: ContactSnapshot;
  transitions: number;
}

export interface JourneyOutcome {
  status: 'completed' | 'exited' | 'converted' | 'cancelled' | 'failed';
  reason: string;
  nodeId: string;
  at: string;
}
