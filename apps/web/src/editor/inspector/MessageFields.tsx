import { useContext, useState } from 'react';
import { isRecord } from '@cascade/journey';
import { ApiError } from '../../api/client';
import type { Channel } from '../../api/journeys';
import {
  mergeSettings, messageSource, pickKeys, problemsAt, schemaKeys, withKey, withMessageSource, withoutKeys,
} from './config-editing';
import { Field, PathProblems, Problems, ProblemsContext } from './fields';
import { contactName, useContactSearch, useTemplateOptions, useTemplatePreview, type ContactOption } from './inspector-api';
import { SchemaForm } from './SchemaForm';

type Message = Record<string, unknown>;

/**
 * What every message has: its channel, a saved template or inline content, and the channel's own
 * settings (from the channel's JSON Schema). `path` prefixes problem paths (`steps[1].`).
 */
export function MessageFields({ message, onChange, channels, path = '', idPrefix }: {
  message: Message;
  onChange(next: Message): void;
  channels: Channel[];
  path?: string;
  idPrefix: string;
}) {
  const channelType = typeof message.channel === 'string' ? message.channel : '';
  const channel = channels.find((candidate) => candidate.type === channelType);
  const source = messageSource(message);

  const changeChannel = (type: string) => {
    // The old channel's settings do not fit the new one, and templates belong to one channel.
    let next: Message = withoutKeys(message, schemaKeys(channel?.configSchema));
    next = { ...next, channel: type };
    if ('templateId' in next) next.templateId = '';
    if (type === 'email' && isRecord(next.content) && next.content.subject === undefined) next.content = { subject: '', ...next.content };
    onChange(next);
  };

  return (
    <>
      <Field label="Channel" path={`${path}channel`}>
        {(props) => (
          <select {...props} value={channelType} onChange={(event) => changeChannel(event.target.value)}>
            {!channel && <option value={channelType}>{channelType ? `${channelType} (unknown)` : 'Choose a channel…'}</option>}
            {channels.map((option) => (
              <option key={option.type} value={option.type}>{option.label}{option.configured ? '' : ' (not configured)'}</option>
            ))}
          </select>
        )}
      </Field>
      {channel && !channel.configured && <p className="hint warn small">This channel has no credentials yet: messages will fail until it is set up.</p>}

      <fieldset className="inspector-radios">
        <legend>Message</legend>
        <label><input type="radio" name={`${idPrefix}-source`} checked={source === 'template'} onChange={() => onChange(withMessageSource(message, 'template', channelType))} /> Saved</label>
        <label><input type="radio" name={`${idPrefix}-source`} checked={source === 'content'} onChange={() => onChange(withMessageSource(message, 'content', channelType))} /> Written here</label>
      </fieldset>
      {path && <PathProblems path={path.slice(0, -1)} />}

      {source === 'template' ? (
        <TemplateFields message={message} onChange={onChange} channelType={channelType} path={path} />
      ) : (
        <ContentFields message={message} onChange={onChange} channelType={channelType} path={path} />
      )}

      {channel && schemaKeys(channel.configSchema).length > 0 && (
        <ChannelSettings channel={channel} message={message} onChange={onChange} path={path} idPrefix={idPrefix} />
      )}
    </>
  );
}

function TemplateFields({ message, onChange, channelType, path }: { message: Message; onChange(next: Message): void; channelType: string; path: string }) {
  const templates = useTemplateOptions(channelType || undefined);
  const templateId = typeof message.templateId === 'string' ? message.templateId : '';
  const chosen = templates.data?.find((template) => template.id === templateId);
  return (
    <>
      <Field label="Template" path={`${path}templateId`}
        hint={templates.isLoading ? 'Loading templates…' : templates.data && templates.data.length === 0 ? `No ${channelType} templates yet.` : undefined}>
        {(props) => (
          <select {...props} value={templateId} onChange={(event) => onChange(withKey(message, 'templateId', event.target.value))}>
            {!chosen && <option value={templateId}>{templateId ? (templates.data ? `${templateId} (not found)` : templateId) : 'Choose a template…'}</option>}
            {(templates.data ?? []).map((template) => <option key={template.id} value={template.id}>{template.name}</option>)}
          </select>
        )}
      </Field>
      {templates.error && <p className="problem small">Templates could not be loaded: {(templates.error as Error).message}</p>}
      {chosen && (
        <div className="template-glance small muted">
          {chosen.subject && <div><strong>Subject:</strong> {chosen.subject}</div>}
          <div className="template-body">{chosen.body.length > 200 ? `${chosen.body.slice(0, 200)}…` : chosen.body}</div>
        </div>
      )}
      {chosen && <TemplatePreview key={chosen.id} templateId={chosen.id} />}
    </>
  );
}

