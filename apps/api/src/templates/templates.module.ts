import { Module } from '@nestjs/common';
import { TemplatePreviewService } from './template-preview.service';
import { TemplatesController } from './templates.controller';
import { TemplatesRepository } from './templates.repository';
import { TemplatesService } from './templates.service';

/** ChannelRegistry comes from the global DeliveriesModule. */
@Module({ controllers: [TemplatesController], providers: [TemplatesService, TemplatePreviewService, TemplatesRepository] })
export class TemplatesModule {}
