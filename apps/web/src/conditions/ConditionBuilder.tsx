import { useId, useState } from 'react';
import {
  COMPARISON_OPS, COUNT_OPS, MESSAGE_CONDITION_STATUSES,
  type AttributeCondition, type ComparisonOp, type Condition, type CountOp, type EventCondition, type MessageCondition,
} from '@cascade/journey';
import { DurationInput } from '../editor/inspector/DurationInput';
import {
  addAt, changeOp, conditionKind, getAt, groupItems, isGroup, newCondition, OP_LABELS, parseConditionJson, removeAt, replaceAt,
  setGroupKind, summarizeCondition, textToValue, toggleNot, valueShape, valueToText, withinDepth, type ConditionPath,
} from './condition-editing';
import './conditions.css';

export interface ConditionBuilderProps {
  value: Condition | undefined;
  onChange(value: Condition): void;
  /** Segments `inSegment` can name; when absent, `inSegment` is not offered. */
  segments?: { id: string; name: string }[];
}

interface Editing {
  root: Condition;
  commit(next: Condition): void;
  segments?: { id: string; name: string }[];
}

/** Builds a condition of the journey condition language (docs/journeys.md#conditions), visually or as JSON. */
export function ConditionBuilder({ value, onChange, segments }: ConditionBuilderProps) {
  const [jsonOpen, setJsonOpen] = useState(false);
  return (
    <div className="condition-builder">
      <div className="cond-toolbar">
        <span className="cond-summary" aria-label="Condition summary">{value ? summarizeCondition(value, segments) : 'No condition yet'}</span>
        <button type="button" className="link" aria-pressed={jsonOpen} onClick={() => setJsonOpen((open) => !open)}>
          {jsonOpen ? 'Visual' : 'JSON'}
        </button>
      </div>
      {jsonOpen ? (
        <JsonEditor value={value} onChange={onChange} />
      ) : value ? (
        <ConditionNode editing={{ root: value, commit: onChange, segments }} path={[]} />
      ) : (
        <AddButtons label="Add a condition" segments={segments} onAdd={(condition) => onChange(condition)} canGroup />
      )}
    </div>
  );
}

function ConditionNode({ editing, path }: { editing: Editing; path: ConditionPath }) {
  const condition = getAt(editing.root, path);
  if (!condition) return null;
  const kind = conditionKind(condition);
  const isRoot = path.length === 0;
  const replace = (next: Condition) => editing.commit(replaceAt(editing.root, path, next));
  const negated = toggleNot(editing.root, path);
  const actions = (
    <span className="cond-actions">
      <button type="button" className="link" aria-label={kind === 'not' ? 'Remove negation' : 'Negate condition'} disabled={kind !== 'not' && !withinDepth(negated)}
        onClick={() => editing.commit(negated)}>{kind === 'not' ? 'un-negate' : 'not'}</button>
      {!isRoot && (
        <button type="button" className="link danger" aria-label="Remove condition" onClick={() => {
          const next = removeAt(editing.root, path);
          if (next) editing.commit(next);
        }}>✕</button>
      )}
    </span>
  );

  if (kind === 'all' || kind === 'any') {
    const items = groupItems(condition);
    return (
      <div className="cond-group" role="group" aria-label={isRoot ? 'Condition group' : 'Nested condition group'}>
        <div className="cond-group-head">
          <select aria-label="Match all or any" value={kind} onChange={(event) => editing.commit(setGroupKind(editing.root, path, event.target.value as 'all' | 'any'))}>
            <option value="all">All of (and)</option>
            <option value="any">Any of (or)</option>
          </select>
          {actions}
        </div>
        {items.length === 0 && <p className="muted small">Empty: add a condition.</p>}
        <ul className="cond-items">
          {items.map((_, index) => (
            <li key={index} className="cond-item">
              {index > 0 && <span className="cond-joiner">{kind === 'all' ? 'and' : 'or'}</span>}
              <ConditionNode editing={editing} path={[...path, index]} />
            </li>
          ))}
        </ul>
        <AddButtons label="Add" segments={editing.segments}
          canAdd={withinDepth(addAt(editing.root, path, newCondition('attribute')))}
          canGroup={withinDepth(addAt(editing.root, path, newCondition('group')))}
          onAdd={(child) => editing.commit(addAt(editing.root, path, child))} />
      </div>
    );
  }

  if (kind === 'not') {
    return (
      <div className="cond-not" role="group" aria-label="Negated condition">
        <div className="cond-group-head"><strong>NOT</strong>{actions}</div>
        <ConditionNode editing={editing} path={[...path, 'not']} />
      </div>
    );
  }

  const groupAround = isRoot && !isGroup(condition);
  return (
    <div className="cond-leaf-wrap">
      <div className="cond-row">
        {kind === 'attribute' && <AttributeRow condition={condition as AttributeCondition} onChange={replace} />}
        {kind === 'segment' && <SegmentRow condition={condition as { inSegment: string }} segments={editing.segments} onChange={replace} />}
        {kind === 'event' && <EventRow condition={condition as EventCondition} onChange={replace} />}
        {kind === 'message' && <MessageRow condition={condition as MessageCondition} onChange={replace} />}
        {kind === 'unknown' && <code>{JSON.stringify(condition)}</code>}
        {actions}
      </div>
      {kind === 'event' && (condition as EventCondition).where && (
        <div className="cond-where">
          <span className="muted small">where the event's properties match</span>
          <ConditionNode editing={editing} path={[...path, 'where']} />
          <button type="button" className="link" onClick={() => { const next = removeAt(editing.root, [...path, 'where']); if (next) editing.commit(next); }}>
            Remove property filter
          </button>
        </div>
      )}
      {kind === 'event' && !(condition as EventCondition).where && (
        <button type="button" className="link small" disabled={!withinDepth(replaceAt(editing.root, path, { ...(condition as EventCondition), where: newCondition('attribute') }))}
          onClick={() => replace({ ...(condition as EventCondition), where: newCondition('attribute') })}>+ property filter (where)</button>
      )}
      {groupAround && (
        <AddButtons label="And" segments={editing.segments} canGroup={withinDepth(addAt(editing.root, [], newCondition('group')))}
          onAdd={(child) => editing.commit(addAt(editing.root, [], child))} />
      )}
    </div>
  );
}

