import type { Condition } from '@cascade/journey';

export interface ConditionBuilderProps {
  value: Condition | undefined;
  onChange(value: Condition): void;
  /** Segments `inSegment` can name; when absent, `inSegment` is not offered. */
  segments?: { id: string; name: string }[];
}

/** Builds a condition of the journey condition language (DESIGN.md §3). (Filled in by the inspector work.) */
export function ConditionBuilder({ value }: ConditionBuilderProps) {
  return <pre>{JSON.stringify(value ?? null)}</pre>;
}
