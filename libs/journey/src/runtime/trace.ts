/** One thing that happened to an enrollment; the workflow writes these as step events. */
export interface TraceEntry {
  at: string;
  kind: TraceKind;
  nodeId?: string;
  handle?: string;
  variant?: string;
  messageId?: string;
  channel?: string;
  status?: string;
  reason?: string;
}

export type TraceKind =
  | 'node_entered'
  | 'node_exited'
  | 'message_sent'
  | 'message_skipped'
  | 'message_failed'
  | 'message_deferred'
  | 'message_status'
  | 'contact_updated'
  | 'webhook_called'
  | 'converted'
  | 'journey_exited';
