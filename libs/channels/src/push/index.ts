export { createPushChannel, type PushChannelOptions } from './push.channel';
export type { PushConfig, PushCredentials } from './push-schemas';
