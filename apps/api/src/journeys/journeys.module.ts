import { Module } from '@nestjs/common';
import { JourneyLifecycleService } from './journey-lifecycle.service';
import { JourneysController } from './journeys.controller';
import { JourneysService } from './journeys.service';

@Module({ controllers: [JourneysController], providers: [JourneysService, JourneyLifecycleService] })
export class JourneysModule {}
