/** What a journey knows of a contact: channel addresses, timezone, attributes, consent. */
export interface ContactSnapshot {
  id: string;
  externalId?: string;
  email?: string | null;
  phone?: string | null;
  telegramChatId?: string | null;
  /** IANA zone, e.g. Europe/Moscow; UTC when unknown. */
  timezone?: string | null;
  attributes: Record<string, unknown>;
  /** Per-channel consent; a channel set to false is never sent to. */
  subscriptions?: Record<string, boolean>;
  tags?: string[];
}

export interface ContactEvent {
  /** Idempotency key of the event, when known. */
  id?: string;
  name: string;
  occurredAt: string;
  properties?: Record<string, unknown>;
}

/** A message sent to a contact as conditions read it: `status` is the furthest it got. */
export interface ContactMessage {
  channel: string;
  status: string;
  /** When it was sent; null when it never was (skipped, suppressed, failed before sending). */
  sentAt: string | null;
}

export interface ContactChanges {
  set?: Record<string, unknown>;
  unset?: string[];
  addTags?: string[];
  removeTags?: string[];
  subscriptions?: Record<string, boolean>;
}

/** The contact after `changes`, as update_contact applies them. */
export function applyContactChanges(contact: ContactSnapshot, changes: ContactChanges): ContactSnapshot {
  const attributes = { ...contact.attributes, ...(changes.set ?? {}) };
  for (const name of changes.unset ?? []) delete attributes[name];
  const tags = new Set(contact.tags ?? []);
  for (const tag of changes.addTags ?? []) tags.add(tag);
  for (const tag of changes.removeTags ?? []) tags.delete(tag);
  return {
    ...contact,
    attributes,
    tags: [...tags],
    subscriptions: { ...(contact.subscriptions ?? {}), ...(changes.subscriptions ?? {}) },
  };
}
