import { DomainError } from '@cascade/errors';

/** A callback that is not the provider's (bad or missing signature): answered 401, nothing recorded. */
export class WebhookRejectedError extends DomainError<'webhook_rejected'> {
  override name = 'WebhookRejectedError';

  constructor(message: string) {
    super('unauthorized', 'webhook_rejected', message);
  }
}
