import type { SqlParams } from './sql-params';

/** Whose fields `attribute` reads: the contact (`c`), or one event row's properties. */
export type SqlSubject = { kind: 'contact' } | { kind: 'event'; alias: string };

/**
 * The contact's own fields as contactSubject() puts them on top of its attributes. Fields that
 * toContactSnapshot() gives as null stay JSON null (`eq null` holds), externalId as missing.
 */
const CONTACT_FIELDS: Record<string, string> = {
  id: 'to_jsonb(c.id::text)',
  externalId: 'to_jsonb(c.external_id)',
  email: `coalesce(to_jsonb(c.email), 'null'::jsonb)`,
  phone: `coalesce(to_jsonb(c.phone), 'null'::jsonb)`,
  telegramChatId: `coalesce(to_jsonb(c.telegram_chat_id), 'null'::jsonb)`,
  timezone: `coalesce(to_jsonb(c.timezone), 'null'::jsonb)`,
  subscriptions: 'c.subscriptions',
  tags: 'to_jsonb(c.tags)',
};

/** A jsonb expression for `path` on the subject (SQL NULL when missing), the path bound as a parameter. */
export function subjectValueSql(path: string, subject: SqlSubject, params: SqlParams): string {
  const keys = path.split('.');
  if (subject.kind === 'event') return `(${subject.alias}.properties #> ${params.add(keys)}::text[])`;
  const field = Object.prototype.hasOwnProperty.call(CONTACT_FIELDS, keys[0]) ? CONTACT_FIELDS[keys[0]] : undefined;
  if (!field) return `(c.attributes #> ${params.add(keys)}::text[])`;
  return keys.length === 1 ? `(${field})` : `(${field} #> ${params.add(keys.slice(1))}::text[])`;
}
