import { DomainError, notFoundMessage, type DomainErrorKind } from '@cascade/errors';

/** Why a template operation was refused. */
export type TemplateErrorCode =
  | 'template_not_found' | 'contact_not_found' | 'template_syntax' | 'unknown_channel'
  | 'template_name_taken' | 'template_in_use' | 'template_render_failed' | 'template_breaks_journeys';

export interface TemplateErrorDetail {
  path: string;
  code: string;
  message: string;
}

const KIND: Record<TemplateErrorCode, DomainErrorKind> = {
  template_not_found: 'not_found',
  contact_not_found: 'not_found',
  template_syntax: 'invalid',
  unknown_channel: 'invalid',
  template_name_taken: 'conflict',
  template_in_use: 'conflict',
  template_render_failed: 'unprocessable',
  template_breaks_journeys: 'unprocessable',
};

/** Why a template operation was refused, by code; each code has its kind (statuses: common/domain-error-statuses.ts). */
export class TemplateError extends DomainError<TemplateErrorCode, TemplateErrorDetail> {
  override name = 'TemplateError';

  constructor(code: TemplateErrorCode, message: string, details: TemplateErrorDetail[] = [{ path: 'id', code, message }]) {
    super(KIND[code], code, message, details);
  }

  static notFound(id: string): TemplateError {
    return new TemplateError('template_not_found', notFoundMessage('template', id));
  }

  static nameTaken(name: string): TemplateError {
    const message = `Another template of this workspace is named "${name}".`;
    return new TemplateError('template_name_taken', message, [{ path: 'name', code: 'template_name_taken', message }]);
  }

  static inUse(id: string, action: string, journeys: Array<{ id: string; name: string }>): TemplateError {
    const names = journeys.map((journey) => `"${journey.name}" (${journey.id})`).join(', ');
    return new TemplateError('template_in_use', `Template ${id} is used by published journeys: ${names}; it cannot be ${action}.`);
  }

  /** The edit would fail every message of journeys that send the template (details: templateEditProblems). */
  static breaksJourneys(id: string, details: TemplateErrorDetail[]): TemplateError {
    const [first] = details;
    return new TemplateError('template_breaks_journeys', `Template ${id} would fail in journeys that send it: ${first.path}, ${first.message}.`, details);
  }
}
