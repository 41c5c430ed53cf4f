import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import type { CascadeConfig } from '@cascade/config';
import { CONFIG } from '../config/config.module';

/**
 * The Temporal client. The connection is lazy so the API boots (and /health reports
 * "temporal: down") while Temporal is unreachable; calls fail until it is back.
 */
@Injectable()
export class TemporalClient extends Client implements OnApplicationShutdown {
  declare readonly connection: Connection;

  constructor(@Inject(CONFIG) config: CascadeConfig) {
    super({ connection: Connection.lazy({ address: config.temporal.address }), namespace: config.temporal.namespace });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

@Global()
@Module({ providers: [TemporalClient], exports: [TemporalClient] })
export class TemporalModule {}
