/** A segment definition being edited, and what of it the API receives. Pure. */

export type EditableKind = 'rule' | 'rfm' | 'lifecycle';

export interface DefinitionDraft {
  condition?: Record<string, unknown>;
  codes: string[];
  cells: string[];
  stages: string[];
}

export const emptyDraft = (): DefinitionDraft => ({ codes: [], cells: [], stages: [] });

/** The draft of a saved definition. */
export function draftOf(definition: Record<string, unknown>): DefinitionDraft {
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const condition = definition.condition;
  return {
    condition: condition && typeof condition === 'object' ? (condition as Record<string, unknown>) : undefined,
    codes: strings(definition.codes),
    cells: strings(definition.cells),
    stages: strings(definition.stages),
  };
}

/** The kind's fields only, as POST /segments, /segments/preview and PUT take them; null while incomplete. */
export function definitionFields(kind: EditableKind, draft: DefinitionDraft): Record<string, unknown> | null {
  switch (kind) {
    case 'rule':
      return draft.condition ? { condition: draft.condition } : null;
    case 'rfm':
      if (draft.codes.length === 0 && draft.cells.length === 0) return null;
      // Both lists, empty ones too: an update merges with the stored definition, so a list left out would keep its old values.
      return { codes: draft.codes, cells: draft.cells };
    case 'lifecycle':
      return draft.stages.length ? { stages: draft.stages } : null;
  }
}

/** What a definition selects, in words, for lists. */
export function describeDefinition(kind: string, definition: Record<string, unknown>): string {
  const draft = draftOf(definition);
  if (kind === 'rfm') return [draft.cells.length ? `cells ${draft.cells.join(', ')}` : '', draft.codes.length ? `codes ${draft.codes.join(', ')}` : ''].filter(Boolean).join('; ');
  if (kind === 'lifecycle') return `stages ${draft.stages.join(', ')}`;
  if (kind === 'cluster') return typeof definition.label === 'string' ? definition.label : 'cluster';
  return 'rule';
}

/** Every R-F-M code of a grid with `levels` levels, best first: "1-1-1", "1-1-2", … */
export function allRfmCodes(levels: number): string[] {
  const codes: string[] = [];
  for (let r = 1; r <= levels; r++) for (let f = 1; f <= levels; f++) for (let m = 1; m <= levels; m++) codes.push(`${r}-${f}-${m}`);
  return codes;
}

/** Adds or removes one value of a list, keeping the order of `order` when given. */
export function toggle(list: readonly string[], value: string, order?: readonly string[]): string[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return order ? order.filter((v) => next.includes(v)) : next;
}
