import type { ContactSnapshot, JourneyGraph } from '@cascade/journey';
import type { SimulationRun } from './run-simulation';
import { channelName, describeOutcome, formatOffset, nodeName, toTimelineRows } from './trace-view';

/** The instant in the contact's zone ("2 Mar 2026, 13:00 GMT+3"); in UTC when the zone is unknown to the browser. */
function absoluteTime(iso: string, zone: string | null | undefined): string {
  const format = (timeZone: string) => new Date(iso).toLocaleString('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short',
  });
  try {
    return format(zone || 'UTC');
  } catch {
    try {
      return format('UTC');
    } catch {
      return iso;
    }
  }
}

function ProblemList({ run }: { run: SimulationRun }) {
  if (run.problems.length === 0) return null;
  return (
    <ul>
      {run.problems.map((problem, index) => (
        <li key={index}>{problem.nodeId && <code>{problem.nodeId}</code>} {problem.message}</li>
      ))}
    </ul>
  );
}

/** What happened to the simulated contact: outcome, timeline, messages. */
export function SimulationResultView({ run, graph, contact, stale }: { run: SimulationRun; graph: JourneyGraph; contact: ContactSnapshot; stale: boolean }) {
  if (!run.ok) {
    return (
      <section className="sim-result" aria-label="Simulation result">
        <div role="alert" className="banner error">
          <strong>The journey cannot run: {run.error}</strong>
          <ProblemList run={run} />
        </div>
      </section>
    );
  }
  const { result, startAt } = run;
  const outcome = describeOutcome(result.outcome, { startAt, graph });
  const rows = toTimelineRows(result.trace, { startAt, graph });
  const zone = contact.timezone;
  const contactChanged = JSON.stringify(result.contact) !== JSON.stringify(contact);
  return (
    <section className="sim-result" aria-label="Simulation result">
      {stale && <p className="banner warn small" role="status">The journey changed since this run. Run again to see the new path.</p>}
      <div className={`banner ${outcome.tone}`} role="status">
        <strong>{outcome.title}</strong>
        <div className="small">{outcome.detail} · status <code>{result.outcome.status}</code></div>
      </div>
      {run.problems.length > 0 && (
        <details className="banner warn small">
          <summary>The draft has {run.problems.length} problem{run.problems.length === 1 ? '' : 's'} that would block publishing</summary>
          <ProblemList run={run} />
        </details>
      )}
      <h3>Timeline</h3>
      <p className="muted small">Virtual clock from {absoluteTime(startAt, zone)} (contact&apos;s time)</p>
      <ol className="sim-timeline">
        {rows.map((row, index) => (
          <li key={index} className={`sim-step ${row.tone}`} title={absoluteTime(row.at, zone)} data-node-id={row.nodeId}>
            <span className="sim-offset">{row.offset}</span>
            <span className="sim-dot" aria-hidden="true">·</span>
            <span className="sim-text">{row.text}</span>
          </li>
        ))}
      </ol>
      <h3>Messages sent</h3>
      {result.messages.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <table className="data sim-messages">
          <thead><tr><th>When</th><th>Channel</th><th>Node</th><th>Template</th></tr></thead>
          <tbody>
            {result.messages.map((message) => (
              <tr key={message.messageId}>
                <td title={absoluteTime(message.sentAt, zone)}>{formatOffset(Date.parse(message.sentAt) - Date.parse(startAt))}</td>
                <td>{channelName(message.channel)}</td>
                <td>{nodeName(graph, message.nodeId)}</td>
                <td>{message.templateId ? <code>{message.templateId}</code> : <span className="muted">inline</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {contactChanged && (
        <details className="small">
          <summary>The contact after the run</summary>
          <pre className="sim-json">{JSON.stringify({ attributes: result.contact.attributes, tags: result.contact.tags, subscriptions: result.contact.subscriptions }, null, 2)}</pre>
        </details>
      )}
    </section>
  );
}
