import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { ApiErrorResponses } from '../common/error.response';
import { UuidParam } from '../common/uuid-param';
import type { ContactPage, ContactView } from './contact.view';
import { ContactsService } from './contacts.service';
import { ContactPageResponse, ContactResponse } from './dto/contact.response';
import { SearchContactsDto } from './dto/search-contacts.dto';
import { UpdateContactDto } from './dto/update-contact.dto';
import { UpsertContactDto } from './dto/upsert-contact.dto';

@Controller('api/v1/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  /** 201 when the contact is new, 200 when an existing one (same externalId) was updated. */
  @Post()
  @ApiOperation({ summary: 'Create a contact, or update the one with the same externalId' })
  @ApiCreatedResponse({ type: ContactResponse, description: 'A new contact' })
  @ApiOkResponse({ type: ContactResponse, description: 'An existing contact (same externalId), updated' })
  @ApiErrorResponses([400])
  async upsert(@WorkspaceId() workspaceId: string, @Body() body: UpsertContactDto, @Res({ passthrough: true }) response: Response): Promise<ContactView> {
    const { contact, created } = await this.contacts.upsert(workspaceId, body);
    response.status(created ? 201 : 200);
    return contact;
  }

  @Get()
  @ApiOperation({ summary: 'Contacts, oldest first, a page at a time; `query` matches anywhere in the email, external id or phone' })
  @ApiOkResponse({ type: ContactPageResponse })
  @ApiErrorResponses([400])
  search(@WorkspaceId() workspaceId: string, @Query() query: SearchContactsDto): Promise<ContactPage> {
    return this.contacts.search(workspaceId, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One contact' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiErrorResponses([400, 404])
  get(@WorkspaceId() workspaceId: string, @UuidParam() id: string): Promise<ContactView> {
    return this.contacts.get(workspaceId, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change some of a contact\'s fields' })
  @ApiOkResponse({ type: ContactResponse })
  @ApiErrorResponses([400, 404])
  update(@WorkspaceId() workspaceId: string, @UuidParam() id: string, @Body() body: UpdateContactDto): Promise<ContactView> {
    return this.contacts.update(workspaceId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase a contact with everything recorded about it; its running journeys are cancelled first' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses([400, 404])
  delete(@WorkspaceId() workspaceId: string, @UuidParam() id: string): Promise<void> {
    return this.contacts.delete(workspaceId, id);
  }
}
