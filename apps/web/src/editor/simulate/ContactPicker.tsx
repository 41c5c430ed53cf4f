import { useId, useState } from 'react';
import { ErrorBanner } from '../../ui/Page';
import { useDebounced } from '../../ui/use-debounced';
import type { AttributeRow, ContactView, DescribedContact } from './contact-snapshot';
import { useContact, useContactSearch } from './simulate-api';

export type ContactSource = 'real' | 'described';

const FALLBACK_ZONES = ['UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Moscow', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Sao_Paulo'];

/** Every IANA zone the browser knows, UTC first. */
export function timeZones(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : FALLBACK_ZONES;
  return ['UTC', ...supported.filter((zone) => zone !== 'UTC')];
}

const contactTitle = (contact: Pick<ContactView, 'email' | 'phone' | 'externalId' | 'id'>) => contact.email ?? contact.phone ?? contact.externalId ?? contact.id;

/** A real contact: search by email, phone or external id, then pick one (loaded by id). */
function RealContact({ pickedId, onPick }: { pickedId: string | null; onPick(id: string | null): void }) {
  const [text, setText] = useState('');
  const search = useContactSearch(useDebounced(text, 250));
  const picked = useContact(pickedId);
  const resultsId = useId();

  if (pickedId) {
    return (
      <div className="sim-picked">
        {picked.isPending && <p className="muted small" aria-busy="true">Loading the contact…</p>}
        <ErrorBanner error={picked.error} />
        {picked.data && (
          <div>
            <strong>{contactTitle(picked.data)}</strong>
            <div className="muted small">
              {[picked.data.phone, picked.data.telegramChatId && `telegram ${picked.data.telegramChatId}`, picked.data.timezone ?? 'UTC'].filter(Boolean).join(' · ')}
            </div>
            {Object.keys(picked.data.attributes).length > 0 && (
              <div className="muted small sim-attributes">{Object.entries(picked.data.attributes).slice(0, 6).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')}</div>
            )}
            {picked.data.tags.length > 0 && <div className="small">{picked.data.tags.map((tag) => <span key={tag} className="badge">{tag}</span>)}</div>}
          </div>
        )}
        <button type="button" className="link" onClick={() => onPick(null)}>Choose another contact</button>
      </div>
    );
  }

  const items = search.data?.items ?? [];
  return (
    <div>
      <label className="field">
        <span>Search contacts</span>
        <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="Email, phone or external id" aria-controls={resultsId} autoComplete="off" />
      </label>
      <ErrorBanner error={search.error} />
      <ul id={resultsId} className="sim-results" aria-label="Matching contacts" aria-busy={search.isFetching}>
        {items.map((contact) => (
          <li key={contact.id}>
            <button type="button" onClick={() => onPick(contact.id)}>
              <span>{contactTitle(contact)}</span>
              <span className="muted small">{contact.timezone ?? 'UTC'}</span>
            </button>
          </li>
        ))}
      </ul>
      {text.trim() && search.isSuccess && items.length === 0 && <p className="muted small">No contact matches “{text.trim()}”.</p>}
    </div>
  );
}

/** A contact described by hand: addresses, timezone, tags and attributes. */
function DescribeContact({ value, onChange }: { value: DescribedContact; onChange(value: DescribedContact): void }) {
  const set = (patch: Partial<DescribedContact>) => onChange({ ...value, ...patch });
  const setRow = (index: number, patch: Partial<AttributeRow>) =>
    set({ attributes: value.attributes.map((row, at) => (at === index ? { ...row, ...patch } : row)) });
  const [zones] = useState(timeZones);
  return (
    <div>
      <div className="sim-row">
        <label className="field"><span>Email</span><input type="email" value={value.email} onChange={(event) => set({ email: event.target.value })} placeholder="anna@example.com" /></label>
        <label className="field"><span>Phone</span><input type="tel" value={value.phone} onChange={(event) => set({ phone: event.target.value })} placeholder="+15551234567" /></label>
      </div>
      <div className="sim-row">
        <label className="field">
          <span>Timezone</span>
          <select value={value.timezone} onChange={(event) => set({ timezone: event.target.value })}>
            {(zones.includes(value.timezone) ? zones : [value.timezone, ...zones]).map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </select>
        </label>
        <label className="field"><span>Telegram chat id</span><input value={value.telegramChatId} onChange={(event) => set({ telegramChatId: event.target.value })} /></label>
      </div>
      <label className="field"><span>Tags</span><input value={value.tags} onChange={(event) => set({ tags: event.target.value })} placeholder="vip, newsletter" /></label>
      <div role="group" aria-label="Attributes" className="sim-list">
        <div className="sim-list-head small muted">Attributes</div>
        {value.attributes.map((row, index) => (
          <div className="sim-row sim-attribute" key={index}>
            <label className="field"><span>Attribute</span><input value={row.key} onChange={(event) => setRow(index, { key: event.target.value })} placeholder="city" /></label>
            <label className="field"><span>Value</span><input value={row.value} onChange={(event) => setRow(index, { value: event.target.value })} placeholder="Kazan, 42, true" /></label>
            <button type="button" className="sim-remove" aria-label={`Remove attribute ${row.key || index + 1}`} onClick={() => set({ attributes: value.attributes.filter((_, at) => at !== index) })}>×</button>
          </div>
        ))}
        <button type="button" onClick={() => set({ attributes: [...value.attributes, { key: '', value: '' }] })}>Add attribute</button>
        <p className="muted small">Numbers, true/false and JSON are read as such; anything else is text.</p>
      </div>
    </div>
  );
}

export function ContactPicker({ source, onSource, pickedId, onPick, described, onDescribed }: {
  source: ContactSource;
  onSource(source: ContactSource): void;
  pickedId: string | null;
  onPick(id: string | null): void;
  described: DescribedContact;
  onDescribed(value: DescribedContact): void;
}) {
  const name = useId();
  return (
    <fieldset className="sim-fieldset">
      <legend>Contact</legend>
      <div className="sim-switch" role="radiogroup" aria-label="Which contact">
        <label><input type="radio" name={name} checked={source === 'real'} onChange={() => onSource('real')} /> A real contact</label>
        <label><input type="radio" name={name} checked={source === 'described'} onChange={() => onSource('described')} /> Describe one</label>
      </div>
      {source === 'real' ? <RealContact pickedId={pickedId} onPick={onPick} /> : <DescribeContact value={described} onChange={onDescribed} />}
    </fieldset>
  );
}
