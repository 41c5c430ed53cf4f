import type { ContactChanges } from '../contact/contact.types';
import type { NodeHandler } from '../runtime/node-handler';

export type UpdateContactConfig = ContactChanges;

const nameList = { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 200 } } as const;

/** Sets or clears attributes, tags and channel consent (e.g. mark a sleeping customer inactive). */
export const updateContactNode: NodeHandler<UpdateContactConfig> = {
  type: 'update_contact',
  label: 'Update contact',
  defaultConfig: { addTags: ['contacted'] },
  configSchema: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      set: { type: 'object', minProperties: 1 },
      unset: nameList,
      addTags: nameList,
      removeTags: nameList,
      subscriptions: { type: 'object', additionalProperties: { type: 'boolean' } },
    },
  },
  handles: () => ['next'],
  waits: () => false,
  *run({ config }) {
    yield { kind: 'update_contact', changes: config };
    return { handle: 'next' };
  },
};
