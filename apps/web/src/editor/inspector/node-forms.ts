import type { ComponentType } from 'react';
import type { Channel } from '../../api/journeys';
import { BRANCH_FIELDS, BranchForm } from './BranchForm';
import { EXIT_FIELDS, ExitForm, UPDATE_CONTACT_FIELDS, UpdateContactForm, WEBHOOK_FIELDS, WebhookForm } from './ContactForms';
import type { FormProps } from './form-props';
import { CASCADE_FIELDS, CascadeForm, SendForm, sendFields } from './MessageForms';
import { SPLIT_FIELDS, SplitForm } from './SplitForm';
import { TriggerForm, triggerFields } from './TriggerForm';
import { WAIT_FOR_EVENT_FIELDS, WaitForEventForm, WaitForm, waitFields } from './WaitForms';

/** A bespoke settings form of a node type. */
export interface NodeForm {
  Form: ComponentType<FormProps>;
  /** The config keys the form has fields for (their problems show there; the others at the top). */
  fields(config: Record<string, unknown>, channels: Channel[]): string[];
}

const fixed = (keys: string[]) => () => keys;

/**
 * The bespoke settings forms, by node type. A type not listed gets a form generated from its
 * handler's config schema (SchemaForm); adding a bespoke one is its own file and one line here.
 */
export const nodeForms: Readonly<Record<string, NodeForm>> = {
  trigger: { Form: TriggerForm, fields: triggerFields },
  wait: { Form: WaitForm, fields: waitFields },
  wait_for_event: { Form: WaitForEventForm, fields: fixed(WAIT_FOR_EVENT_FIELDS) },
  branch: { Form: BranchForm, fields: fixed(BRANCH_FIELDS) },
  split: { Form: SplitForm, fields: fixed(SPLIT_FIELDS) },
  send: { Form: SendForm, fields: sendFields },
  cascade: { Form: CascadeForm, fields: fixed(CASCADE_FIELDS) },
  update_contact: { Form: UpdateContactForm, fields: fixed(UPDATE_CONTACT_FIELDS) },
  webhook: { Form: WebhookForm, fields: fixed(WEBHOOK_FIELDS) },
  exit: { Form: ExitForm, fields: fixed(EXIT_FIELDS) },
};

/** The bespoke form of a node type, if it has one. */
export function nodeForm(type: string): NodeForm | undefined {
  return Object.prototype.hasOwnProperty.call(nodeForms, type) ? nodeForms[type] : undefined;
}