function AddButtons({ label, segments, onAdd, canAdd = true, canGroup }: {
  label: string;
  segments?: { id: string; name: string }[];
  onAdd(condition: Condition): void;
  canAdd?: boolean;
  canGroup?: boolean;
}) {
  return (
    <div className="cond-add">
      <span className="muted small">{label}:</span>
      <button type="button" disabled={!canAdd} onClick={() => onAdd(newCondition('attribute'))}>+ Attribute</button>
      <button type="button" disabled={!canAdd} onClick={() => onAdd(newCondition('event'))}>+ Event</button>
      {segments && <button type="button" disabled={!canAdd} onClick={() => onAdd(newCondition('segment', segments))}>+ Segment</button>}
      <button type="button" disabled={!canGroup} title={canGroup ? undefined : 'Conditions nest at most 8 levels'}
        onClick={() => onAdd(newCondition('group'))}>+ Group</button>
    </div>
  );
}

function AttributeRow({ condition, onChange }: { condition: AttributeCondition; onChange(next: Condition): void }) {
  const shape = valueShape(condition.op);
  const [listDraft, setListDraft] = useState<string | null>(null);
  return (
    <>
      <input aria-label="Attribute" placeholder="city or address.zip" value={condition.attribute} className="cond-attribute"
        aria-invalid={condition.attribute === '' || !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/.test(condition.attribute) ? true : undefined}
        onChange={(event) => onChange({ ...condition, attribute: event.target.value })} />
      <select aria-label="Operator" value={condition.op} onChange={(event) => { setListDraft(null); onChange(changeOp(condition, event.target.value as ComparisonOp)); }}>
        {COMPARISON_OPS.map((op) => <option key={op} value={op}>{OP_LABELS[op]}</option>)}
      </select>
      {shape === 'list' && (
        <input aria-label="Value" placeholder="Kazan, Moscow" title="Comma-separated list" value={listDraft ?? valueToText(condition.value)}
          onChange={(event) => { setListDraft(event.target.value); onChange({ ...condition, value: textToValue(condition.op, event.target.value) }); }}
          onBlur={() => setListDraft(null)} />
      )}
      {shape === 'number' && (
        <input aria-label="Value" inputMode="decimal" placeholder="number or date" value={valueToText(condition.value)}
          onChange={(event) => onChange({ ...condition, value: textToValue(condition.op, event.target.value) })} />
      )}
      {shape === 'text' && (
        <input aria-label="Value" value={valueToText(condition.value)}
          onChange={(event) => onChange({ ...condition, value: textToValue(condition.op, event.target.value) })} />
      )}
    </>
  );
}

