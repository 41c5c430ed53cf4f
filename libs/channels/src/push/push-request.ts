import { createHash } from 'node:crypto';
import { generateRequestDetails, type PushSubscription } from 'web-push';
import { ChannelError, type ChannelSendInput } from '../channel';
import { DEFAULT_TTL_SECONDS, type PushConfig, type PushCredentials } from './push-schemas';

export interface PushRequest {
  endpoint: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * The encrypted (aes128gcm, RFC 8291) and VAPID-signed request for one notification, built by
 * web-push; the channel sends it itself to keep timeouts and error handling its own. The payload is
 * what the web app's service worker shows: `tag` lets it replace a copy rather than show two, and
 * the `Topic` header lets the push service do the same with a retry still queued for an offline device.
 */
export function pushRequest(input: {
  subscription: PushSubscription;
  credentials: PushCredentials;
  config: PushConfig;
  messageId: string;
  message: ChannelSendInput['message'];
  links: ChannelSendInput['links'];
}): PushRequest {
  const { subscription, credentials, config, messageId, message, links } = input;
  const payload = JSON.stringify({
    title: message.subject ?? '', body: message.body, ...(config.url ? { url: links.click(config.url) } : {}), tag: messageId,
  });
  try {
    const details = generateRequestDetails(subscription, payload, {
      vapidDetails: { subject: credentials.subject, publicKey: credentials.vapidPublicKey, privateKey: credentials.vapidPrivateKey },
      TTL: config.ttl ?? DEFAULT_TTL_SECONDS,
      contentEncoding: 'aes128gcm',
      topic: createHash('sha256').update(messageId).digest('base64url').slice(0, 32),
    });
    // fetch sets Content-Length itself.
    const headers = Object.fromEntries(Object.entries(details.headers).filter(([name]) => name !== 'Content-Length').map(([name, value]) => [name, String(value)]));
    return { endpoint: details.endpoint, headers, body: details.body };
  } catch (error) {
    // Keys of the wrong length, a subject that is no URL: nothing a retry would change.
    throw new ChannelError(`push not sent: ${(error as Error).message}`, false);
  }
}
