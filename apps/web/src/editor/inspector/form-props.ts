import type { Channel } from '../../api/journeys';

/** What every node form gets: the config (never mutated), where to send a whole new one, and context. */
export interface FormProps<C = Record<string, unknown>> {
  config: C;
  onChange(next: Record<string, unknown>): void;
  channels: Channel[];
  nodeId: string;
}
