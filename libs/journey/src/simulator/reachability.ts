import type { ContactSnapshot } from '../contact/contact.types';

/** The address each built-in channel needs; until the channel SDK provides them (see libs/channels). */
const ADDRESS_FIELDS: Record<string, keyof ContactSnapshot> = { email: 'email', sms: 'phone', telegram: 'telegramChatId' };

/** Why `channel` cannot reach the contact, or null when it can. */
export function defaultUnreachable(contact: ContactSnapshot, channel: string): string | null {
  if (contact.subscriptions?.[channel] === false) return `unsubscribed from ${channel}`;
  const field = ADDRESS_FIELDS[channel];
  if (field && !contact[field]) return `no ${channel} address`;
  return null;
}
