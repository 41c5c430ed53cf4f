import { createContext, useContext, useId, type ReactNode } from 'react';
import type { GraphProblem } from '@cascade/journey';
import { problemsAt } from './config-editing';

/** The node's problems, for every field under the inspector. */
export const ProblemsContext = createContext<readonly GraphProblem[]>([]);

/** The problems of the config field at `path` (nested ones too unless `exact`). */
export function useProblems(path: string | undefined, exact = false): GraphProblem[] {
  const problems = useContext(ProblemsContext);
  return path === undefined ? [] : problemsAt(problems, path, exact);
}

/** What a field passes to its input: the id its label names, and the invalid state its problems give. */
export interface InputProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * A labelled input with its hint and problems (red, under it). `group` fields (several inputs, such
 * as a duration) show the label as text; their inputs carry their own aria-labels.
 */
export function Field({ label, path, exact, hint, group, children }: {
  label: ReactNode;
  /** The config path whose problems show here: `duration`, `steps[0].within`. */
  path?: string;
  exact?: boolean;
  hint?: ReactNode;
  group?: boolean;
  children(props: InputProps): ReactNode;
}) {
  const id = useId();
  const problems = useProblems(path, exact);
  const described = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ');
  const props: InputProps = { id, ...(problems.length ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) };
  return (
    <div className="field">
      {/* A group's inputs name themselves (aria-label): a second name here would make the label ambiguous. */}
      {group ? <span>{label}</span> : <label htmlFor={id}><span>{label}</span></label>}
      {children(props)}
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      <Problems problems={problems} id={`${id}-problems`} />
    </div>
  );
}

export function Problems({ problems, id }: { problems: readonly GraphProblem[]; id?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul className="problem-list" id={id} role="alert">
      {problems.map((problem, index) => <li key={`${problem.path}-${index}`} className="problem">{problem.message}</li>)}
    </ul>
  );
}

/** Problems of a path shown on their own (for a card or a list). */
export function PathProblems({ path, exact = true }: { path: string; exact?: boolean }) {
  return <Problems problems={useProblems(path, exact)} />;
}

/** A select of fixed options. */
export function Select<T extends string>({ value, options, onChange, ...props }: {
  value: T | '' | undefined;
  options: readonly (T | { value: T; label: string })[];
  onChange(value: T): void;
  placeholder?: string;
} & Partial<InputProps> & { 'aria-label'?: string }) {
  const { placeholder, ...rest } = props;
  const known = options.some((option) => (typeof option === 'string' ? option : option.value) === value);
  return (
    <select {...rest} value={value ?? ''} onChange={(event) => onChange(event.target.value as T)}>
      {(!value || !known) && <option value={value ?? ''}>{value ? `${value} (unknown)` : placeholder ?? 'Choose…'}</option>}
      {options.map((option) => {
        const { value: optionValue, label } = typeof option === 'string' ? { value: option, label: option } : option;
        return <option key={optionValue} value={optionValue}>{label}</option>;
      })}
    </select>
  );
}
