export { createEmailChannel, type EmailChannelOptions } from './email.channel';
export type { EmailConfig, EmailCredentials } from './email-schemas';
export type { SmtpAddress } from './smtp-transports';
