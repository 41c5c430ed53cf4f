import type { ContactSnapshot } from '@cascade/journey';

export interface ContactRow {
  id: string;
  external_id: string | null;
  email: string | null;
  phone: string | null;
  telegram_chat_id: string | null;
  timezone: string | null;
  attributes: Record<string, unknown>;
  subscriptions: Record<string, boolean>;
  tags: string[];
}

export const CONTACT_COLUMNS = 'id, external_id, email, phone, telegram_chat_id, timezone, attributes, subscriptions, tags';

export function toContactSnapshot(row: ContactRow): ContactSnapshot {
  return {
    id: row.id,
    externalId: row.external_id ?? undefined,
    email: row.email,
    phone: row.phone,
    telegramChatId: row.telegram_chat_id,
    timezone: row.timezone,
    attributes: row.attributes,
    subscriptions: row.subscriptions,
    tags: row.tags,
  };
}
