import type { ContactChanges } from '../contact/contact.types';
import type { NodeHandler } from '../runtime/node-handler';
import { loose, truncate } from './node-reading';

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
  summary: (config) => {
    const c = loose(config);
    const parts: string[] = [];
    if (Array.isArray(c.addTags) && c.addTags.length) parts.push(`tag ${c.addTags.join(', ')}`);
    if (Array.isArray(c.removeTags) && c.removeTags.length) parts.push(`untag ${c.removeTags.join(', ')}`);
    if (c.set && typeof c.set === 'object') parts.push(`set ${Object.keys(c.set).join(', ')}`);
    if (Array.isArray(c.unset) && c.unset.length) parts.push(`unset ${c.unset.join(', ')}`);
    if (c.subscriptions && typeof c.subscriptions === 'object') parts.push('subscriptions');
    return truncate(parts.join(' · ') || 'no changes', 40);
  },
  *run({ config }) {
    yield { kind: 'update_contact', changes: config };
    return { handle: 'next' };
  },
};
