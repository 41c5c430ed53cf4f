import type { JourneyStatus } from '@cascade/db';
import { DomainError, notFoundMessage, type DomainErrorKind } from '@cascade/errors';

/** Why a journey operation was refused. */
export type JourneyErrorCode = 'journey_not_found' | 'journey_archived' | 'invalid_status_transition' | 'journey_invalid';

export interface JourneyErrorDetail {
  path: string;
  code: string;
  message: string;
  nodeId?: string;
  edgeId?: string;
}

const KIND: Record<JourneyErrorCode, DomainErrorKind> = {
  journey_not_found: 'not_found',
  journey_archived: 'conflict',
  invalid_status_transition: 'conflict',
  journey_invalid: 'unprocessable',
};

/** Why a journey operation was refused, by code; each code has its kind (statuses: common/domain-error-statuses.ts). */
export class JourneyError extends DomainError<JourneyErrorCode, JourneyErrorDetail> {
  override name = 'JourneyError';

  constructor(code: JourneyErrorCode, message: string, details: JourneyErrorDetail[] = []) {
    super(KIND[code], code, message, details);
  }

  static notFound(id: string): JourneyError {
    const message = notFoundMessage('journey', id);
    return new JourneyError('journey_not_found', message, [{ path: 'id', code: 'journey_not_found', message }]);
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
