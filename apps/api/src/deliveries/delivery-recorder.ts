import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryReport } from '@cascade/channels';
import { recordDeliveries, unsubscribeByMessage } from '@cascade/engine';
import { TemporalClient } from '../temporal/temporal.module';

/** The engine's delivery bookkeeping with the API's database and Temporal client. */
@Injectable()
export class DeliveryRecorder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClient,
  ) {}

  record(reports: DeliveryReport[], scope: { channel?: string; workspaceId?: string } = {}) {
    return recordDeliveries({ dataSource: this.dataSource, client: this.temporal }, reports, scope);
  }

  unsubscribe(messageId: string) {
    return unsubscribeByMessage(this.dataSource, messageId);
  }
}
