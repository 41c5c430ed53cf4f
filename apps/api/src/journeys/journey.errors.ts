import type { JourneyStatus } from '@cascade/db';
import { DomainError } from '../common/domain-error';

/** Why a journey operation was refused. */
export type JourneyErrorCode = 'journey_not_found' | 'journey_archived' | 'invalid_status_transition' | 'journey_invalid';

export interface JourneyErrorDetail {
  path: string;
  code: string;
  message: string;
  nodeId?: string;
  edgeId?: string;
}

/** Why a journey operation was refused, by code (statuses: common/domain-error-statuses.ts). */
export class JourneyError extends DomainError<JourneyErrorCode, JourneyErrorDetail> {
  override name = 'JourneyError';

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
