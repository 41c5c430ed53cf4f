import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CascadeConfig } from '@cascade/config';
import { Ping } from '@cascade/db';
import { workflowId, type pingWorkflow } from '@cascade/workflows';
import { CONFIG } from '../config/config.module';
import { TemporalClient } from '../temporal/temporal.module';

@Injectable()
export class PingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(CONFIG) private readonly config: CascadeConfig,
  ) {}

  /**
   * Writes the row and starts its workflow in one transaction: if Temporal refuses the start,
   * the row is rolled back, so no ping is left pending forever. (The journey API will use an
   * outbox instead, so events are accepted while Temporal is down.)
   */
  async create(message: string): Promise<Ping> {
    return this.dataSource.transaction(async (manager) => {
      const ping = await manager.save(manager.create(Ping, { message }));
      ping.workflowId = workflowId.ping(ping.id);
      await this.temporal.workflow.start<typeof pingWorkflow>('pingWorkflow', {
        workflowId: ping.workflowId,
        taskQueue: this.config.temporal.taskQueue,
        args: [{ pingId: ping.id }],
      });
      return manager.save(ping);
    });
  }

  async get(id: string): Promise<Ping> {
    const ping = await this.dataSource.getRepository(Ping).findOneBy({ id });
    if (!ping) throw new NotFoundException(`ping ${id} does not exist`);
    return ping;
  }
}
