/** Why a template operation was refused; template-error.filter.ts maps each code to an HTTP status. */
export type TemplateErrorCode =
  | 'template_not_found' | 'contact_not_found' | 'template_syntax' | 'unknown_channel'
  | 'template_name_taken' | 'template_in_use' | 'template_render_failed';

export interface TemplateErrorDetail {
  path: string;
  code: string;
  message: string;
}

/** A domain error: carries a code, not an HTTP status (STYLE.md rule 4). */
export class TemplateError extends Error {
  constructor(
    readonly code: TemplateErrorCode,
    message: string,
    readonly details: TemplateErrorDetail[] = [{ path: 'id', code, message }],
  ) {
    super(message);
    this.name = 'TemplateError';
  }

  static notFound(id: string): TemplateError {
    return new TemplateError('template_not_found', `Template ${id} does not exist.`);
  }

  static nameTaken(name: string): TemplateError {
    const message = `Another template of this workspace is named "${name}".`;
    return new TemplateError('template_name_taken', message, [{ path: 'name', code: 'template_name_taken', message }]);
  }

  static inUse(id: string, action: string, journeys: Array<{ id: string; name: string }>): TemplateError {
    const names = journeys.map((journey) => `"${journey.name}" (${journey.id})`).join(', ');
    return new TemplateError('template_in_use', `Template ${id} is used by published journeys: ${names}; it cannot be ${action}.`);
  }
}
