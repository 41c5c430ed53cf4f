import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { ChannelDefinition } from '@cascade/channels';
import { CHANNEL_PLUGINS, channelProviders } from './channels.providers';
import { DeliveryRecorder } from './delivery-recorder';
import { TrackingController } from './tracking.controller';
import { UnsubscribeController } from './unsubscribe.controller';
import { WebhooksController } from './webhooks.controller';

/** Delivery events in: provider webhooks, tracking links, unsubscribe links (and the sandbox buttons, through DeliveryRecorder). */
@Global()
@Module({})
export class DeliveriesModule {
  /** `plugins` are channels added to the built-in ones. */
  static forRoot(plugins: ChannelDefinition[] = []): DynamicModule {
    const providers = [DeliveryRecorder, ...channelProviders, { provide: CHANNEL_PLUGINS, useValue: plugins }];
    return {
      module: DeliveriesModule,
      controllers: [TrackingController, UnsubscribeController, WebhooksController],
      providers,
      exports: [DeliveryRecorder, ...channelProviders],
    };
  }
}
