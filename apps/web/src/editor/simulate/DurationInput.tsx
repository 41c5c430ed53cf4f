import { useId } from 'react';
import { describeDuration, parseDurationText } from './duration-text';

/** A delay typed as "2 hours", "1 day 3 h" or ISO `PT2H`, with what it was read as underneath. */
export function DurationInput({ label, value, onChange, allowNegative = false, placeholder = 'e.g. 2 hours' }: {
  label: string;
  value: string;
  onChange(value: string): void;
  allowNegative?: boolean;
  placeholder?: string;
}) {
  const hintId = useId();
  const parsed = parseDurationText(value, { allowNegative });
  const hint = parsed === null
    ? 'Try "2 hours", "1 day 3 h" or PT2H'
    : value.trim() === '' ? 'right away' : `${describeDuration(parsed)} · ${parsed}`;
  return (
    <label className="field sim-duration">
      <span>{label}</span>
      <input
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        aria-invalid={parsed === null}
        aria-describedby={hintId}
        spellCheck={false}
      />
      <small id={hintId} className={parsed === null ? 'problem' : 'hint'}>{hint}</small>
    </label>
  );
}
