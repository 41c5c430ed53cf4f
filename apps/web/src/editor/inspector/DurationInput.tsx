import { useState } from 'react';
import { DURATION_UNITS, formatDuration, parseAmount, parseDurationParts, type DurationUnit } from './duration';

export interface DurationInputProps {
  /** ISO-8601: `PT30M`, `PT24H`, `P3D`, `P2W` (signed `-P1D` when `signed`). */
  value: string | undefined;
  onChange(value: string | undefined): void;
  /** The accessible name of the amount box ("Duration", "Timeout", "Within"); the unit select is "Unit". */
  label: string;
  /** Offsets: a Before/After select. */
  signed?: boolean;
  defaultUnit?: DurationUnit;
  /** The id a <label> names (the amount box). */
  id?: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * A number and a unit (minutes, hours, days, weeks) as an ISO-8601 duration. A value the boxes cannot
 * show (`P1M`, `PT30S`) is shown and edited as text, until "Use units" replaces it.
 */
export function DurationInput({ value, onChange, label, signed, defaultUnit = 'hours', id, ...aria }: DurationInputProps) {
  const parts = parseDurationParts(value);
  const [textMode, setTextMode] = useState(() => Boolean(value) && !parts);
  const [draft, setDraft] = useState<string | null>(null);
  const [chosenUnit, setChosenUnit] = useState<DurationUnit>(parts?.unit ?? defaultUnit);
  const unit = parts?.unit ?? chosenUnit;
  const negative = parts?.negative ?? false;

  if (textMode || (value && !parts)) {
    return (
      <span className="duration-input">
        <input id={id} aria-label={label} {...aria} className="duration-text" value={value ?? ''} placeholder="P1D"
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)} />
        <button type="button" className="link" onClick={() => { setTextMode(false); onChange(formatDuration({ amount: 1, unit: defaultUnit, negative: false })); }}>
          Use units
        </button>
      </span>
    );
  }

  const emit = (next: { amount?: number; unit?: DurationUnit; negative?: boolean }) => {
    const amount = next.amount ?? parts?.amount;
    if (amount === undefined) return;
    onChange(formatDuration({ amount, unit: next.unit ?? unit, negative: next.negative ?? negative }));
  };

  return (
    <span className="duration-input">
      <input id={id} aria-label={label} {...aria} type="number" min={0} step={1} inputMode="numeric" className="duration-amount"
        value={draft ?? (parts ? String(parts.amount) : '')}
        onChange={(event) => {
          const text = event.target.value;
          const amount = parseAmount(text);
          if (amount === null) {
            setDraft(text);
            if (text.trim() === '') onChange(undefined);
          } else {
            setDraft(null);
            emit({ amount });
          }
        }}
        onBlur={() => setDraft(null)} />
      <select aria-label="Unit" value={unit} onChange={(event) => { const next = event.target.value as DurationUnit; setChosenUnit(next); emit({ unit: next }); }}>
        {DURATION_UNITS.map((option) => <option key={option} value={option}>{option}</option>)}
      </select>
      {signed && (
        <select aria-label="Before or after" value={negative ? 'before' : 'after'} onChange={(event) => emit({ negative: event.target.value === 'before' })}>
          <option value="after">after</option>
          <option value="before">before</option>
        </select>
      )}
    </span>
  );
}
