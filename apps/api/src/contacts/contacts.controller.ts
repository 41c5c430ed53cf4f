import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { UuidParam } from '../common/uuid-param';
import type { ContactPage, ContactView } from './contact.view';
import { ContactsService } from './contacts.service';
import { SearchContactsDto } from './dto/search-contacts.dto';
import { UpdateContactDto } from './dto/update-contact.dto';
import { UpsertContactDto } from './dto/upsert-contact.dto';

@Controller('api/v1/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  /** 201 when the contact is new, 200 when an existing one (same externalId) was updated. */
  @Post()
  async upsert(@WorkspaceId() workspaceId: string, @Body() body: UpsertContactDto, @Res({ passthrough: true }) response: Response): Promise<ContactView> {
    const { contact, created } = await this.contacts.upsert(workspaceId, body);
    response.status(created ? 201 : 200);
    return contact;
  }

  @Get()
  search(@WorkspaceId() workspaceId: string, @Query() query: SearchContactsDto): Promise<ContactPage> {
    return this.contacts.search(workspaceId, query);
  }

  @Get(':id')
  get(@WorkspaceId() workspaceId: string, @UuidParam() id: string): Promise<ContactView> {
    return this.contacts.get(workspaceId, id);
  }

  @Patch(':id')
  update(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Body() body: UpdateContactDto): Promise<ContactView> {
    return this.contacts.update(workspaceId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  delete(@WorkspaceId() workspaceId: string, @UuidParam() id: string): Promise<void> {
    return this.contacts.delete(workspaceId, id);
  }
}
