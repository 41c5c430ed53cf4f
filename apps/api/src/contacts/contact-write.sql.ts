/** A change to a contact: scalars replace, attributes and subscriptions merge. */
export interface ContactWrite {
  externalId?: string | null;
  email?: string | null;
  phone?: string | null;
  telegramChatId?: string | null;
  timezone?: string | null;
  tags?: string[];
  attributes?: { set: Record<string, unknown>; unset: string[] };
  subscriptions?: Record<string, boolean>;
}

const SCALARS = {
  externalId: 'external_id', email: 'email', phone: 'phone', telegramChatId: 'telegram_chat_id', timezone: 'timezone', tags: 'tags',
} as const;

/** The positional parameters of one statement. */
export class Params {
  readonly list: unknown[];

  constructor(...initial: unknown[]) {
    this.list = initial;
  }

  add(value: unknown): string {
    this.list.push(value);
    return `$${this.list.length}`;
  }
}

/** Column → SQL value of every field the write sets; attributes carry only the keys being set. */
export function valuesOf(write: ContactWrite, params: Params): Map<string, string> {
  const values = new Map<string, string>();
  for (const [field, column] of Object.entries(SCALARS)) {
    const value = write[field as keyof typeof SCALARS];
    if (value !== undefined) values.set(column, column === 'tags' ? `${params.add(value)}::text[]` : params.add(value));
  }
  if (write.attributes) values.set('attributes', `${params.add(JSON.stringify(write.attributes.set))}::jsonb`);
  if (write.subscriptions) values.set('subscriptions', `${params.add(JSON.stringify(write.subscriptions))}::jsonb`);
  return values;
}

/** `INSERT INTO contacts (...) VALUES (...)` of a write into the workspace that is `$1`. */
export function insertInto(values: Map<string, string>): string {
  return `INSERT INTO contacts (${['workspace_id', ...values.keys()].join(', ')}) VALUES (${['$1', ...values.values()].join(', ')})`;
}

/** `SET` assignments merging a write into a row; `incoming` names the new value of a column. */
export function assignments(write: ContactWrite, values: Map<string, string>, params: Params, incoming: (column: string) => string): string {
  const set = [...values.keys()].map((column) => {
    if (column === 'attributes') return `attributes = (contacts.attributes || ${incoming(column)}) - ${params.add(write.attributes?.unset ?? [])}::text[]`;
    if (column === 'subscriptions') return `subscriptions = contacts.subscriptions || ${incoming(column)}`;
    return `${column} = ${incoming(column)}`;
  });
  return [...set, 'updated_at = now()'].join(', ');
}
