import { Logger, UnauthorizedException, type ArgumentsHost } from '@nestjs/common';
import { WebhookRejectedError } from '@cascade/channels';
import { UnknownContactsError } from '@cascade/engine';
import { DomainError, notFound, type DomainErrorKind } from '@cascade/errors';
import { ClusterError, RfmError, SegmentSettingsError } from '@cascade/segments';
import { StatsInputError } from '@cascade/stats';
import { ExternalIdTakenError } from '../contacts/contacts.repository';
import { JourneyError } from '../journeys/journey.errors';
import { DOMAIN_ERROR_STATUS } from './domain-error-statuses';
import { HttpExceptionFilter } from './http-exception.filter';

/** What the filter answers for `exception`: the status set and the JSON body sent. */
function answer(exception: unknown): { status: number; body: Record<string, unknown> } {
  const response = { status: jest.fn().mockReturnThis(), json: jest.fn().mockReturnThis() };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new HttpExceptionFilter().catch(exception, host);
  return { status: response.status.mock.calls[0][0], body: response.json.mock.calls[0][0] };
}

describe('HttpExceptionFilter: domain errors', () => {
  const KINDS: Array<[DomainErrorKind, number, string]> = [
    ['invalid', 400, 'Bad Request'],
    ['unauthorized', 401, 'Unauthorized'],
    ['not_found', 404, 'Not Found'],
    ['conflict', 409, 'Conflict'],
    ['unprocessable', 422, 'Unprocessable Entity'],
    ['unavailable', 503, 'Service Unavailable'],
  ];

  it('has a status for every kind, and only those', () => {
    expect(Object.keys(DOMAIN_ERROR_STATUS).sort()).toEqual(KINDS.map(([kind]) => kind).sort());
  });

  it.each(KINDS)('answers kind %s with %d, in the common shape', (kind, statusCode, error) => {
    const details = [{ path: 'name', code: 'some_code', message: 'name is wrong' }];
    const { status, body } = answer(new DomainError(kind, 'some_code', 'It was refused.', details));
    expect(status).toBe(statusCode);
    expect(body).toEqual({ statusCode, error, message: 'It was refused.', details });
  });

  it('answers a domain error without details with an empty list', () => {
    expect(answer(new DomainError('conflict', 'busy', 'Busy.')).body).toEqual({ statusCode: 409, error: 'Conflict', message: 'Busy.', details: [] });
  });

  it('answers the libraries\' own error classes by their kind, with the field at fault', () => {
    expect(answer(new StatsInputError('treatment.successes', 'must be ≥ 0, not -1'))).toEqual({
      status: 400,
      body: {
        statusCode: 400, error: 'Bad Request', message: 'treatment.successes must be ≥ 0, not -1',
        details: [{ path: 'treatment.successes', code: 'stats_input_invalid', message: 'treatment.successes must be ≥ 0, not -1' }],
      },
    });
    expect(answer(new UnknownContactsError([1, 3])).body).toMatchObject({
      statusCode: 400,
      details: [
        { path: 'events[1].contactId', code: 'unknown_contact', message: 'no such contact in this workspace' },
        { path: 'events[3].contactId', code: 'unknown_contact', message: 'no such contact in this workspace' },
      ],
    });
    expect(answer(new SegmentSettingsError('analytics_settings_invalid', [{ path: 'rfm.levels', message: 'must be 2 to 9' }])).body).toEqual({
      statusCode: 400, error: 'Bad Request', message: 'rfm.levels must be 2 to 9',
      details: [{ path: 'rfm.levels', code: 'analytics_settings_invalid', message: 'must be 2 to 9' }],
    });
    expect(answer(new RfmError('rfm_input_invalid', 'levels must be 2 to 9')).status).toBe(400);
    expect(answer(new ClusterError('cluster_too_few_points', 'k = 3 needs at least 3 contacts')).status).toBe(422);
    expect(answer(new WebhookRejectedError('bad or missing X-Cascade-Signature')).status).toBe(401);
    expect(answer(new ExternalIdTakenError('external id c-1 is taken by another contact')).body).toMatchObject({
      statusCode: 409, details: [{ path: 'externalId', code: 'external_id_taken' }],
    });
  });

  it('answers a module\'s not-found error exactly like the shared one', () => {
    const id = '6f1c6a52-7d0b-4a55-9a43-2f0f7c1f4a10';
    expect(answer(JourneyError.notFound(id))).toEqual(answer(notFound('journey', id)));
    expect(answer(notFound('journey', id)).body).toEqual({
      statusCode: 404, error: 'Not Found', message: `Journey ${id} does not exist.`,
      details: [{ path: 'id', code: 'journey_not_found', message: `Journey ${id} does not exist.` }],
    });
  });
});

describe('HttpExceptionFilter: other exceptions', () => {
  it('answers Nest\'s HTTP exceptions (guards, pipes) in the same shape', () => {
    expect(answer(new UnauthorizedException('A valid API key is required'))).toEqual({
      status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'A valid API key is required' },
    });
  });

  it('answers an unexpected error with a 500 that leaks nothing', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      expect(answer(new Error('password=hunter2'))).toEqual({
        status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' },
      });
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
