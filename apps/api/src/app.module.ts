import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ChannelDefinition } from '@cascade/channels';
import type { CascadeConfig } from '@cascade/config';
import { dataSourceOptions } from '@cascade/db';
import { AuthModule } from './auth/auth.module';
import { ConfigModule } from './config/config.module';
import { ChannelsModule } from './channels/channels.module';
import { ContactsModule } from './contacts/contacts.module';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { EnrollmentsModule } from './enrollments/enrollments.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { JourneysModule } from './journeys/journeys.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { SandboxModule } from './sandbox/sandbox.module';
import { SegmentsModule } from './segments/segments.module';
import { SettingsModule } from './settings/settings.module';
import { StatsModule } from './stats/stats.module';
import { TemplatesModule } from './templates/templates.module';
import { TemporalModule } from './temporal/temporal.module';
import { WorkspaceModule } from './workspace/workspace.module';

@Module({})
export class AppModule {
  static forRoot(config: CascadeConfig, options: { plugins?: ChannelDefinition[] } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.database.url), retryAttempts: 2, retryDelay: 1_000 }),
        TemporalModule,
        AuthModule,
        DeliveriesModule.forRoot(options.plugins),
        HealthModule,
        JourneysModule,
        ChannelsModule,
        ContactsModule,
        EventsModule,
        EnrollmentsModule,
        SandboxModule,
        StatsModule,
        ImportsModule,
        TemplatesModule,
        SettingsModule,
        SegmentsModule,
        AnalyticsModule,
        WorkspaceModule,
      ],
    };
  }
}
