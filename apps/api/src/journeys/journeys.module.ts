import { Module } from '@nestjs/common';
import { JourneyBroadcastService } from './journey-broadcast.service';
import { GraphValidator } from './journey-graph';
import { JourneyLifecycleService } from './journey-lifecycle.service';
import { JourneysController } from './journeys.controller';
import { JourneysService } from './journeys.service';

@Module({ controllers: [JourneysController], providers: [JourneysService, JourneyLifecycleService, JourneyBroadcastService, GraphValidator] })
export class JourneysModule {}
