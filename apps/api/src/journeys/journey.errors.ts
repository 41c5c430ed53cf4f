import type { JourneyStatus } from '@cascade/db';

/** Why a journey operation was refused; journey-error.filter.ts maps each code to an HTTP status. */
export type JourneyErrorCode = 'journey_not_found' | 'journey_archived' | 'invalid_status_transition' | 'journey_invalid';

export interface JourneyErrorDetail {
  path: string;
  code: string;
  message: string;
  nodeId?: string;
  edgeId?: string;
}

/** A domain error: carries a code, not an HTTP status (STYLE.md rule 4). */
export class JourneyError extends Error {
  constructor(
    readonly code: JourneyErrorCode,
    message: string,
    readonly details: JourneyErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'JourneyError';
  }

  static notFound(id: string): JourneyError {
    return new JourneyError('journey_not_found', `Journey ${id} does not exist.`, [
      { path: 'id', code: 'journey_not_found', message: `Journey ${id} does not exist.` },
    ]);
  }

  static archived(id: string, action: string): JourneyError {
    const message = `Journey ${id} is archived: it can no longer be ${action}.`;
    return new JourneyError('journey_archived', message, [{ path: 'status', code: 'journey_archived', message }]);
  }

  static transition(id: string, from: JourneyStatus, action: string, allowedFrom: JourneyStatus): JourneyError {
    const message = `Journey ${id} is ${from}: only a journey that is ${allowedFrom} can be ${action}.`;
    return new JourneyError('invalid_status_transition', message, [{ path: 'status', code: 'invalid_status_transition', message }]);
  }
}
