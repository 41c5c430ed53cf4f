import { isRecord, type Condition } from '@cascade/journey';
import { ConditionBuilder } from '../../conditions/ConditionBuilder';
import { idFromLabel, replaceItem } from './config-editing';
import { Field, PathProblems } from './fields';
import { ItemActions } from './ItemActions';
import type { FormProps } from './form-props';
import { useSegmentOptions } from './inspector-api';

interface Rule { id: string; label?: string; condition: Condition }

export const BRANCH_FIELDS = ['rules'];

export function BranchForm({ config, onChange }: FormProps) {
  const rules = (Array.isArray(config.rules) ? config.rules : []).filter(isRecord) as unknown as Rule[];
  const segments = useSegmentOptions();
  const segmentOptions = segments.data?.map(({ id, name }) => ({ id, name }));
  const setRules = (next: Rule[]) => onChange({ ...config, rules: next });
  const otherIds = (index: number) => rules.filter((_, position) => position !== index).map((rule) => rule.id);

  const rename = (index: number, label: string) => {
    const rule = rules[index];
    // The id is the output handle its edge hangs on: fixed once made, so renaming never drops a connection.
    const id = rule.id === '' ? idFromLabel(label, otherIds(index)) : rule.id;
    setRules(replaceItem(rules, index, { ...rule, label, id }));
  };

  const add = () => {
    const label = `Rule ${rules.length + 1}`;
    setRules([...rules, { id: idFromLabel(label, rules.map((rule) => rule.id)), label, condition: { attribute: '', op: 'eq', value: '' } }]);
  };

  return (
    <>
      <p className="hint small">Rules are checked top to bottom: the <strong>first match wins</strong>. Contacts matching none leave through <strong>else</strong>.</p>
      <PathProblems path="rules" />
      <ol className="inspector-list">
        {rules.map((rule, index) => (
          <li key={index} className="card inspector-card" aria-label={`Rule ${index + 1}: ${rule.label || rule.id}`}>
            <div className="card-head">
              <strong>{index + 1}.</strong>
              <span className="badge" title="Output handle">{rule.id || '—'}</span>
              <ItemActions noun="rule" items={rules} index={index} onChange={setRules} />
            </div>
            <Field label={`Rule ${index + 1} name`} path={`rules[${index}].label`}>
              {(props) => <input {...props} value={rule.label ?? ''} onChange={(event) => rename(index, event.target.value)} />}
            </Field>
            <PathProblems path={`rules[${index}].id`} />
            <div className="field">
              <span>When</span>
              <ConditionBuilder value={rule.condition} segments={segmentOptions} onChange={(condition) => setRules(replaceItem(rules, index, { ...rule, condition }))} />
              <PathProblems path={`rules[${index}].condition`} exact={false} />
            </div>
            <PathProblems path={`rules[${index}]`} />
          </li>
        ))}
        <li className="inspector-else muted small">Else: everyone else</li>
      </ol>
      <button type="button" onClick={add} disabled={rules.length >= 20}>Add rule</button>
    </>
  );
}
