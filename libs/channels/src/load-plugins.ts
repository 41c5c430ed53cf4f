import { isAbsolute, resolve } from 'node:path';
import { StartupError } from '@cascade/config';
import type { ChannelDefinition } from './channel';

/** A plug-in that cannot be used: the message names the module and what is wrong (one line at boot). */
export class ChannelPluginError extends StartupError {
  override name = 'ChannelPluginError';
}

/**
 * Loads the channels listed in the configuration (CASCADE_CHANNEL_PLUGINS): package names, or paths
 * relative to `cwd`. A module exports a channel (`export default defineChannel(...)`) or a list of them.
 */
export function loadChannelPlugins(specifiers: readonly string[], cwd = process.cwd()): ChannelDefinition[] {
  return specifiers.flatMap((specifier) => {
    let exported: unknown;
    try {
      const path = specifier.startsWith('.') || isAbsolute(specifier) ? resolve(cwd, specifier) : require.resolve(specifier, { paths: [cwd] });
      // Plug-ins are named in the configuration, so they are loaded at run time, CommonJS like the rest.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      exported = require(path);
    } catch (error) {
      throw new ChannelPluginError(`Channel plug-in "${specifier}" could not be loaded: ${(error as Error).message.split('\n')[0]}`);
    }
    const value = (exported as { default?: unknown }).default ?? exported;
    const channels = Array.isArray(value) ? value : [value];
    for (const channel of channels) {
      const problem = whatIsWrong(channel);
      if (problem) throw new ChannelPluginError(`Channel plug-in "${specifier}" is not a channel: ${problem}`);
    }
    return channels as ChannelDefinition[];
  });
}

function whatIsWrong(channel: unknown): string | null {
  if (typeof channel !== 'object' || channel === null) return 'it must export defineChannel({...})';
  const { type, label, configSchema, address, send, parseWebhook } = channel as Record<string, unknown>;
  if (typeof type !== 'string' || !/^[A-Za-z0-9_-]{1,100}$/.test(type)) return '`type` must be letters, digits, "_" or "-"';
  if (typeof label !== 'string' || !label) return '`label` is required';
  if (typeof configSchema !== 'object' || configSchema === null) return '`configSchema` must be a JSON Schema object';
  if (typeof address !== 'function') return '`address` must be a function';
  if (typeof send !== 'function') return '`send` must be a function';
  if (parseWebhook !== undefined && typeof parseWebhook !== 'function') return '`parseWebhook` must be a function';
  return null;
}
