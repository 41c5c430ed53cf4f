export { createApp, type CreateAppOptions } from './create-app';
