export { defineChannel, ChannelError, type ChannelDefinition, type ChannelSendInput, type OutgoingMessage } from './channel';
export { ChannelRegistry } from './channel-registry';
export { createSandboxChannels, type Capture, type CapturedMessage } from './sandbox-channels';
