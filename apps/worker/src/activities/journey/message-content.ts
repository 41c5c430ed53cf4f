import type { DataSource } from 'typeorm';
import { renderMessage, templateContext, type MessageTemplate, type OutgoingMessage, type TriggerEventInput } from '@cascade/channels';
import type { ContactSnapshot } from '@cascade/journey';
import type { SendMessageInput } from '@cascade/workflows';

export type RenderedContent = { message: OutgoingMessage } | { error: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The message as the contact will read it: the node's template (one of the contact's workspace) or
 * inline content, rendered with the contact and the event that started the enrollment. An `error`
 * (a missing variable, a template deleted since publishing) fails the message rather than send a blank.
 */
export async function renderOutgoing(dataSource: DataSource, input: SendMessageInput, contact: ContactSnapshot): Promise<RenderedContent> {
  const source = input.templateId !== undefined ? await loadTemplate(dataSource, input) : input.content;
  if (!source) return { error: `template ${input.templateId} no longer exists` };
  if ('channel' in source && source.channel !== input.channel) return { error: `template ${input.templateId} is for ${source.channel}, not ${input.channel}` };
  const [enrollment] = await dataSource.query(`SELECT trigger_event FROM enrollments WHERE id = $1`, [input.enrollmentId]);
  const event = (enrollment?.trigger_event ?? null) as TriggerEventInput | null;
  const rendered = renderMessage({ template: source, context: templateContext({ contact, event }) });
  if ('error' in rendered) return { error: `${rendered.error.field}: ${rendered.error.message}` };
  return rendered;
}

async function loadTemplate(dataSource: DataSource, input: SendMessageInput): Promise<(MessageTemplate & { channel: string }) | undefined> {
  if (!input.templateId || !UUID.test(input.templateId)) return undefined;
  const [template] = await dataSource.query(
    `SELECT t.channel, t.subject, t.body, t.html FROM templates t JOIN contacts c ON c.workspace_id = t.workspace_id
     WHERE t.id = $1 AND c.id = $2`,
    [input.templateId, input.contactId],
  );
  return template;
}
