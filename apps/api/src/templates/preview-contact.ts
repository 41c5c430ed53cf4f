import type { EntityManager } from 'typeorm';
import type { ContactSnapshot } from '@cascade/journey';

/** The workspace's contact named by id or external id, as a message would see it; null when there is none. */
export async function findPreviewContact(
  manager: EntityManager,
  workspaceId: string,
  { contactId, externalId }: { contactId?: string; externalId?: string },
): Promise<ContactSnapshot | null> {
  const [column, value] = contactId !== undefined ? ['id', contactId] : ['external_id', externalId];
  const [row] = await manager.query(
    `SELECT id, external_id AS "externalId", email, phone, telegram_chat_id AS "telegramChatId", timezone, attributes, subscriptions, tags
     FROM contacts WHERE workspace_id = $1 AND ${column} = $2`,
    [workspaceId, value],
  );
  return row ? { ...row, externalId: row.externalId ?? undefined } : null;
}
