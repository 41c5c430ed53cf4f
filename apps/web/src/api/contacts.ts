import type { ApiSchema } from './client';

/** GET /api/v1/contacts/:id, and the items of GET /api/v1/contacts. */
export type Contact = ApiSchema<'ContactResponse'>;
