import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Condition } from '@cascade/journey';
import { api } from '../../api/client';
import { ConditionBuilder } from '../../conditions/ConditionBuilder';
import { ErrorBanner } from '../../ui/Page';
import { formatCount } from '../../ui/format';
import { useDebounced } from '../../ui/use-debounced';
import { LIFECYCLE_STAGES, useRfmReport, useSegments, type SegmentPreview } from './segments-api';
import { allRfmCodes, definitionFields, toggle, type DefinitionDraft, type EditableKind } from './segment-definition';

const STAGE_WORDS: Record<string, string> = {
  new: 'New — first purchase recently',
  active: 'Active — buying at their usual pace',
  sleeping: 'Sleeping — later than usual',
  churned: 'Churned — long gone',
};

/** The fields of one kind of definition: a condition, RFM codes and cells, or lifecycle stages. */
export function DefinitionEditor({ kind, draft, onChange, segmentId }: {
  kind: EditableKind;
  draft: DefinitionDraft;
  onChange(draft: DefinitionDraft): void;
  /** The segment being edited: it cannot read itself with inSegment. */
  segmentId?: string;
}) {
  const segments = useSegments();
  const rfm = useRfmReport();
  if (kind === 'rule') {
    const others = (segments.data ?? []).filter((s) => s.id !== segmentId).map((s) => ({ id: s.id, name: s.name }));
    return (
      <div className="definition-rule">
        <ConditionBuilder
          value={draft.condition as Condition | undefined}
          onChange={(condition) => onChange({ ...draft, condition: condition as unknown as Record<string, unknown> })}
          segments={others}
        />
      </div>
    );
  }
  if (kind === 'lifecycle') {
    return (
      <fieldset className="definition-fieldset">
        <legend>Lifecycle stages</legend>
        {LIFECYCLE_STAGES.map((stage) => (
          <label key={stage} className="check">
            <input type="checkbox" checked={draft.stages.includes(stage)} onChange={() => onChange({ ...draft, stages: toggle(draft.stages, stage, LIFECYCLE_STAGES) })} />
            {STAGE_WORDS[stage]}
          </label>
        ))}
      </fieldset>
    );
  }
  const levels = rfm.data?.levels ?? 5;
  const counts = new Map((rfm.data?.codes ?? []).map((c) => [c.code, c.contacts]));
  const cellNames = rfm.data?.named.map((n) => n.name) ?? [];
  const codes = allRfmCodes(levels);
  return (
    <div className="grid cols-2">
      <fieldset className="definition-fieldset">
        <legend>Named cells</legend>
        {cellNames.length === 0 && <p className="muted small">No named cells in the workspace's mapping.</p>}
        {rfm.data?.named.map((cell) => (
          <label key={cell.name} className="check">
            <input type="checkbox" checked={draft.cells.includes(cell.name)} onChange={() => onChange({ ...draft, cells: toggle(draft.cells, cell.name, cellNames) })} />
            {cell.name} <span className="muted small">({formatCount(cell.contacts)})</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="definition-fieldset">
        <legend>R-F-M codes <span className="muted small">(1 = best)</span></legend>
        <select
          multiple
          aria-label="RFM codes"
          size={10}
          className="codes-picker"
          value={draft.codes}
          onChange={(e) => onChange({ ...draft, codes: codes.filter((code) => [...e.target.selectedOptions].some((o) => o.value === code)) })}
        >
          {codes.map((code) => <option key={code} value={code}>{code} ({formatCount(counts.get(code) ?? 0)})</option>)}
        </select>
        <p className="muted small">Ctrl/⌘-click to pick several. {draft.codes.length > 0 && <button type="button" className="link" onClick={() => onChange({ ...draft, codes: [] })}>Clear codes</button>}</p>
      </fieldset>
    </div>
  );
}

/** How many contacts the definition selects now, with a sample; asked ~500 ms after the last change. */
export function LivePreview({ kind, draft }: { kind: EditableKind; draft: DefinitionDraft }) {
  const fields = definitionFields(kind, draft);
  const body = fields ? JSON.stringify({ kind, ...fields }) : null;
  const settled = useDebounced(body, 500);
  const preview = useQuery({
    queryKey: ['segments', 'preview', settled],
    queryFn: () => api<SegmentPreview>('/api/v1/segments/preview', { body: JSON.parse(settled!) }),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  if (!body) return <div className="preview card muted" aria-live="polite">Complete the definition to see who it selects.</div>;
  const pending = body !== settled || preview.isFetching;
  return (
    <div className="preview card" aria-live="polite" aria-busy={pending}>
      <div className="preview-head">
        <strong data-testid="preview-count">{preview.data ? `${formatCount(preview.data.count)} contacts` : '…'}</strong>
        <span className="muted small">{pending ? 'counting…' : 'match now'}</span>
      </div>
      {preview.error && !pending ? <ErrorBanner error={preview.error} /> : null}
      {preview.data && preview.data.sample.length > 0 && (
        <ul className="preview-sample">
          {preview.data.sample.map((s) => (
            <li key={s.contactId}><Link to={`/contacts/${s.contactId}`}>{s.email ?? s.externalId ?? s.contactId}</Link></li>
          ))}
        </ul>
      )}
    </div>
  );
}
