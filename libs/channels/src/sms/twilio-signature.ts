import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TwilioSignedRequest {
  authToken: string;
  /** The exact URL Twilio was given and called, query string included. */
  url: string;
  /** The POST parameters as received. */
  params: [name: string, value: string][];
}

/**
 * `X-Twilio-Signature`: base64 of HMAC-SHA1 under the auth token, over the URL followed by every
 * POST parameter sorted by name, each name immediately followed by its value.
 */
export function twilioSignature({ authToken, url, params }: TwilioSignedRequest): string {
  const sorted = [...params].sort(([a, aValue], [b, bValue]) => compare(a, b) || compare(aValue, bValue));
  const signed = sorted.reduce((text, [name, value]) => text + name + value, url);
  return createHmac('sha1', authToken).update(signed, 'utf8').digest('base64');
}

/** Compared in constant time, so the answer time tells nothing about how much of a forged signature was right. */
export function isTwilioSignatureValid(request: TwilioSignedRequest & { signature: string }): boolean {
  const expected = Buffer.from(twilioSignature(request));
  const given = Buffer.from(request.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
