import type { PersonaName } from './personas';

export interface CustomerBaseOptions {
  /** The same seed gives the same base, contact for contact. */
  seed: number;
  contacts: number;
  /** ISO instant the history ends at: nothing happens after it. */
  now: string;
}

export interface GeneratedContact {
  externalId: string;
  email: string;
  /** E.164; some customers never gave one. */
  phone: string | null;
  /** IANA zone of the contact's city. */
  timezone: string;
  attributes: { firstName: string; lastName: string; city: string; birthday: string };
  /** Channel opt-outs, as the contacts table stores them (`{ email: false }`); empty means subscribed. */
  subscriptions: Record<string, boolean>;
  /** ISO instant of sign-up, before any of the contact's events. */
  createdAt: string;
}

export type GeneratedEvent =
  | { name: 'purchase'; occurredAt: string; properties: PurchaseProperties }
  | { name: 'email_opened' | 'email_clicked'; occurredAt: string; properties: { campaign: string } };

export interface PurchaseProperties {
  orderId: string;
  /** RUB, two decimals. */
  amount: number;
  category: string;
}

export interface GeneratedCustomer {
  /** The behaviour the history was drawn from: ground truth for checks, not stored in the database. */
  persona: PersonaName;
  contact: GeneratedContact;
  /** Oldest first. */
  events: GeneratedEvent[];
}
