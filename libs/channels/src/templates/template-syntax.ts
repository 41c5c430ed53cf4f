import type { Template } from 'liquidjs';
import { liquidFor } from './liquid-engine';
import { liquidFault, located } from './liquid-error';
import { templateFields, type MessageTemplate, type TemplateField } from './message-template';

export interface TemplateSyntaxError {
  field: TemplateField;
  line?: number;
  column?: number;
  /** Readable on its own: `line 3, column 1: tag {% for item in items %} not closed`. */
  message: string;
}

const FILE_TAG = /^tag "(include|render|layout)" not found$/;

/** The parsed field, or why it does not parse. */
export function parseField(field: TemplateField, source: string): { parsed: Template[] } | { error: TemplateSyntaxError } {
  try {
    return { parsed: liquidFor(field).parse(source) };
  } catch (error) {
    const fault = liquidFault(error);
    const fileTag = FILE_TAG.exec(fault.message)?.[1];
    const reason = fileTag ? `{% ${fileTag} %} is not available: a template cannot load files or other templates` : fault.message;
    return { error: { field, line: fault.line, column: fault.column, message: `${located(fault)}${reason}` } };
  }
}

/** The first syntax error of each field; none when every field parses. */
export function templateSyntaxErrors(template: MessageTemplate): TemplateSyntaxError[] {
  return templateFields(template).flatMap(({ field, source }) => {
    const result = parseField(field, source);
    return 'error' in result ? [result.error] : [];
  });
}
