import { Module } from '@nestjs/common';
import { ChannelsController } from './channels.controller';
import { ChannelsService } from './channels.service';

/** The registry and the credentials store come from the global DeliveriesModule. */
@Module({ controllers: [ChannelsController], providers: [ChannelsService] })
export class ChannelsModule {}
