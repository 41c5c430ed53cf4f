/** GET /api/v1/contacts/:id, and the items of GET /api/v1/contacts (apps/api contact.view.ts). */
export interface Contact {
  id: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  telegramChatId: string | null;
  timezone: string | null;
  attributes: Record<string, unknown>;
  subscriptions: Record<string, boolean>;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}
