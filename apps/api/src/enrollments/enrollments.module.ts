import { Module } from '@nestjs/common';
import { EnrollmentsController } from './enrollments.controller';
import { EnrollmentsService } from './enrollments.service';

@Module({ controllers: [EnrollmentsController], providers: [EnrollmentsService] })
export class EnrollmentsModule {}
