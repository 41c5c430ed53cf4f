/** Inline message content (Liquid in both fields), the alternative to a saved template. */
export interface MessageContent {
  subject?: string;
  body: string;
}

export const DELIVERY_STATUSES = ['delivered', 'opened', 'clicked', 'replied', 'bounced', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What a cascade step may wait for. */
export const WAIT_FOR_STATUSES = ['delivered', 'opened', 'clicked', 'replied'] as const;
export type WaitForStatus = (typeof WAIT_FOR_STATUSES)[number];

/** Statuses after which a message will never be delivered, opened or answered. */
export const UNDELIVERABLE_STATUSES: DeliveryStatus[] = ['bounced', 'failed'];

/**
 * The delivery statuses that satisfy waiting for `status`: a click implies an open, and an open
 * or a reply implies delivery.
 */
export function statusesSatisfying(status: WaitForStatus): DeliveryStatus[] {
  switch (status) {
    case 'delivered': return ['delivered', 'opened', 'clicked', 'replied'];
    case 'opened': return ['opened', 'clicked'];
    case 'clicked': return ['clicked'];
    case 'replied': return ['replied'];
  }
}

/**
 * The deterministic id of a message: the same enrollment, node, cascade step and visit always
 * give the same id, so a retried or replayed send is recognised and never sent twice.
 */
export function messageId(parts: { enrollmentId: string; nodeId: string; step: number; visit: number }): string {
  return `${parts.enrollmentId}:${parts.nodeId}:${parts.step}:${parts.visit}`;
}

/** The parts of a message id (enrollment ids contain no ":"; step and visit are numbers). */
export function parseMessageId(id: string): { enrollmentId: string; nodeId: string; step: number; visit: number } | null {
  const parts = id.split(':');
  if (parts.length < 4) return null;
  const [enrollmentId] = parts;
  const visit = Number(parts.at(-1));
  const step = Number(parts.at(-2));
  if (!Number.isInteger(step) || !Number.isInteger(visit)) return null;
  return { enrollmentId, nodeId: parts.slice(1, -2).join(':'), step, visit };
}
