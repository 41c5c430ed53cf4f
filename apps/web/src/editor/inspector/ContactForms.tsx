import { useState } from 'react';
import { isRecord } from '@cascade/journey';
import { formatCommaList, parseCommaList, parseJsonText, recordToRows, rowsToRecord, withKey, type Row } from './config-editing';
import { Field, PathProblems } from './fields';
import type { FormProps } from './form-props';

export const UPDATE_CONTACT_FIELDS = ['set', 'unset', 'addTags', 'removeTags', 'subscriptions'];
export const WEBHOOK_FIELDS = ['url', 'method', 'headers', 'body'];
export const EXIT_FIELDS = ['reason'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export function UpdateContactForm({ config, onChange, channels }: FormProps) {
  const set = (key: string, value: unknown) => onChange(withKey(config, key, value));
  const subscriptions = isRecord(config.subscriptions) ? (config.subscriptions as Record<string, boolean>) : {};
  const subscriptionChannels = [...new Set([...channels.map((channel) => channel.type), ...Object.keys(subscriptions)])];
  return (
    <>
      <div className="field">
        <span>Set attributes</span>
        <RowsEditor name="Attribute" initial={recordToRows(config.set)} onChange={(rows) => set('set', rowsToRecord(rows))}
          hint="Values are typed: 42, true, null and JSON keep their type; anything else is text." />
        <PathProblems path="set" exact={false} />
      </div>
      <CommaListField label="Unset attributes" path="unset" value={config.unset} onChange={(items) => set('unset', items)} />
      <CommaListField label="Add tags" path="addTags" value={config.addTags} onChange={(items) => set('addTags', items)} />
      <CommaListField label="Remove tags" path="removeTags" value={config.removeTags} onChange={(items) => set('removeTags', items)} />
      <div className="field">
        <span>Subscriptions</span>
        {subscriptionChannels.map((type) => {
          const label = channels.find((channel) => channel.type === type)?.label ?? type;
          const current = subscriptions[type];
          return (
            <label key={type} className="subscription-row">
              <span>{label}</span>
              <select aria-label={`Subscription to ${label}`} value={current === undefined ? '' : current ? 'on' : 'off'} onChange={(event) => {
                const next = withKey(subscriptions, type, event.target.value === '' ? undefined : event.target.value === 'on');
                set('subscriptions', Object.keys(next).length ? next : undefined);
              }}>
                <option value="">Unchanged</option>
                <option value="on">Subscribe</option>
                <option value="off">Unsubscribe</option>
              </select>
            </label>
          );
        })}
        <PathProblems path="subscriptions" exact={false} />
      </div>
    </>
  );
}

function CommaListField({ label, path, value, onChange }: { label: string; path: string; value: unknown; onChange(items: string[] | undefined): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Field label={label} path={path} hint="Comma-separated.">
      {(props) => (
        <input {...props} value={draft ?? formatCommaList(value)} onBlur={() => setDraft(null)}
          onChange={(event) => { setDraft(event.target.value); onChange(parseCommaList(event.target.value)); }} />
      )}
    </Field>
  );
}

/** Key/value rows kept locally (so a half-typed row stays), sent on as an object on every edit. */
function RowsEditor({ name, initial, onChange, hint }: { name: string; initial: Row[]; onChange(rows: Row[]): void; hint?: string }) {
  const [rows, setRows] = useState<Row[]>(initial);
  const update = (next: Row[]) => { setRows(next); onChange(next); };
  return (
    <div className="rows-editor">
      {rows.map((row, index) => (
        <div key={index} className="kv-row">
          <input aria-label={`${name} ${index + 1} name`} placeholder="name" value={row.key}
            onChange={(event) => update(rows.map((current, position) => (position === index ? { ...current, key: event.target.value } : current)))} />
          <input aria-label={`${name} ${index + 1} value`} placeholder="value" value={row.value}
            onChange={(event) => update(rows.map((current, position) => (position === index ? { ...current, value: event.target.value } : current)))} />
          <button type="button" className="link danger" aria-label={`Remove ${name.toLowerCase()} ${index + 1}`} onClick={() => update(rows.filter((_, position) => position !== index))}>✕</button>
        </div>
      ))}
      <button type="button" onClick={() => setRows([...rows, { key: '', value: '' }])}>Add {name.toLowerCase()}</button>
      {hint && <span className="hint">{hint}</span>}
    </div>
  );
}

export function WebhookForm({ config, onChange }: FormProps) {
  const set = (key: string, value: unknown) => onChange(withKey(config, key, value));
  const [bodyText, setBodyText] = useState(() => (config.body === undefined ? '' : JSON.stringify(config.body, null, 2)));
  const parsed = parseJsonText(bodyText);
  return (
    <>
      <Field label="URL" path="url" hint="Liquid works here: https://crm.example.com/contacts/{{ contact.externalId }}">
        {(props) => <input {...props} type="url" value={String(config.url ?? '')} onChange={(event) => set('url', event.target.value)} />}
      </Field>
      <Field label="Method" path="method">
        {(props) => (
          <select {...props} value={String(config.method ?? 'POST')} onChange={(event) => set('method', event.target.value)}>
            {METHODS.map((method) => <option key={method} value={method}>{method}</option>)}
          </select>
        )}
      </Field>
      <div className="field">
        <span>Headers</span>
        <RowsEditor name="Header" initial={recordToRows(config.headers, false)} onChange={(rows) => set('headers', rowsToRecord(rows, false))} />
        <PathProblems path="headers" exact={false} />
      </div>
      <Field label="Body (JSON)" path="body" hint={'error' in parsed ? undefined : 'Liquid in strings: { "email": "{{ contact.email }}" }. Empty: no body.'}>
        {(props) => (
          <>
            <textarea {...props} rows={6} spellCheck={false} className="mono" value={bodyText} aria-invalid={'error' in parsed || props['aria-invalid'] ? true : undefined}
              onChange={(event) => {
                setBodyText(event.target.value);
                const next = parseJsonText(event.target.value);
                if (!('error' in next)) set('body', next.value);
              }} />
            {'error' in parsed && <span className="problem" role="alert">Not valid JSON: {parsed.error}</span>}
          </>
        )}
      </Field>
    </>
  );
}

export function ExitForm({ config, onChange }: FormProps) {
  return (
    <Field label="Reason" path="reason" hint="Recorded on the enrollment, e.g. converted or unsubscribed.">
      {(props) => <input {...props} value={String(config.reason ?? '')} onChange={(event) => onChange(withKey(config, 'reason', event.target.value || undefined))} />}
    </Field>
  );
}
