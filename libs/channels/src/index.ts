export {
  defineChannel, ChannelError, WebhookRejectedError,
  type ChannelDefinition, type ChannelSendInput, type OutgoingMessage, type WebhookRequest, type DeliveryReport,
} from './channel';
export { TrackingLinks, type TrackingToken } from './tracking-links';
export { ChannelRegistry } from './channel-registry';
export { createSandboxChannels, BUILT_IN_CHANNEL_TYPES, type Capture, type CapturedMessage } from './sandbox-channels';
