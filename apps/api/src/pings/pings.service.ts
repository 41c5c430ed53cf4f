import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
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
   * Stores the row, then starts its workflow. The row is committed first so the worker always finds
   * it; if Temporal refuses the start, the row is removed again, so nothing is left half-written.
   * (The journey API will use an outbox instead, so events are accepted while Temporal is down.)
   */
  async create(message: string): Promise<Ping> {
    const pings = this.dataSource.getRepository(Ping);
    const ping = pings.create({ message, workflowId: null });
    ping.id = randomUUID();
    ping.workflowId = workflowId.ping(ping.id);
    await pings.insert(ping);
    try {
      await this.temporal.workflow.start<typeof pingWorkflow>('pingWorkflow', {
        workflowId: ping.workflowId,
        taskQueue: this.config.temporal.taskQueue,
        args: [{ pingId: ping.id }],
      });
    } catch (error) {
      await pings.delete({ id: ping.id });
      throw new ServiceUnavailableException(`Temporal is unavailable, nothing was stored: ${(error as Error).message}`);
    }
    return pings.findOneByOrFail({ id: ping.id });
  }

  async get(id: string): Promise<Ping> {
    const ping = await this.dataSource.getRepository(Ping).findOneBy({ id });
    if (!ping) throw new NotFoundException(`ping ${id} does not exist`);
    return ping;
  }
}
