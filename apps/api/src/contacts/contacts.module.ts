import { Module } from '@nestjs/common';
import { ContactEnrollmentsService } from './contact-enrollments.service';
import { ContactEventsService } from './contact-events.service';
import { ContactTimelineController } from './contact-timeline.controller';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';
import { EnrollmentCanceller } from './enrollment-canceller';

@Module({
  controllers: [ContactsController, ContactTimelineController],
  providers: [ContactsService, ContactsRepository, EnrollmentCanceller, ContactEventsService, ContactEnrollmentsService],
})
export class ContactsModule {}
