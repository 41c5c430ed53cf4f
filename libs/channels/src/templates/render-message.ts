import type { OutgoingMessage } from '../channel';
import { liquidFor } from './liquid-engine';
import { liquidFault, located } from './liquid-error';
import { templateFields, type MessageTemplate, type TemplateField } from './message-template';
import type { TemplateContext } from './template-context';
import { parseField } from './template-syntax';

export type RenderFailureCode = 'missing_variable' | 'template_syntax' | 'render_failed';

/** Why a message could not be rendered; it is then not sent at all. */
export interface RenderFailure {
  field: TemplateField;
  code: RenderFailureCode;
  /** `missing variable: contact.attributes.firstName`, `memory alloc limit exceeded`… */
  message: string;
  /** The missing variable, for `missing_variable`. */
  variable?: string;
}

export type RenderResult = { message: OutgoingMessage } | { error: RenderFailure };

/**
 * The message as the contact reads it. Every field must render whole: a missing variable, a limit
 * reached or a tag refused fails the message instead of sending a blank. `html` is HTML-escaped.
 */
export function renderMessage({ template, context }: { template: MessageTemplate; context: TemplateContext }): RenderResult {
  const message: OutgoingMessage = { body: '' };
  for (const { field, source } of templateFields(template)) {
    const parsed = parseField(field, source);
    if ('error' in parsed) return { error: { field, code: 'template_syntax', message: parsed.error.message } };
    try {
      // Synchronous: nothing in the sandbox reads files, and the render limit then counts this render's time only.
      message[field] = String(liquidFor(field).renderSync(parsed.parsed, context));
    } catch (error) {
      const fault = liquidFault(error);
      if (fault.missingVariable !== undefined) return { error: { field, code: 'missing_variable', message: fault.message, variable: fault.missingVariable } };
      return { error: { field, code: 'render_failed', message: `${located(fault)}${fault.message}` } };
    }
  }
  return { message };
}
