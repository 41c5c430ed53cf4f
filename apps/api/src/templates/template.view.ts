import { messageTemplateVariables } from '@cascade/channels';

export interface TemplateRow {
  id: string;
  name: string;
  channel: string;
  subject: string | null;
  body: string;
  html: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A template as the API shows it, with the variables it reads (`contact.attributes.firstName`, `event.properties.total`). */
export interface TemplateView extends TemplateRow {
  variables: string[];
}

export function toTemplateView(row: TemplateRow): TemplateView {
  return { ...row, variables: messageTemplateVariables(row) };
}
