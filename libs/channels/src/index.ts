export {
  defineChannel, ChannelError, WebhookRejectedError,
  type ChannelDefinition, type ChannelSendInput, type OutgoingMessage, type MessageLinks, type WebhookRequest, type WebhookContext, type DeliveryReport,
} from './channel';
export {
  createOutboundFetch, OutboundAllowlist, DestinationRefusedError, OutboundUnreachableError, answerReason, sanitizeReason,
  type OutboundFetch, type OutboundInit, type OutboundOptions,
} from './outbound';
export { CredentialsCipher } from './credentials-cipher';
export { escapeHtml } from './escape-html';
export { TrackingLinks, type TrackingToken } from './tracking-links';
export { ChannelRegistry } from './channel-registry';
export type { Capture, CapturedMessage } from './sandbox-capture';
export { loadChannelPlugins, ChannelPluginError } from './load-plugins';
export { createEmailChannel, type EmailChannelOptions, type EmailConfig, type EmailCredentials, type SmtpAddress } from './email';
export { createSmsChannel, type SmsChannelOptions, type SmsConfig, type SmsCredentials, type TwilioCredentials, type HttpGatewayCredentials } from './sms';
export { createTelegramChannel, type TelegramChannelOptions, type TelegramConfig, type TelegramCredentials } from './telegram';
export { createPushChannel, type PushChannelOptions, type PushConfig, type PushCredentials } from './push';
export { createWebhookChannel, type WebhookChannelConfig, type WebhookChannelCredentials } from './webhook';
export * from './templates';
export { createBuiltInChannels, type BuiltInChannelOptions } from './built-in-channels';
