import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ContactSnapshot, DeliveryStatus, JourneyGraph } from '@cascade/journey';
import { ContactPicker, type ContactSource } from './ContactPicker';
import { DurationInput } from './DurationInput';
import { SimulationResultView } from './SimulationResultView';
import { describedSnapshot, EMPTY_DESCRIBED_CONTACT, toContactSnapshot, type DescribedContact } from './contact-snapshot';
import type { PathHighlight } from './path-highlight';
import { runSimulation, type SimulationRun } from './run-simulation';
import { useContact, useSegmentList } from './simulate-api';
import { buildSimulationInput, graphChannels, graphEventNames, localInputValue, SCRIPTED_STATUSES, type DeliveryRow, type EventRow } from './simulation-form';
import { toPathHighlight } from './trace-view';
import './simulate.css';

function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

let nextKey = 1;
const key = () => nextKey++;

/**
 * "Try a contact": runs the draft for one contact — a real one or one described here — on a virtual
 * clock in the browser, with scripted events and deliveries, shows what happened when, and hands
 * the path taken to the canvas.
 */
export function TryContactPanel({ graph, onPath }: { graph: JourneyGraph; onPath(highlight: PathHighlight | null): void }) {
  const [source, setSource] = useState<ContactSource>('described');
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [described, setDescribed] = useState<DescribedContact>(() => ({ ...EMPTY_DESCRIBED_CONTACT, email: 'anna@example.com', timezone: browserZone() }));
  const [startAt, setStartAt] = useState(() => localInputValue(new Date()));
  const [events, setEvents] = useState<EventRow[]>([]);
  const [deliveries, setDeliveries] = useState<DeliveryRow[]>([]);
  const [segments, setSegments] = useState<string[]>([]);
  const [webhookStatus, setWebhookStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [running, setRunning] = useState(false);
  const [run, setRun] = useState<{ run: SimulationRun; graphText: string; contact: ContactSnapshot } | null>(null);

  const picked = useContact(source === 'real' ? pickedId : null);
  const segmentList = useSegmentList();
  const channels = useMemo(() => graphChannels(graph), [graph]);
  const eventNames = useMemo(() => graphEventNames(graph), [graph]);
  const graphText = useMemo(() => JSON.stringify(graph), [graph]);
  const eventListId = useId();

  // The canvas's highlight belongs to this panel: clear it when the panel closes.
  const onPathRef = useRef(onPath);
  useEffect(() => {
    onPathRef.current = onPath;
  });
  useEffect(() => () => onPathRef.current(null), []);

  const setEvent = (index: number, patch: Partial<EventRow>) => setEvents((rows) => rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const setDelivery = (index: number, patch: Partial<DeliveryRow>) => setDeliveries((rows) => rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    let contact: ContactSnapshot | null = null;
    const found: string[] = [];
    if (source === 'real') {
      if (!pickedId) found.push('Contact: search for a contact and pick one, or describe one.');
      else if (!picked.data) found.push('Contact: still loading the contact.');
      else contact = toContactSnapshot(picked.data);
    } else {
      const typed = describedSnapshot(described);
      found.push(...typed.problems.map((problem) => `Contact: ${problem}`));
      contact = typed.snapshot;
    }
    const built = contact ? buildSimulationInput(graph, contact, { startAt, events, deliveries, segments, webhookStatus }) : { input: null, problems: [] };
    found.push(...built.problems);
    setProblems(found);
    if (found.length || !built.input || !contact) return;
    setRunning(true);
    try {
      const outcome = await runSimulation(built.input);
      setRun({ run: outcome, graphText, contact });
      onPath(outcome.ok ? toPathHighlight(outcome.result.trace) : null);
    } finally {
      setRunning(false);
    }
  }

  function clear() {
    setRun(null);
    setProblems([]);
    onPath(null);
  }

  return (
    <aside role="complementary" aria-label="Try a contact" className="try-panel">
      <header className="try-panel-head">
        <h2>Try a contact</h2>
        <p className="muted small">Runs this draft for one contact on a virtual clock: months pass in a moment, and nothing is sent.</p>
      </header>
      <form onSubmit={submit} noValidate>
        <ContactPicker source={source} onSource={setSource} pickedId={pickedId} onPick={setPickedId} described={described} onDescribed={setDescribed} />

        <fieldset className="sim-fieldset">
          <legend>Start</legend>
          <div className="sim-row sim-start">
            <label className="field">
              <span>Start time</span>
              <input type="datetime-local" value={startAt} onChange={(event) => setStartAt(event.target.value)} aria-invalid={!startAt} />
            </label>
            <button type="button" onClick={() => setStartAt(localInputValue(new Date()))}>Now</button>
          </div>
          <p className="muted small">Your local time; waits count in the contact&apos;s timezone.</p>
        </fieldset>

        <fieldset className="sim-fieldset">
          <legend>Events the contact sends</legend>
          {events.length === 0 && <p className="muted small">None: add the purchase or click a wait is waiting for. A negative “after” (“-30 days”) is history.</p>}
          <datalist id={eventListId}>{eventNames.map((name) => <option key={name} value={name} />)}</datalist>
          {events.map((row, index) => (
            <div className="sim-item" key={row.key} role="group" aria-label={`Event ${index + 1}`}>
              <div className="sim-row">
                <label className="field"><span>Event name</span><input value={row.name} list={eventListId} onChange={(e) => setEvent(index, { name: e.target.value })} placeholder="order_paid" /></label>
                <DurationInput label="After" value={row.after} allowNegative onChange={(after) => setEvent(index, { after })} />
                <button type="button" className="sim-remove" aria-label={`Remove event ${index + 1}`} onClick={() => setEvents((rows) => rows.filter((_, at) => at !== index))}>×</button>
              </div>
              <label className="field">
                <span>Properties (JSON)</span>
                <textarea rows={2} value={row.properties} onChange={(e) => setEvent(index, { properties: e.target.value })} placeholder='{"total": 120}' spellCheck={false} />
              </label>
            </div>
          ))}
          {/* A new event defaults to one the journey waits for (the first name is usually the trigger's). */}
          <button type="button" onClick={() => setEvents((rows) => [...rows, { key: key(), name: eventNames[1] ?? eventNames[0] ?? '', properties: '', after: '2 hours' }])}>Add event</button>
        </fieldset>

        <fieldset className="sim-fieldset">
          <legend>How messages fare</legend>
          {deliveries.length === 0 && <p className="muted small">None: messages are sent and nothing more happens (no open, no click).</p>}
          {deliveries.map((row, index) => (
            <div className="sim-item sim-row" key={row.key} role="group" aria-label={`Delivery ${index + 1}`}>
              <label className="field">
                <span>Channel</span>
                <select value={row.channel} onChange={(e) => setDelivery(index, { channel: e.target.value })}>
                  <option value="">Any channel</option>
                  {[...new Set([...channels, ...(row.channel ? [row.channel] : [])])].map((channel) => <option key={channel} value={channel}>{channel}</option>)}
                </select>
              </label>
              <label className="field">
                <span>Status</span>
                <select value={row.status} onChange={(e) => setDelivery(index, { status: e.target.value as DeliveryStatus })}>
                  {SCRIPTED_STATUSES.map((status) => <option key={status} value={status}>{status}</option>)}
                </select>
              </label>
              <DurationInput label="After" value={row.after} onChange={(after) => setDelivery(index, { after })} placeholder="after the send" />
              <button type="button" className="sim-remove" aria-label={`Remove delivery ${index + 1}`} onClick={() => setDeliveries((rows) => rows.filter((_, at) => at !== index))}>×</button>
            </div>
          ))}
          <button type="button" onClick={() => setDeliveries((rows) => [...rows, { key: key(), channel: channels[0] ?? '', status: 'opened', after: '1 hour' }])}>Add delivery</button>
        </fieldset>

        <fieldset className="sim-fieldset">
          <legend>Segments the contact is in</legend>
          {segmentList.isPending && <p className="muted small" aria-busy="true">Loading segments…</p>}
          {segmentList.isError && <p className="error small">Segments could not be loaded: {(segmentList.error as Error).message}</p>}
          {segmentList.data?.length === 0 && <p className="muted small">No segments in this workspace.</p>}
          <div className="sim-checks">
            {segmentList.data?.map((segment) => (
              <label key={segment.id}>
                <input
                  type="checkbox"
                  checked={segments.includes(segment.id)}
                  onChange={(e) => setSegments((ids) => (e.target.checked ? [...ids, segment.id] : ids.filter((id) => id !== segment.id)))}
                />
                {' '}{segment.name} <span className="muted small">{segment.kind}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <details className="sim-more">
          <summary>More</summary>
          <label className="field">
            <span>Webhook answer</span>
            <input inputMode="numeric" value={webhookStatus} onChange={(e) => setWebhookStatus(e.target.value)} placeholder="200" aria-invalid={!!webhookStatus && !/^[1-5]\d\d$/.test(webhookStatus)} />
            <small className="hint">The HTTP status every webhook node gets; 500 tries the failed path.</small>
          </label>
        </details>

        {problems.length > 0 && (
          <div role="alert" className="banner error">
            <strong>Fix these to run:</strong>
            <ul>{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
          </div>
        )}

        <div className="actions sim-actions">
          <button type="submit" className="primary" disabled={running} aria-busy={running}>Run</button>
          {run && <button type="button" onClick={clear}>Clear</button>}
        </div>
      </form>

      {run && <SimulationResultView run={run.run} graph={graph} contact={run.contact} stale={run.graphText !== graphText} />}
    </aside>
  );
}
