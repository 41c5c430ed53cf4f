import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateBy } from 'class-validator';
import { invalidAllowlistEntry } from './outbound-allowlist';

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value));
const toInt = () =>
  Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value));

/** Parses as a URL (so special characters in the password are percent-encoded) with a Postgres scheme. */
function isPostgresUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An optional TCP port given as a string of digits. */
function OptionalPort(): PropertyDecorator {
  const message = { message: 'must be a whole number from 1 to 65535' };
  const decorators = [toInt(), IsOptional(), IsInt(message), Min(1, message), Max(65535, message)];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The environment variables Cascade reads, validated once at boot (see README, Configuration). */
export class Environment {
  @trimmed()
  @IsOptional()
  @ValidateBy({
    name: 'isPostgresUrl',
    validator: { validate: isPostgresUrl, defaultMessage: () => 'must be a postgres:// URL, e.g. postgres://user:password@host:5432/cascade' },
  })
  DATABASE_URL?: string;

  @trimmed()
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]+:\d{1,5}$/, { message: 'must be host:port, e.g. 127.0.0.1:7233' })
  TEMPORAL_ADDRESS?: string;

  @trimmed()
  @IsOptional()
  @IsString()
  TEMPORAL_NAMESPACE?: string;

  @trimmed()
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'must contain only letters, digits, ".", "_" and "-"' })
  TEMPORAL_TASK_QUEUE?: string;

  @OptionalPort()
  TEMPORAL_DEV_SERVER_PORT?: number;

  @trimmed()
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE?: string;

  @OptionalPort()
  PORT?: number;

  @trimmed()
  @IsOptional()
  @Matches(/^[A-Za-z0-9.:-]+$/, { message: 'must be a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0' })
  HOST?: string;

  @trimmed()
  @IsOptional()
  @IsString()
  CASCADE_DATA_DIR?: string;

  @trimmed()
  @IsOptional()
  @Matches(/^[^,\s]+(\s*,\s*[^,\s]+)*$/, { message: 'must be module names or paths separated by commas, e.g. ./plugins/viber.js,@acme/cascade-sms' })
  CASCADE_CHANNEL_PLUGINS?: string;

  @trimmed()
  @IsOptional()
  @MinLength(32, { message: 'must be at least 32 characters, e.g. the output of `openssl rand -hex 32`' })
  CASCADE_SECRET_KEY?: string;

  @trimmed()
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL, e.g. https://cascade.example.com' })
  PUBLIC_URL?: string;

  @trimmed()
  @IsOptional()
  @ValidateBy({
    name: 'isOutboundAllowlist',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && invalidAllowlistEntry(value) === null,
      defaultMessage: (args) =>
        `has "${typeof args?.value === 'string' ? invalidAllowlistEntry(args.value) : String(args?.value)}", which is not a host name, IP address or CIDR range (use e.g. 127.0.0.1,10.0.0.0/8,sms-gw.internal)`,
    },
  })
  CASCADE_OUTBOUND_ALLOWLIST?: string;

  @trimmed()
  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevel;
}
