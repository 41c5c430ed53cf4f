import { isRecord } from '@cascade/journey';
import { evenWeights, nextVariant, removeItem, replaceItem, weightSum, withKey } from './config-editing';
import { Field, PathProblems } from './fields';
import type { FormProps } from './form-props';

interface Variant { id: string; label?: string; weight: number }
interface Winner { minimumPerVariant: number; probability: number }

export const SPLIT_FIELDS = ['variants', 'control', 'winner'];
const PROBABILITIES = [0.95, 0.975, 0.99];

export function SplitForm({ config, onChange }: FormProps) {
  const variants = (Array.isArray(config.variants) ? config.variants : []).filter(isRecord) as unknown as Variant[];
  const control = typeof config.control === 'string' ? config.control : '';
  const winner = isRecord(config.winner) ? (config.winner as unknown as Winner) : undefined;
  const total = weightSum(variants);
  const setVariants = (next: Variant[]) => onChange({ ...config, variants: next });

  const add = () => {
    const { id, label } = nextVariant(variants.map((variant) => variant.id));
    setVariants([...variants, { id, label, weight: Math.max(0, Math.round((100 - total) * 1e6) / 1e6) }]);
  };
  const remove = (index: number) => {
    const removed = variants[index];
    const next = { ...config, variants: removeItem(variants, index) };
    onChange(removed.id === control ? withKey(next, 'control', undefined) : next);
  };

  return (
    <>
      <PathProblems path="variants" />
      <ul className="inspector-list">
        {variants.map((variant, index) => (
          <li key={index} className="variant-row">
            <span className="badge" title="Output handle">{variant.id}</span>
            <Field label={`Variant ${index + 1} name`} path={`variants[${index}].label`}>
              {(props) => <input {...props} value={variant.label ?? ''} onChange={(event) => setVariants(replaceItem(variants, index, { ...variant, label: event.target.value }))} />}
            </Field>
            <Field label={`Weight of ${variant.label || variant.id}`} path={`variants[${index}].weight`}>
              {(props) => (
                <input {...props} type="number" min={0} max={100} step="any" className="weight" value={Number.isFinite(variant.weight) ? variant.weight : ''}
                  onChange={(event) => setVariants(replaceItem(variants, index, { ...variant, weight: event.target.value === '' ? 0 : Number(event.target.value) }))} />
              )}
            </Field>
            <button type="button" className="link danger" aria-label={`Remove variant ${variant.label || variant.id}`} disabled={variants.length <= 2} onClick={() => remove(index)}>Remove</button>
            <PathProblems path={`variants[${index}]`} />
          </li>
        ))}
      </ul>
      <p className={total === 100 ? 'weight-sum ok' : 'weight-sum bad'} role="status" aria-label="Weight total">
        Total: {total}% {total === 100 ? '✓' : '— must be 100'}
      </p>
      <div className="actions">
        <button type="button" onClick={add} disabled={variants.length >= 10}>Add variant</button>
        <button type="button" onClick={() => { const weights = evenWeights(variants.length); setVariants(variants.map((variant, index) => ({ ...variant, weight: weights[index] }))); }}>
          Split evenly
        </button>
      </div>

      <Field label="Control" path="control" hint="The variant the others are compared with. Leave its output unconnected for a holdout.">
        {(props) => (
          <select {...props} value={control} onChange={(event) => onChange(withKey(config, 'control', event.target.value || undefined))}>
            <option value="">No control</option>
            {control && !variants.some((variant) => variant.id === control) && <option value={control}>{control} (not a variant)</option>}
            {variants.map((variant) => <option key={variant.id} value={variant.id}>{variant.label || variant.id}</option>)}
          </select>
        )}
      </Field>

      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={winner !== undefined}
            onChange={(event) => onChange(withKey(config, 'winner', event.target.checked ? { minimumPerVariant: 1000, probability: 0.95 } : undefined))} />
          Pick a winner automatically
        </label>
        <PathProblems path="winner" />
      </div>
      {winner && (
        <div className="card inspector-card">
          <Field label="Minimum contacts per variant" path="winner.minimumPerVariant">
            {(props) => (
              <input {...props} type="number" min={1} step={1} value={winner.minimumPerVariant}
                onChange={(event) => onChange({ ...config, winner: { ...winner, minimumPerVariant: Math.max(1, Math.floor(Number(event.target.value) || 1)) } })} />
            )}
          </Field>
          <Field label="Probability to be best" path="winner.probability">
            {(props) => (
              <select {...props} value={String(winner.probability)} onChange={(event) => onChange({ ...config, winner: { ...winner, probability: Number(event.target.value) } })}>
                {!PROBABILITIES.includes(winner.probability) && <option value={String(winner.probability)}>{(winner.probability * 100).toFixed(1)}%</option>}
                {PROBABILITIES.map((probability) => <option key={probability} value={String(probability)}>{probability * 100}%</option>)}
              </select>
            )}
          </Field>
          <p className="banner warn small" role="note">
            Careful: at 95% the rule picks a false winner about 9% of the time (it looks again as every contact arrives), so prefer 99% for
            small differences. The rule decides once: after a winner is picked, every new contact goes to it and the split is over.
          </p>
        </div>
      )}
    </>
  );
}
