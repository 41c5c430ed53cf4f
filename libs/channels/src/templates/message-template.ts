/** A message before rendering: a saved template or a node's inline content, Liquid in every field. */
export interface MessageTemplate {
  subject?: string | null;
  body: string;
  /** The HTML part of an email. */
  html?: string | null;
}

export type TemplateField = 'subject' | 'body' | 'html';

/** The fields the template has, in the order a reader meets them. */
export function templateFields(template: MessageTemplate): Array<{ field: TemplateField; source: string }> {
  const fields: Array<{ field: TemplateField; source: string | null | undefined }> = [
    { field: 'subject', source: template.subject },
    { field: 'body', source: template.body },
    { field: 'html', source: template.html },
  ];
  return fields.filter((entry): entry is { field: TemplateField; source: string } => typeof entry.source === 'string');
}
