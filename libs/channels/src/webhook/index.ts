export { createWebhookChannel } from './webhook.channel';
export type { WebhookChannelConfig, WebhookChannelCredentials } from './webhook-schemas';
