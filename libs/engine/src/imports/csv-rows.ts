import { parse } from 'csv-parse/sync';
import type { IncomingEvent } from '../events/ingest-events';

export type ImportKind = 'contacts' | 'purchases';

/** Columns a file must have; any other column becomes a contact attribute or a purchase property. */
export const REQUIRED_COLUMNS: Record<ImportKind, string[]> = {
  contacts: ['externalId'],
  purchases: ['externalId', 'amount', 'occurredAt'],
};

export interface ContactRow {
  externalId: string;
  email: string | null;
  phone: string | null;
  telegramChatId: string | null;
  timezone: string | null;
  tags: string[];
  attributes: Record<string, string>;
}

export type Mapped<T> = { row: T } | { error: string };

/** Records keyed by the header line; line numbers count the header as line 1. */
export function parseCsv(content: string): { header: string[]; records: Record<string, string>[] } {
  const rows: string[][] = parse(content, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  const [header = [], ...data] = rows;
  return { header, records: data.map((values) => Object.fromEntries(header.map((column, i) => [column, values[i] ?? '']))) };
}

export function missingColumns(kind: ImportKind, header: string[]): string[] {
  return REQUIRED_COLUMNS[kind].filter((column) => !header.includes(column));
}

const CONTACT_FIELDS = ['externalId', 'email', 'phone', 'telegramChatId', 'timezone', 'tags'];

export function toContactRow(record: Record<string, string>): Mapped<ContactRow> {
  const { externalId, email, phone, telegramChatId, timezone, tags } = record;
  if (!externalId || externalId.length > 200) return { error: 'externalId is required (at most 200 characters)' };
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return { error: `email "${email}" is not an email address` };
  if (phone && !/^\+?[0-9]{6,15}$/.test(phone)) return { error: `phone "${phone}" must be 6 to 15 digits, optionally after +` };
  if (timezone && !isTimeZone(timezone)) return { error: `timezone "${timezone}" is not an IANA time zone` };
  const attributes = Object.fromEntries(Object.entries(record).filter(([key, value]) => !CONTACT_FIELDS.includes(key) && value !== ''));
  return {
    row: {
      externalId, email: email || null, phone: phone || null, telegramChatId: telegramChatId || null, timezone: timezone || null,
      tags: tags ? tags.split(';').map((tag) => tag.trim()).filter(Boolean) : [], attributes,
    },
  };
}

/** A purchase is a `purchase` event; its orderId makes a re-imported file change nothing. */
export function toPurchaseEvent(record: Record<string, string>): Mapped<IncomingEvent> {
  const { externalId, amount, currency, occurredAt, orderId, ...rest } = record;
  if (!externalId) return { error: 'externalId is required' };
  const value = Number(amount);
  if (amount === '' || !Number.isFinite(value) || value < 0) return { error: `amount "${amount}" is not a number ≥ 0` };
  if (currency && !/^[A-Z]{3}$/.test(currency)) return { error: `currency "${currency}" is not an ISO 4217 code like RUB` };
  if (!occurredAt || Number.isNaN(Date.parse(occurredAt))) return { error: `occurredAt "${occurredAt ?? ''}" is not a date` };
  const properties = { ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== '')), amount: value, ...(currency ? { currency } : {}), ...(orderId ? { orderId } : {}) };
  return { row: { externalId, name: 'purchase', properties, occurredAt: new Date(occurredAt).toISOString(), messageId: orderId ? `order:${orderId}` : undefined } };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