function SegmentRow({ condition, segments, onChange }: {
  condition: { inSegment: string };
  segments?: { id: string; name: string }[];
  onChange(next: Condition): void;
}) {
  const known = segments?.some((segment) => segment.id === condition.inSegment);
  return (
    <>
      <span className="muted">in segment</span>
      <select aria-label="Segment" value={condition.inSegment} onChange={(event) => onChange({ inSegment: event.target.value })}
        aria-invalid={!condition.inSegment ? true : undefined}>
        {!known && <option value={condition.inSegment}>{condition.inSegment || 'Choose a segment…'}</option>}
        {(segments ?? []).map((segment) => <option key={segment.id} value={segment.id}>{segment.name}</option>)}
      </select>
    </>
  );
}

function EventRow({ condition, onChange }: { condition: EventCondition; onChange(next: Condition): void }) {
  const set = (key: keyof EventCondition, value: unknown) => {
    const next: Record<string, unknown> = { ...condition, [key]: value };
    if (value === undefined) delete next[key];
    onChange(next as unknown as Condition);
  };
  const count = condition.count;
  return (
    <>
      <span className="muted">did</span>
      <input aria-label="Event name" placeholder="purchase" value={condition.event} aria-invalid={condition.event === '' ? true : undefined}
        onChange={(event) => set('event', event.target.value)} />
      <select aria-label="Count operator" value={count?.op ?? ''} onChange={(event) => {
        const op = event.target.value as CountOp | '';
        set('count', op ? { op, value: count?.value ?? 1 } : undefined);
      }}>
        <option value="">at least once</option>
        {COUNT_OPS.map((op) => <option key={op} value={op}>{OP_LABELS[op].split(' ').slice(1).join(' ')} ({OP_LABELS[op].split(' ')[0]})</option>)}
      </select>
      {count && (
        <>
          <input aria-label="Count" type="number" min={0} step={1} className="cond-count" value={count.value}
            onChange={(event) => set('count', { op: count.op, value: Math.max(0, Math.floor(Number(event.target.value) || 0)) })} />
          <span className="muted">times</span>
        </>
      )}
      {condition.ago !== undefined ? (
        <span className="muted small">{condition.ago} ago ± {condition.tolerance ?? '?'} (edit as JSON)</span>
      ) : (
        <>
          <label className="cond-inline">
            <input type="checkbox" aria-label="Time limit" checked={condition.within !== undefined}
              onChange={(event) => set('within', event.target.checked ? 'P30D' : undefined)} />
            <span className="muted">in the last</span>
          </label>
          {condition.within !== undefined && (
            <DurationInput label="Within" value={condition.within} defaultUnit="days" onChange={(within) => set('within', within ?? '')} />
          )}
        </>
      )}
    </>
  );
}

function MessageRow({ condition, onChange }: { condition: MessageCondition; onChange(next: Condition): void }) {
  const message = condition.message;
  const set = (key: string, value: unknown) => {
    const next: Record<string, unknown> = { ...message, [key]: value };
    if (value === undefined || value === '') delete next[key];
    onChange({ message: next } as Condition);
  };
  return (
    <>
      <span className="muted">a message</span>
      <input aria-label="Message channel" placeholder="any channel" value={message.channel ?? ''} onChange={(event) => set('channel', event.target.value)} />
      <select aria-label="Message status" value={message.status ?? ''} onChange={(event) => set('status', event.target.value || undefined)}>
        <option value="">sent</option>
        {MESSAGE_CONDITION_STATUSES.map((status) => <option key={status} value={status}>{status}</option>)}
      </select>
      <span className="muted">in the last</span>
      <DurationInput label="Within" value={message.within} defaultUnit="days" onChange={(within) => set('within', within)} />
    </>
  );
}

function JsonEditor({ value, onChange }: { value: Condition | undefined; onChange(value: Condition): void }) {
  const [text, setText] = useState(() => (value ? JSON.stringify(value, null, 2) : ''));
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  return (
    <div className="field">
      <textarea aria-label="Condition JSON" className="cond-json" rows={Math.min(20, Math.max(4, text.split('\n').length))} spellCheck={false}
        value={text} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseConditionJson(event.target.value, { allowMessage: true });
          if ('error' in parsed) setError(parsed.error);
          else {
            setError(null);
            onChange(parsed.condition);
          }
        }} />
      {error && <span className="problem" id={errorId} role="alert">{error}</span>}
    </div>
  );
}
