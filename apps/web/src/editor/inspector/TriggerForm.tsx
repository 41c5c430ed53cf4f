import type { Condition } from '@cascade/journey';
import { ConditionBuilder } from '../../conditions/ConditionBuilder';
import { TRIGGER_KINDS, triggerConfigFor, withKey, type TriggerKind } from './config-editing';
import { DurationInput } from './DurationInput';
import { Field, PathProblems } from './fields';
import type { FormProps } from './form-props';
import { useSegmentOptions } from './inspector-api';

const KIND_LABELS: Record<TriggerKind, string> = {
  event: 'An event arrives',
  segment_entry: 'A contact enters a segment',
  date_attribute: 'A date attribute comes round (birthday, renewal)',
  api: 'An API call enrols the contact',
  broadcast: 'Broadcast to a segment once',
};

const KIND_FIELDS: Record<TriggerKind, string[]> = {
  event: ['event', 'filter'],
  segment_entry: ['segmentId'],
  date_attribute: ['attribute', 'offset', 'atLocalTime'],
  api: [],
  broadcast: ['segmentId', 'at', 'ratePerSecond'],
};

/** The keys the form shows a field for with the config's kind. */
export function triggerFields(config: Record<string, unknown>): string[] {
  return ['kind', ...(KIND_FIELDS[config.kind as TriggerKind] ?? [])];
}

export function TriggerForm({ config, onChange }: FormProps) {
  const kind = (TRIGGER_KINDS as readonly string[]).includes(config.kind as string) ? (config.kind as TriggerKind) : 'api';
  const set = (key: string, value: unknown) => onChange(withKey(config, key, value));
  return (
    <>
      <Field label="Trigger kind" path="kind">
        {(props) => (
          <select {...props} value={kind} onChange={(event) => onChange(triggerConfigFor(event.target.value as TriggerKind, config))}>
            {TRIGGER_KINDS.map((option) => <option key={option} value={option}>{KIND_LABELS[option]}</option>)}
          </select>
        )}
      </Field>

      {kind === 'event' && (
        <>
          <Field label="Event name" path="event" hint="The event that starts the journey, e.g. cart_abandoned.">
            {(props) => <input {...props} value={String(config.event ?? '')} onChange={(event) => set('event', event.target.value)} />}
          </Field>
          <FilterField value={config.filter as Condition | undefined} onChange={(filter) => set('filter', filter)}
            hint="Only events whose properties match start the journey." />
        </>
      )}

      {(kind === 'segment_entry' || kind === 'broadcast') && (
        <SegmentPicker value={config.segmentId as string | undefined} optional={kind === 'broadcast'} onChange={(id) => set('segmentId', id)} />
      )}

      {kind === 'broadcast' && (
        <>
          <Field label="Start at" path="at" hint="In your browser's time zone; empty: on publish.">
            {(props) => (
              <input {...props} type="datetime-local" value={toLocalInput(config.at)}
                onChange={(event) => set('at', event.target.value ? new Date(event.target.value).toISOString() : undefined)} />
            )}
          </Field>
          <Field label="Rate per second" path="ratePerSecond" hint="At most this many contacts a second (default 50).">
            {(props) => (
              <input {...props} type="number" min={1} max={1000} placeholder="50" value={config.ratePerSecond === undefined ? '' : String(config.ratePerSecond)}
                onChange={(event) => set('ratePerSecond', event.target.value === '' ? undefined : Math.floor(Number(event.target.value)))} />
            )}
          </Field>
        </>
      )}

      {kind === 'date_attribute' && (
        <>
          <Field label="Date attribute" path="attribute" hint="A contact attribute holding a date, e.g. birthday.">
            {(props) => <input {...props} value={String(config.attribute ?? '')} onChange={(event) => set('attribute', event.target.value)} />}
          </Field>
          <Field label="Offset" path="offset" group hint="Before or after the date (0 for on the day).">
            {(props) => <DurationInput {...props} label="Offset" signed defaultUnit="days" value={config.offset as string | undefined} onChange={(offset) => set('offset', offset)} />}
          </Field>
          <Field label="At local time" path="atLocalTime" hint="In the contact's time zone; empty: as soon as the day comes.">
            {(props) => (
              <input {...props} type="time" value={String(config.atLocalTime ?? '')} onChange={(event) => set('atLocalTime', event.target.value || undefined)} />
            )}
          </Field>
        </>
      )}

      {kind === 'api' && <p className="muted small">Contacts enter through <code>POST /api/v1/journeys/:id/enroll</code>.</p>}
    </>
  );
}

/** An optional condition: "Add filter" until there is one, then the builder with a remove button. */
export function FilterField({ value, onChange, hint, path = 'filter', label = 'Filter', segments }: {
  value: Condition | undefined;
  onChange(value: Condition | undefined): void;
  hint?: string;
  path?: string;
  label?: string;
  segments?: { id: string; name: string }[];
}) {
  return (
    <div className="field" role="group" aria-label={label}>
      <span>{label}</span>
      {value === undefined ? (
        <div><button type="button" onClick={() => onChange({ attribute: '', op: 'eq', value: '' })}>Add filter</button></div>
      ) : (
        <>
          <ConditionBuilder value={value} onChange={onChange} segments={segments} />
          <div><button type="button" className="link danger" onClick={() => onChange(undefined)}>Remove filter</button></div>
        </>
      )}
      {hint && <span className="hint">{hint}</span>}
      <PathProblems path={path} exact={false} />
    </div>
  );
}

function SegmentPicker({ value, onChange, optional }: { value: string | undefined; onChange(id: string | undefined): void; optional?: boolean }) {
  const segments = useSegmentOptions();
  const known = segments.data?.some((segment) => segment.id === value);
  return (
    <Field label="Segment" path="segmentId" hint={segments.isLoading ? 'Loading segments…' : segments.error ? `Segments could not be loaded: ${(segments.error as Error).message}` : optional ? 'Empty: every contact.' : undefined}>
      {(props) => (
        <select {...props} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
          {optional ? <option value="">Every contact</option> : !value && <option value="">Choose a segment…</option>}
          {value && !known && <option value={value}>{segments.isLoading ? value : `${value} (not found)`}</option>}
          {(segments.data ?? []).map((segment) => (
            <option key={segment.id} value={segment.id}>{segment.name}{segment.members !== undefined ? ` (${segment.members})` : ''}</option>
          ))}
        </select>
      )}
    </Field>
  );
}

function toLocalInput(iso: unknown): string {
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
