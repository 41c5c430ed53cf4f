import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';
import { EnrollmentCanceller } from './enrollment-canceller';

@Module({ controllers: [ContactsController], providers: [ContactsService, ContactsRepository, EnrollmentCanceller] })
export class ContactsModule {}
