import { isRecord } from '@cascade/journey';
import { cascadeSummary, replaceItem, schemaKeys, withKey, withoutKeys } from './config-editing';
import { DurationInput } from './DurationInput';
import { Field, PathProblems } from './fields';
import { ItemActions } from './ItemActions';
import type { FormProps } from './form-props';
import { MessageFields } from './MessageFields';

const WAIT_FOR = ['delivered', 'opened', 'clicked', 'replied'] as const;

export const SEND_FIELDS = ['channel', 'templateId', 'content', 'transactional', 'onCap'];
export const CASCADE_FIELDS = ['steps', 'transactional', 'onCap'];

export function sendFields(config: Record<string, unknown>, channels: FormProps['channels']): string[] {
  const channel = channels.find((candidate) => candidate.type === config.channel);
  return [...SEND_FIELDS, ...schemaKeys(channel?.configSchema)];
}

export function SendForm({ config, onChange, channels, nodeId }: FormProps) {
  return (
    <>
      <MessageFields message={config} onChange={onChange} channels={channels} idPrefix={`${nodeId}-send`} />
      <DeliveryOptions config={config} onChange={onChange} />
    </>
  );
}

/** Transactional and what to do when a frequency cap is reached (send and cascade). */
function DeliveryOptions({ config, onChange }: { config: Record<string, unknown>; onChange(next: Record<string, unknown>): void }) {
  return (
    <>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={config.transactional === true} onChange={(event) => onChange(withKey(config, 'transactional', event.target.checked || undefined))} />
          Transactional (receipts, password resets: not held back by frequency caps or marketing opt-outs)
        </label>
        <PathProblems path="transactional" />
      </div>
      <Field label="When frequency-capped" path="onCap">
        {(props) => (
          <select {...props} value={config.onCap === 'skip' ? 'skip' : 'defer'} onChange={(event) => onChange(withKey(config, 'onCap', event.target.value))}>
            <option value="defer">Defer until allowed</option>
            <option value="skip">Skip the message</option>
          </select>
        )}
      </Field>
    </>
  );
}

export function CascadeForm({ config, onChange, channels, nodeId }: FormProps) {
  const steps = (Array.isArray(config.steps) ? config.steps : []).filter(isRecord);
  const setSteps = (next: Record<string, unknown>[]) => onChange({ ...config, steps: next });
  const add = () => {
    const used = new Set(steps.map((step) => step.channel));
    const channel = channels.find((candidate) => !used.has(candidate.type))?.type ?? channels[0]?.type ?? 'email';
    // The previous last step now hands over to this one: give it a window.
    const previous = steps.map((step, index) => (index === steps.length - 1 && !step.waitFor ? { ...step, waitFor: 'delivered', within: 'PT24H' } : step));
    setSteps([...previous, { channel, content: channel === 'email' ? { subject: '', body: '' } : { body: '' } }]);
  };

  return (
    <>
      <p className="cascade-summary" aria-label="Cascade order">{steps.length ? cascadeSummary(steps, channels) : 'No steps yet'}</p>
      <p className="hint small">Each step is sent in turn until one reaches its “wait for” status in time (success); when all are spent the node leaves through exhausted. Unreachable contacts skip a step.</p>
      <PathProblems path="steps" />
      <ol className="inspector-list">
        {steps.map((step, index) => {
          const waitFor = typeof step.waitFor === 'string' ? step.waitFor : '';
          const set = (next: Record<string, unknown>) => setSteps(replaceItem(steps, index, next));
          return (
            <li key={index} className="card inspector-card" aria-label={`Step ${index + 1}: ${String(step.channel ?? '')}`}>
              <div className="card-head">
                <strong>Step {index + 1}</strong>
                <ItemActions noun="step" items={steps} index={index} onChange={setSteps} />
              </div>
              <MessageFields message={step} onChange={set} channels={channels} path={`steps[${index}].`} idPrefix={`${nodeId}-step${index}`} />
              <div className="grid cols-2">
                <Field label="Wait for" path={`steps[${index}].waitFor`}>
                  {(props) => (
                    <select {...props} value={waitFor} onChange={(event) => {
                      const value = event.target.value;
                      set(value ? { ...step, waitFor: value, within: step.within ?? 'PT24H' } : withoutKeys(step, ['waitFor', 'within']));
                    }}>
                      <option value="">Nothing: success once sent</option>
                      {WAIT_FOR.map((status) => <option key={status} value={status}>{status}</option>)}
                    </select>
                  )}
                </Field>
                {waitFor && (
                  <Field label="Within" path={`steps[${index}].within`} group>
                    {(props) => <DurationInput {...props} label="Within" defaultUnit="hours" value={step.within as string | undefined} onChange={(within) => set(withKey(step, 'within', within))} />}
                  </Field>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add} disabled={steps.length >= 10}>Add step</button>
      <DeliveryOptions config={config} onChange={onChange} />
    </>
  );
}
