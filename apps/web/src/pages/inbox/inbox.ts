/** One message captured by a sandbox channel (GET /api/v1/sandbox/messages). */
export interface SandboxMessage {
  messageId: string;
  channel: string;
  address: string;
  subject: string | null;
  body: string | null;
  /** The HTML part of email through the SMTP sandbox (links already tracked); else null. */
  html: string | null;
  headers: Record<string, unknown> | null;
  capturedAt: string;
  status: string;
  enrollmentId: string | null;
  nodeId: string | null;
  externalId: string | null;
  links: { openPixel: string; unsubscribe: string };
}

/** The delivery events a sandbox message can be given by hand, with their button names. */
export const SANDBOX_EVENTS = [
  { type: 'delivered', label: 'Delivered' },
  { type: 'opened', label: 'Opened' },
  { type: 'clicked', label: 'Clicked' },
  { type: 'replied', label: 'Replied' },
] as const;

export type SandboxEventType = (typeof SANDBOX_EVENTS)[number]['type'];


/** Newest first; ties by message id, so the order is stable across refreshes. */
export function newestFirst(messages: readonly SandboxMessage[]): SandboxMessage[] {
  return [...messages].sort((a, b) => Date.parse(b.capturedAt) - Date.parse(a.capturedAt) || a.messageId.localeCompare(b.messageId));
}

/** What the message says in one line: its subject, else the start of its text. */
export function messageTitle(message: Pick<SandboxMessage, 'subject' | 'body'>, max = 60): string {
  if (message.subject?.trim()) return message.subject.trim();
  const text = (message.body ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return '(empty message)';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The accessible name of a list item: "anna@example.com — Your cart". */
export function messageLabel(message: Pick<SandboxMessage, 'address' | 'subject' | 'body'>): string {
  return `${message.address} — ${messageTitle(message)}`;
}

/**
 * The channels to filter by: those with a sandbox (their definitions say so, GET /api/v1/channels),
 * then any other channel seen, each once.
 */
export function channelOptions(sandboxes: readonly string[], seen: readonly string[]): string[] {
  return [...new Set([...sandboxes, ...seen])];
}
