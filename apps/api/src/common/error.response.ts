import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

/** One refusal: where, a machine-readable code, and the sentence. */
export class ErrorDetailResponse {
  @ApiProperty({ description: 'Where the fault is: a field (`events[2].name`), `nodes[2].config.duration`, `header.email`.' })
  path!: string;

  @ApiProperty({ description: 'Machine-readable, e.g. `isEmail`, `journey_invalid`, `missing_column`.' })
  code!: string;

  @ApiProperty()
  message!: string;

  @ApiPropertyOptional({ description: 'The journey node at fault (graph problems only).' })
  nodeId?: string;

  @ApiPropertyOptional({ description: 'The journey edge at fault (graph problems only).' })
  edgeId?: string;
}

/** Every error leaves the API in this one shape (docs/api.md#errors; common/http-exception.filter.ts). */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty()
  message!: string;

  @ApiPropertyOptional({ type: () => [ErrorDetailResponse], description: 'Each problem with its path, when the refusal names fields.' })
  details?: ErrorDetailResponse[];
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: `details` names each field',
  401: 'Missing or unknown API key',
  404: 'Not found (in this workspace)',
  409: 'Conflicts with the current state',
  413: 'Body too large',
  415: 'Unsupported Content-Type',
  422: 'Understood but refused: `details` says why',
  503: 'A dependency (Postgres or Temporal) is unavailable',
};

/** The error answers an operation can give, all in the one ErrorResponse shape; `descriptions` overrides the default sentence per status. */
export function ApiErrorResponses(statuses: number[], descriptions: Record<number, string> = {}): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, type: ErrorResponse, description: descriptions[status] ?? ERROR_DESCRIPTIONS[status] ?? 'Error' })),
  );
}
