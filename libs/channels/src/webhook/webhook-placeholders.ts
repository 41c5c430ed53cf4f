import type { ContactSnapshot } from '@cascade/journey';
import { ChannelError } from '../channel';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Fills the few placeholders a webhook URL or header may hold. Deliberately not Liquid: the body is
 * the Liquid-rendered message already, and in a URL or header every value must be encoded for
 * where it lands, which a template language cannot know. An unknown placeholder, or one the
 * contact has no value for, fails the message rather than call a wrong URL.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues, encode: (value: string) => string = (value) => value): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    if (!(name in values)) throw new ChannelError(`webhook placeholder {{ ${name} }} is unknown (use ${Object.keys(values).map((key) => `{{ ${key} }}`).join(', ')})`, false);
    const value = values[name as keyof PlaceholderValues];
    if (!value) throw new ChannelError(`webhook placeholder {{ ${name} }} has no value for this contact`, false);
    return encode(value);
  });
}

export type PlaceholderValues = { 'contact.id': string; 'contact.externalId': string | undefined; messageId: string };

export function placeholderValues(contact: ContactSnapshot, messageId: string): PlaceholderValues {
  return { 'contact.id': contact.id, 'contact.externalId': contact.externalId ?? undefined, messageId };
}
