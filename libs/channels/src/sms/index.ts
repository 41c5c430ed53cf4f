export { createSmsChannel, type SmsChannelOptions } from './sms.channel';
export type { SmsConfig, SmsCredentials, TwilioCredentials, HttpGatewayCredentials } from './sms-schemas';