function ContentFields({ message, onChange, channelType, path }: { message: Message; onChange(next: Message): void; channelType: string; path: string }) {
  const content = isRecord(message.content) ? message.content : { body: '' };
  const set = (key: 'subject' | 'body', value: string) =>
    onChange({ ...message, content: key === 'subject' && value === '' && channelType !== 'email' ? withKey(content, 'subject', undefined) : { ...content, [key]: value } });
  return (
    <>
      {(channelType === 'email' || typeof content.subject === 'string') && (
        <Field label="Subject" path={`${path}content.subject`}>
          {(props) => <input {...props} value={typeof content.subject === 'string' ? content.subject : ''} onChange={(event) => set('subject', event.target.value)} />}
        </Field>
      )}
      <Field label="Body" path={`${path}content.body`} hint="Liquid: {{ contact.email }}, {{ contact.attributes.firstName }}, {{ event.properties.total }}">
        {(props) => (
          <textarea {...props} rows={5} value={typeof content.body === 'string' ? content.body : ''} onChange={(event) => set('body', event.target.value)} />
        )}
      </Field>
      <PathProblems path={`${path}content`} />
    </>
  );
}

/** The channel's own settings: the keys of its schema go through the generated form; the others stay as they are. */
function ChannelSettings({ channel, message, onChange, path, idPrefix }: {
  channel: Channel; message: Message; onChange(next: Message): void; path: string; idPrefix: string;
}) {
  const keys = schemaKeys(channel.configSchema);
  const all = useContext(ProblemsContext);
  const serverProblems = keys.flatMap((key) => problemsAt(all, `${path}${key}`));
  return (
    <details className="channel-settings" open={serverProblems.length > 0 || keys.some((key) => message[key] !== undefined)}>
      <summary>{channel.label} settings</summary>
      <SchemaForm schema={channel.configSchema} value={pickKeys(message, keys)} idPrefix={`${idPrefix}-${channel.type}`}
        onChange={(settings) => onChange(mergeSettings(message, keys, settings))} />
      <Problems problems={serverProblems} />
    </details>
  );
}

/** "Preview for a contact": search a contact, render the template for them (or the 422 naming the missing variable). */
function TemplatePreview({ templateId }: { templateId: string }) {
  const [search, setSearch] = useState('');
  const [contact, setContact] = useState<ContactOption | null>(null);
  const contacts = useContactSearch(contact ? '' : search);
  const preview = useTemplatePreview();
  const error = preview.error;
  return (
    <div className="template-preview card" role="region" aria-label="Preview for a contact">
      <strong className="small">Preview for a contact</strong>
      {contact ? (
        <div className="preview-contact">
          <span>{contactName(contact)}</span>
          <button type="button" className="link" onClick={() => { setContact(null); preview.reset(); }}>change</button>
        </div>
      ) : (
        <>
          <input aria-label="Search contacts" placeholder="email, phone or external id" value={search} onChange={(event) => setSearch(event.target.value)} />
          {contacts.isFetching && <span className="muted small">Searching…</span>}
          {contacts.data && (
            <ul className="contact-results">
              {contacts.data.items.length === 0 && <li className="muted small">No contact matches.</li>}
              {contacts.data.items.map((item) => (
                <li key={item.id}>
                  <button type="button" className="link" onClick={() => { setContact(item); preview.mutate({ templateId, contactId: item.id }); }}>
                    {contactName(item)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {contact && (
        <button type="button" disabled={preview.isPending} onClick={() => preview.mutate({ templateId, contactId: contact.id })}>
          {preview.isPending ? 'Rendering…' : 'Render again'}
        </button>
      )}
      {error && (
        <p className="problem" role="alert">
          {error instanceof ApiError && error.status === 422 ? `Cannot render: ${error.message}` : `Preview failed: ${(error as Error).message}`}
        </p>
      )}
      {preview.data && !error && (
        <div className="rendered" aria-label="Rendered message">
          {preview.data.subject !== undefined && <div><strong>Subject:</strong> {preview.data.subject}</div>}
          <pre className="rendered-body">{preview.data.body}</pre>
        </div>
      )}
    </div>
  );
}
