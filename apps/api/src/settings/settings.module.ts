import { Module } from '@nestjs/common';
import { MessagingSettingsController } from './messaging-settings.controller';
import { MessagingSettingsService } from './messaging-settings.service';

@Module({ controllers: [MessagingSettingsController], providers: [MessagingSettingsService] })
export class SettingsModule {}
