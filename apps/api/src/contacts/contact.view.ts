import type { Page } from '../common/page';

/** A contact as the repository reads it (camel-cased columns). */
export interface ContactRow {
  id: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  telegramChatId: string | null;
  timezone: string | null;
  attributes: Record<string, unknown>;
  subscriptions: Record<string, boolean>;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** A contact as the API returns it: the row, with ISO-8601 times. */
export type ContactView = Omit<ContactRow, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

export type ContactPage = Page<ContactView>;

/** Field by field: rows may carry query extras (an upsert's `inserted`, a page's cursor) that must not leak. */
export function toContactView(row: ContactRow): ContactView {
  return {
    id: row.id, externalId: row.externalId, email: row.email, phone: row.phone, telegramChatId: row.telegramChatId, timezone: row.timezone,
    attributes: row.attributes, subscriptions: row.subscriptions, tags: row.tags,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}
