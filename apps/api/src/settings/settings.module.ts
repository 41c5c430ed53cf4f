import { Module } from '@nestjs/common';
import { AnalyticsSettingsController } from './analytics-settings.controller';
import { AnalyticsSettingsService } from './analytics-settings.service';
import { MessagingSettingsController } from './messaging-settings.controller';
import { MessagingSettingsService } from './messaging-settings.service';

@Module({
  controllers: [MessagingSettingsController, AnalyticsSettingsController],
  providers: [MessagingSettingsService, AnalyticsSettingsService],
})
export class SettingsModule {}
