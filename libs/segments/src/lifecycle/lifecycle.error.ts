export type LifecycleErrorCode = 'lifecycle_input_invalid' | 'lifecycle_settings_invalid';

/** Lifecycle input or workspace settings refused before any stage is computed. */
export class LifecycleError extends Error {
  constructor(readonly code: LifecycleErrorCode, message: string) {
    super(message);
    this.name = 'LifecycleError';
  }
}
