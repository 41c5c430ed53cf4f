import type { Condition } from '@cascade/journey';
import { WEEKDAYS, toggleDay, waitConfigFor, waitMode, withKey, type WaitMode } from './config-editing';
import { DurationInput } from './DurationInput';
import { Field } from './fields';
import type { FormProps } from './form-props';
import { FilterField } from './TriggerForm';

const MODES: { mode: WaitMode; label: string }[] = [
  { mode: 'duration', label: 'For a time' },
  { mode: 'untilLocalTime', label: 'Until a time of day' },
  { mode: 'untilAttribute', label: 'Until a date attribute' },
];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The keys the form shows a field for in the config's mode. */
export function waitFields(config: Record<string, unknown>): string[] {
  const mode = waitMode(config);
  return mode === 'duration' ? ['duration'] : mode === 'untilLocalTime' ? ['untilLocalTime', 'days'] : ['untilAttribute', 'offset'];
}
export const WAIT_FOR_EVENT_FIELDS = ['event', 'filter', 'timeout'];

export function WaitForm({ config, onChange, nodeId }: FormProps) {
  const mode = waitMode(config);
  const set = (key: string, value: unknown) => onChange(withKey(config, key, value));
  const days = Array.isArray(config.days) ? (config.days as number[]) : undefined;
  return (
    <>
      <fieldset className="inspector-radios" aria-label="Wait mode">
        <legend>Wait</legend>
        {MODES.map((option) => (
          <label key={option.mode}>
            <input type="radio" name={`${nodeId}-wait-mode`} checked={mode === option.mode} onChange={() => onChange(waitConfigFor(option.mode))} /> {option.label}
          </label>
        ))}
      </fieldset>

      {mode === 'duration' && (
        <Field label="Wait duration" path="duration" group hint="Counted in the contact's calendar (a day across a DST change keeps the time).">
          {(props) => <DurationInput {...props} label="Wait duration" defaultUnit="hours" value={config.duration as string | undefined} onChange={(value) => set('duration', value)} />}
        </Field>
      )}

      {mode === 'untilLocalTime' && (
        <>
          <Field label="Local time" path="untilLocalTime" hint="The next time the contact's clock shows this (their time zone).">
            {(props) => <input {...props} type="time" value={String(config.untilLocalTime ?? '')} onChange={(event) => set('untilLocalTime', event.target.value || '09:00')} />}
          </Field>
          <Field label="On days" path="days" group hint={days ? undefined : 'Every day; pick days to wait for those only.'}>
            {() => (
              <div className="weekday-toggles">
                {WEEKDAYS.map((short, index) => (
                  <button key={short} type="button" aria-label={DAY_NAMES[index]} aria-pressed={days?.includes(index + 1) ?? false}
                    className={days?.includes(index + 1) ? 'day on' : 'day'} onClick={() => set('days', toggleDay(days, index + 1))}>
                    {short}
                  </button>
                ))}
              </div>
            )}
          </Field>
        </>
      )}

      {mode === 'untilAttribute' && (
        <>
          <Field label="Date attribute" path="untilAttribute" hint="A contact attribute holding a date or time; no wait when it is missing.">
            {(props) => <input {...props} value={String(config.untilAttribute ?? '')} onChange={(event) => set('untilAttribute', event.target.value)} />}
          </Field>
          <Field label="Offset" path="offset" group>
            {(props) => <DurationInput {...props} label="Offset" signed defaultUnit="days" value={config.offset as string | undefined} onChange={(value) => set('offset', value)} />}
          </Field>
        </>
      )}
    </>
  );
}

export function WaitForEventForm({ config, onChange }: FormProps) {
  const set = (key: string, value: unknown) => onChange(withKey(config, key, value));
  return (
    <>
      <Field label="Event name" path="event" hint="Leaves through “event” when it arrives, “timeout” otherwise.">
        {(props) => <input {...props} value={String(config.event ?? '')} onChange={(event) => set('event', event.target.value)} />}
      </Field>
      <FilterField value={config.filter as Condition | undefined} onChange={(filter) => set('filter', filter)} hint="Only events whose properties match count." />
      <Field label="Timeout" path="timeout" group>
        {(props) => <DurationInput {...props} label="Timeout" defaultUnit="days" value={config.timeout as string | undefined} onChange={(value) => set('timeout', value)} />}
      </Field>
    </>
  );
}
