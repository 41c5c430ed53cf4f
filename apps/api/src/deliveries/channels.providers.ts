import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChannelRegistry, createBuiltInChannels, CredentialsCipher, TrackingLinks, type ChannelDefinition } from '@cascade/channels';
import { requireSecretKey, type CascadeConfig } from '@cascade/config';
import { ChannelCredentialsStore } from '@cascade/engine';
import { CONFIG } from '../config/config.module';

export const CHANNEL_PLUGINS = Symbol('ChannelPlugins');

/** The API reads channels' webhooks, it never sends: the sandboxes here have nothing to capture into. */
const refuseToSend = () => Promise.reject(new Error('the API process does not send messages'));


export const channelProviders: Provider[] = [
  {
    provide: ChannelRegistry,
    inject: [CHANNEL_PLUGINS],
    useFactory: (plugins: ChannelDefinition[]) => new ChannelRegistry([...createBuiltInChannels({ capture: refuseToSend }), ...plugins]),
  },
  {
    provide: TrackingLinks,
    inject: [CONFIG],
    useFactory: (config: CascadeConfig) => new TrackingLinks({ secretKey: requireSecretKey(config), publicUrl: config.http.publicUrl }),
  },
  {
    provide: ChannelCredentialsStore,
    inject: [DataSource, CONFIG],
    useFactory: (dataSource: DataSource, config: CascadeConfig) => new ChannelCredentialsStore(dataSource, new CredentialsCipher(requireSecretKey(config))),
  },
];
