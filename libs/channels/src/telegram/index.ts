export { createTelegramChannel, type TelegramChannelOptions } from './telegram.channel';
export type { TelegramConfig, TelegramCredentials } from './telegram-schemas';
