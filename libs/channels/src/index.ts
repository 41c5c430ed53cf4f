export { defineChannel, ChannelError, type ChannelDefinition, type ChannelSendInput, type OutgoingMessage } from './channel';
export { ChannelRegistry } from './channel-registry';
export { createSandboxChannels, BUILT_IN_CHANNEL_TYPES, type Capture, type CapturedMessage } from './sandbox-channels';
