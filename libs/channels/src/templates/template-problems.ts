import { CONTACT_FIELDS, EVENT_FIELDS } from './template-context';
import { templateFields, type MessageTemplate, type TemplateField } from './message-template';
import { parseField } from './template-syntax';
import { templateVariables, type TemplateVariable } from './template-variables';

export type TemplateProblemCode = 'template_syntax' | 'unknown_variable' | 'no_event';

export interface TemplateProblem {
  field: TemplateField;
  code: TemplateProblemCode;
  /** Readable on its own, with the line: `line 2, column 4: contact.firstName: …`. */
  message: string;
}

/**
 * What is wrong with a template before any contact is known: a field that does not parse, a variable
 * that no context can have (not under `contact` or `event`, an unknown contact field), or `event` in a
 * journey that does not start with an event (`hasEvent: false`). A variable that a given contact lacks,
 * such as one of its attributes, shows only at render time.
 */
export function templateProblems({ template, hasEvent }: { template: MessageTemplate; hasEvent: boolean }): TemplateProblem[] {
  return templateFields(template).flatMap(({ field, source }) => {
    const result = parseField(field, source);
    if ('error' in result) return [{ field, code: 'template_syntax' as const, message: result.error.message }];
    return templateVariables(result.parsed).flatMap((variable) => {
      const problem = variableProblem(variable, hasEvent);
      return problem ? [{ field, code: problem.code, message: `line ${variable.line}, column ${variable.column}: ${variable.path}: ${problem.reason}` }] : [];
    });
  });
}

function variableProblem({ segments: [root, field] }: TemplateVariable, hasEvent: boolean): { code: TemplateProblemCode; reason: string } | null {
  if (root === 'contact') {
    if (field === undefined || (typeof field === 'string' && (CONTACT_FIELDS as readonly string[]).includes(field))) return null;
    return { code: 'unknown_variable', reason: `a contact has ${CONTACT_FIELDS.join(', ')}; its own data is under contact.attributes (e.g. contact.attributes.${typeof field === 'string' ? field : 'firstName'})` };
  }
  if (root === 'event') {
    if (!hasEvent) return { code: 'no_event', reason: 'this journey does not start with an event, so there is no event to read' };
    if (field === undefined || (typeof field === 'string' && (EVENT_FIELDS as readonly string[]).includes(field))) return null;
    return { code: 'unknown_variable', reason: `an event has ${EVENT_FIELDS.join(', ')}; its data is under event.properties (e.g. event.properties.${typeof field === 'string' ? field : 'total'})` };
  }
  return { code: 'unknown_variable', reason: 'a variable starts with contact or event (e.g. contact.attributes.firstName, event.properties.total)' };
}
