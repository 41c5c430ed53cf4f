export {
  defineChannel, ChannelError, WebhookRejectedError,
  type ChannelDefinition, type ChannelSendInput, type OutgoingMessage, type MessageLinks, type WebhookRequest, type WebhookContext, type DeliveryReport,
} from './channel';
export { CredentialsCipher } from './credentials-cipher';
export { TrackingLinks, type TrackingToken } from './tracking-links';
export { ChannelRegistry } from './channel-registry';
export { createSandboxChannels, BUILT_IN_CHANNEL_TYPES, type Capture, type CapturedMessage } from './sandbox-channels';
export { loadChannelPlugins, ChannelPluginError } from './load-plugins';
export { createEmailChannel, type EmailChannelOptions, type EmailConfig, type EmailCredentials, type SmtpAddress } from './email';
export * from './templates';
export { createBuiltInChannels, type BuiltInChannelOptions } from './built-in-channels';
