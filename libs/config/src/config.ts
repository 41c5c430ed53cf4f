import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Environment, type LogLevel } from './environment';
import { allowlistEntries } from './outbound-allowlist';

export interface CascadeConfig {
  database: {
    /** Connection string; when not configured, the local default. */
    url: string;
    /** False when DATABASE_URL was not set, so the launcher may pick a local or embedded Postgres. */
    configured: boolean;
  };
  temporal: {
    address: string;
    /** False when TEMPORAL_ADDRESS was not set, so the launcher starts a dev server. */
    configured: boolean;
    namespace: string;
    taskQueue: string;
    devServerPort: number;
    /** A prebuilt workflow bundle; without it the worker bundles the workflow code at boot. */
    workflowBundle?: string;
  };
  http: {
    host: string;
    port: number;
    /** Where contacts' mail clients reach the API (tracking pixel, links, unsubscribe); no trailing slash. */
    publicUrl: string;
  };
  dataDir: string;
  /** Modules of channel plug-ins (package names or paths), loaded by the API and the worker. */
  channelPlugins: string[];
  /** Signs links in messages and encrypts provider settings; required by the API and the worker (secret-key.ts). */
  secretKey?: string;
  outbound: {
    /**
     * Destinations outbound HTTP (providers, webhooks) may reach although not public: host names,
     * `*.` suffixes, IPs and CIDR ranges. Empty by default: loopback, private and link-local are refused.
     */
    allowlist: string[];
  };
  logLevel: LogLevel;
}

export const LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/cascade';

/** Raised for invalid configuration; its message is one line naming every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): CascadeConfig {
  // whitelist drops every variable Environment does not declare.
  const parsed = plainToInstance(Environment, { ...env });
  const errors = validateSync(parsed, { whitelist: true });
  if (errors.length > 0) {
    const problems = errors.map((e) => `${e.property} ${Object.values(e.constraints ?? {})[0] ?? 'is invalid'}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}.`);
  }
  const devServerPort = parsed.TEMPORAL_DEV_SERVER_PORT ?? 7233;
  const host = parsed.HOST ?? '127.0.0.1';
  const port = parsed.PORT ?? 3000;
  return {
    database: { url: parsed.DATABASE_URL ?? LOCAL_DATABASE_URL, configured: parsed.DATABASE_URL !== undefined },
    temporal: {
      address: parsed.TEMPORAL_ADDRESS ?? `127.0.0.1:${devServerPort}`,
      configured: parsed.TEMPORAL_ADDRESS !== undefined,
      namespace: parsed.TEMPORAL_NAMESPACE ?? 'default',
      taskQueue: parsed.TEMPORAL_TASK_QUEUE ?? 'cascade',
      devServerPort,
      workflowBundle: parsed.WORKFLOW_BUNDLE && resolve(cwd, parsed.WORKFLOW_BUNDLE),
    },
    http: { host, port, publicUrl: (parsed.PUBLIC_URL ?? `http://${host}:${port}`).replace(/\/+$/, '') },
    dataDir: resolve(cwd, parsed.CASCADE_DATA_DIR ?? '.data'),
    secretKey: parsed.CASCADE_SECRET_KEY,
    channelPlugins: parsed.CASCADE_CHANNEL_PLUGINS?.split(',').map((name) => name.trim()) ?? [],
    outbound: { allowlist: allowlistEntries(parsed.CASCADE_OUTBOUND_ALLOWLIST ?? '') },
    logLevel: parsed.LOG_LEVEL ?? 'log',
  };
}
