import type { ContactSnapshot } from '@cascade/journey';

/** What `{{ contact.… }}` reads. Fields the contact does not have are absent, so using one is a missing variable. */
export interface TemplateContact {
  id: string;
  externalId?: string;
  email?: string;
  phone?: string;
  telegramChatId?: string;
  timezone?: string;
  tags: string[];
  attributes: Record<string, unknown>;
}

/** What `{{ event.… }}` reads: the event that started the enrollment. */
export interface TemplateEvent {
  name: string;
  occurredAt?: string;
  properties: Record<string, unknown>;
}

export interface TemplateContext {
  contact: TemplateContact;
  /** Absent when the journey did not start with an event: `{{ event.name }}` is then a missing variable. */
  event?: TemplateEvent;
}

/** The variables under `contact.` a template may name; a contact's own data is under `contact.attributes.`. */
export const CONTACT_FIELDS: readonly (keyof TemplateContact)[] = ['id', 'externalId', 'email', 'phone', 'telegramChatId', 'timezone', 'tags', 'attributes'];
export const EVENT_FIELDS: readonly (keyof TemplateEvent)[] = ['name', 'occurredAt', 'properties'];

export interface TriggerEventInput {
  name: string;
  occurredAt?: string;
  properties?: Record<string, unknown> | null;
}

/** The context a message renders in, from the contact at send time and the event that started the journey, if any. */
export function templateContext({ contact, event }: { contact: ContactSnapshot; event?: TriggerEventInput | null }): TemplateContext {
  const optional = { externalId: contact.externalId, email: contact.email, phone: contact.phone, telegramChatId: contact.telegramChatId, timezone: contact.timezone };
  return {
    contact: {
      id: contact.id,
      ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== null && value !== undefined)),
      tags: contact.tags ?? [],
      attributes: contact.attributes ?? {},
    },
    ...(event ? { event: { name: event.name, ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}), properties: event.properties ?? {} } } : {}),
  };
}
