import { ChannelError } from '../channel';

/**
 * A destination outbound calls may not reach: not public and not in CASCADE_OUTBOUND_ALLOWLIST, or
 * not http(s). Never retried. The message names the host and address, never the path or query
 * (they may hold secrets).
 */
export class DestinationRefusedError extends ChannelError {
  override name = 'DestinationRefusedError';

  constructor(reason: string) {
    super(`destination refused: ${reason}`, false);
  }
}

/** The call got no answer (refused connection, DNS failure, timeout): worth another try. */
export class OutboundUnreachableError extends ChannelError {
  override name = 'OutboundUnreachableError';

  constructor(message: string) {
    super(message, true);
  }
}
