import { DomainError } from '@cascade/errors';

export type LifecycleErrorCode = 'lifecycle_input_invalid' | 'lifecycle_settings_invalid';

/** Lifecycle input or workspace settings refused before any stage is computed. */
export class LifecycleError extends DomainError<LifecycleErrorCode> {
  constructor(code: LifecycleErrorCode, message: string) {
    super('invalid', code, message);
    this.name = 'LifecycleError';
  }
}
