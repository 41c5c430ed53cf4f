import { ChannelError, defineChannel } from '../channel';
import { answerReason } from '../outbound';
import { answerText, fetchProvider } from '../provider-fetch';
import { captureInSandbox } from '../sandbox-capture';
import type { Capture } from '../sandbox-capture';
import { pushError } from './push-error';
import { pushRequest } from './push-request';
import { pushConfigSchema, pushCredentialsSchema, type PushConfig, type PushCredentials } from './push-schemas';
import { pushAddress, readPushSubscription } from './push-subscription';

export interface PushChannelOptions {
  /** Where notifications go when the workspace has no VAPID keys: the sandbox. */
  capture: Capture;
}

/**
 * The built-in `push` channel: Web Push to the browser subscription in the contact's
 * `pushSubscription` attribute, signed with the workspace's VAPID keys. A push service's 201 means
 * it queued the message, not that the device showed it: the message is `sent`.
 * The endpoint comes from contact data: the guarded fetch refuses destinations that are not public
 * unless CASCADE_OUTBOUND_ALLOWLIST allows them (SSRF).
 */
export function createPushChannel(options: PushChannelOptions) {
  return defineChannel<PushConfig, PushCredentials>({
    type: 'push',
    label: 'Web push',
    sandbox: true,
    configSchema: pushConfigSchema,
    credentialsSchema: pushCredentialsSchema,
    address: pushAddress,
    async send({ messageId, address, message, config, credentials, links, fetch }) {
      const subscription = readPushSubscription(address);
      if (!subscription) throw new ChannelError('the push subscription is malformed', false);
      if (!credentials) return captureInSandbox(options.capture, 'push', { messageId, address: subscription.endpoint, message });
      const request = pushRequest({ subscription, credentials, config, messageId, message, links });
      const response = await fetchProvider(fetch, 'The push service', request.endpoint, { method: 'POST', headers: request.headers, body: request.body });
      if (!response.ok) throw pushError(response.status, answerReason(await answerText(response), response.headers.get('content-type')));
      // The push service names the queued message in Location (RFC 8030 §5).
      return { providerMessageId: response.headers.get('location') ?? undefined };
    },
  });
}
