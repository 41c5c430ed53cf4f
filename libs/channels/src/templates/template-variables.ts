import type { Template, Variable } from 'liquidjs';
import { liquidFor } from './liquid-engine';
import { templateFields, type MessageTemplate } from './message-template';
import { parseField } from './template-syntax';

/** A variable a template reads from its context, where it first appears. */
export interface TemplateVariable {
  /** As written, normalised: `contact.attributes.firstName`, `event.properties.items[0].name`. */
  path: string;
  /** `null` for a segment computed by another variable (`contact.attributes[event.name]`), which is listed on its own too. */
  segments: Array<string | number | null>;
  line: number;
  column: number;
}

/**
 * The context variables a parsed template reads, by LiquidJS's static analysis: names it defines
 * itself (`assign`, `capture`, `for` loops) are left out.
 */
export function templateVariables(parsed: Template[]): TemplateVariable[] {
  const { globals } = liquidFor('body').analyzeSync(parsed, { partials: false });
  return Object.values(globals).flat().map(toTemplateVariable);
}

function toTemplateVariable(variable: Variable): TemplateVariable {
  return {
    path: variable.toString(),
    segments: variable.segments.map((segment) => (typeof segment === 'object' ? null : segment)),
    line: variable.location.row,
    column: variable.location.col,
  };
}

/** The distinct context variables a template's fields read, in order of appearance; a field that does not parse adds none. */
export function messageTemplateVariables(template: MessageTemplate): string[] {
  const paths = templateFields(template).flatMap(({ field, source }) => {
    const result = parseField(field, source);
    return 'error' in result ? [] : templateVariables(result.parsed).map((variable) => variable.path);
  });
  return [...new Set(paths)];
}
