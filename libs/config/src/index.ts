export { loadConfig, ConfigError, LOCAL_DATABASE_URL, type CascadeConfig } from './config';
export { LOG_LEVELS, type LogLevel } from './environment';
export { runMain, StartupError, leaveWithParent } from './boot';
export { redactUrl } from './redact';
export { localSecretKey, requireSecretKey } from './secret-key';
