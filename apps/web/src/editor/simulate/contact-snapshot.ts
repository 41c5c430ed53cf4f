import type { ContactSnapshot } from '@cascade/journey';
import type { Contact as ContactView } from '../../api/contacts';

export type { ContactView };


/** A real contact as the simulator knows one: the same fields the engine loads for an enrollment. */
export function toContactSnapshot(view: ContactView): ContactSnapshot {
  return {
    id: view.id,
    ...(view.externalId ? { externalId: view.externalId } : {}),
    email: view.email,
    phone: view.phone,
    telegramChatId: view.telegramChatId,
    timezone: view.timezone,
    attributes: { ...(view.attributes ?? {}) },
    subscriptions: { ...(view.subscriptions ?? {}) },
    tags: [...(view.tags ?? [])],
  };
}

/** One attribute row of a described contact. */
export interface AttributeRow {
  key: string;
  value: string;
}

/** A contact described by hand in the panel. */
export interface DescribedContact {
  email: string;
  phone: string;
  telegramChatId: string;
  timezone: string;
  attributes: AttributeRow[];
  tags: string;
}

export const EMPTY_DESCRIBED_CONTACT: DescribedContact = { email: '', phone: '', telegramChatId: '', timezone: 'UTC', attributes: [], tags: '' };

/**
 * An attribute value as typed: numbers, true/false, null and JSON objects/arrays are read as such
 * (so `gt` on a number and `eq true` work as on real contacts); anything else, dates included, stays text.
 */
export function attributeValue(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (/^-?\d+(\.\d+)?$/.test(trimmed) && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (trimmed === 'true' || trimmed === 'false' || trimmed === 'null' || /^[[{"]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return text;
    }
  }
  return text;
}

/** The described contact as a snapshot; problems by field when something cannot be read. */
export function describedSnapshot(contact: DescribedContact): { snapshot: ContactSnapshot; problems: string[] } {
  const problems: string[] = [];
  const attributes: Record<string, unknown> = {};
  contact.attributes.forEach((row, index) => {
    const key = row.key.trim();
    if (!key && !row.value.trim()) return;
    if (!key) problems.push(`Attribute ${index + 1} has a value but no name.`);
    else if (key in attributes) problems.push(`Attribute "${key}" is given twice.`);
    else attributes[key] = attributeValue(row.value);
  });
  const email = contact.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) problems.push(`"${email}" is not an email address.`);
  const tags = contact.tags.split(',').map((tag) => tag.trim()).filter(Boolean);
  return {
    snapshot: {
      id: 'simulated-contact',
      email: email || null,
      phone: contact.phone.trim() || null,
      telegramChatId: contact.telegramChatId.trim() || null,
      timezone: contact.timezone || 'UTC',
      attributes,
      subscriptions: {},
      tags,
    },
    problems,
  };
}
