import type { PushSubscription } from 'web-push';
import { isRecord, type ContactSnapshot } from '@cascade/journey';
import { parseJson } from '../provider-fetch';

/** The contact attribute holding the browser's PushSubscription (`subscription.toJSON()`, or that JSON as a string). */
export const PUSH_SUBSCRIPTION_ATTRIBUTE = 'pushSubscription';

const BASE64URL = /^[A-Za-z0-9_-]+=*$/;

/** The contact's subscription as the channel's address (its JSON), or null when absent or malformed. */
export function pushAddress(contact: ContactSnapshot): string | null {
  const subscription = readPushSubscription(contact.attributes[PUSH_SUBSCRIPTION_ATTRIBUTE]);
  return subscription ? JSON.stringify(subscription) : null;
}

/** `{ endpoint, keys: { p256dh, auth } }` from an object or its JSON text; only those fields are kept. */
export function readPushSubscription(value: unknown): PushSubscription | null {
  const parsed = typeof value === 'string' ? parseJson(value) : value;
  if (!isRecord(parsed) || !isRecord(parsed.keys)) return null;
  const { endpoint, keys: { p256dh, auth } } = parsed;
  if (typeof endpoint !== 'string' || !isHttpUrl(endpoint)) return null;
  if (typeof p256dh !== 'string' || typeof auth !== 'string' || !BASE64URL.test(p256dh) || !BASE64URL.test(auth)) return null;
  return { endpoint, keys: { p256dh, auth } };
}

function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && ['https:', 'http:'].includes(new URL(text).protocol);
}
