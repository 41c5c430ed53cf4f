import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { CascadeConfig } from '@cascade/config';

export const CONFIG = Symbol('CascadeConfig');

/** Makes the configuration validated at boot injectable everywhere as `@Inject(CONFIG)`. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: CascadeConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: CONFIG, useValue: config }], exports: [CONFIG] };
  }
}
