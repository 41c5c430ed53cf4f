import { defineChannel } from '../channel';
import { captureInSandbox } from '../sandbox-capture';
import type { Capture } from '../sandbox-capture';
import { sendViaHttpGateway } from './http-gateway-send';
import { smsConfigSchema, smsCredentialsSchema, type SmsConfig, type SmsCredentials } from './sms-schemas';
import { parseTwilioStatusCallback } from './twilio-status-callback';
import { sendViaTwilio } from './twilio-send';

export interface SmsChannelOptions {
  /** Where messages go when the workspace has no SMS provider: the sandbox. */
  capture: Capture;
}

/** The built-in `sms` channel: Twilio (or a Twilio-compatible API), a generic HTTP gateway, or the sandbox. */
export function createSmsChannel(options: SmsChannelOptions) {
  return defineChannel<SmsConfig, SmsCredentials>({
    type: 'sms',
    label: 'SMS',
    sandbox: true,
    configSchema: smsConfigSchema,
    credentialsSchema: smsCredentialsSchema,
    address: (contact) => contact.phone || null,
    async send({ messageId, address, message, credentials, webhookUrl, fetch }) {
      if (!credentials) return captureInSandbox(options.capture, 'sms', { messageId, address, message });
      if (credentials.provider === 'twilio') return sendViaTwilio({ credentials, to: address, text: message.body, webhookUrl, messageId, fetch });
      return sendViaHttpGateway({ credentials, messageId, to: address, text: message.body, fetch });
    },
    // Only Twilio reports statuses: a generic gateway has no callback format to read, so its messages stay `sent`.
    parseWebhook: (request, { credentials }) => parseTwilioStatusCallback(request, credentials),
  });
}
