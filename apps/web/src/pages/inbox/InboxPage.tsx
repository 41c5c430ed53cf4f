import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import { useChannels, useJourney } from '../../api/journeys';
import { Empty, ErrorBanner, Loading, Page } from '../../ui/Page';
import { formatDateTime } from '../../ui/format';
import { channelOptions, messageLabel, messageTitle, newestFirst, SANDBOX_EVENTS, type SandboxEventType, type SandboxMessage } from './inbox';
import './inbox.css';

const REFRESH_MS = 3_000;

/** What the sandbox channels captured instead of sending, with delivery events to fire by hand. */
export function InboxPage() {
  const [channel, setChannel] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [seen, setSeen] = useState<string[]>([]);
  const messages = useQuery({
    queryKey: ['sandbox', 'messages', channel],
    queryFn: () => api<SandboxMessage[]>(`/api/v1/sandbox/messages${query({ channel })}`),
    refetchInterval: REFRESH_MS,
  });
  // Channels whose definition has a sandbox; plug-in channels without one appear once they captured something.
  const sandboxes = (useChannels().data ?? []).filter((c) => c.sandbox).map((c) => c.type);
  const list = newestFirst(messages.data ?? []);
  const fresh = list.map((m) => m.channel).filter((c) => !seen.includes(c));
  if (fresh.length > 0) setSeen([...new Set([...seen, ...fresh])]);
  const selected = list.find((m) => m.messageId === selectedId) ?? null;

  return (
    <Page
      title="Sandbox inbox"
      actions={
        <label className="inbox-filter">
          <span className="muted small">Channel</span>
          <select aria-label="Channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
            <option value="">All channels</option>
            {channelOptions(sandboxes, seen).map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      }
    >
      <p className="muted small">Messages the sandbox channels captured instead of sending, newest first; refreshed every 3 seconds.</p>
      <ErrorBanner error={messages.error} />
      <div className="inbox">
        <div className="inbox-list" role="list" aria-label="Captured messages">
          {messages.isPending && <Loading what="messages" />}
          {messages.isSuccess && list.length === 0 && <Empty>Nothing captured{channel ? ` on ${channel}` : ''} yet.</Empty>}
          {list.map((m) => (
            <div role="listitem" key={m.messageId}>
              <button
                type="button"
                className={`inbox-item${m.messageId === selectedId ? ' selected' : ''}`}
                aria-label={messageLabel(m)}
                aria-pressed={m.messageId === selectedId}
                onClick={() => setSelectedId(m.messageId)}
              >
                <span className="inbox-item-top">
                  <strong className="inbox-address">{m.address}</strong>
                  <span className="muted small">{formatDateTime(m.capturedAt)}</span>
                </span>
                <span className="inbox-subject">{messageTitle(m)}</span>
                <span className="inbox-item-meta">
                  <span className="badge">{m.channel}</span> <span className={`badge status-${m.status}`}>{m.status}</span>
                </span>
              </button>
            </div>
          ))}
        </div>
        <div className="inbox-detail">
          {selected ? <MessageView key={selected.messageId} message={selected} /> : <Empty>Select a message to see it.</Empty>}
        </div>
      </div>
    </Page>
  );
}

function MessageView({ message }: { message: SandboxMessage }) {
  const queries = useQueryClient();
  const fire = useMutation({
    mutationFn: (type: SandboxEventType) =>
      api<{ messageId: string; status: string }>(`/api/v1/sandbox/messages/${message.messageId}/events`, { body: { type } }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['sandbox', 'messages'] }),
  });
  return (
    <article className="card inbox-message" aria-label="Selected message">
      <h2 className="inbox-title">{messageTitle(message, 200)}</h2>
      <dl className="inbox-facts">
        <dt>To</dt><dd>{message.address}{message.externalId && <span className="muted"> ({message.externalId})</span>}</dd>
        {message.subject && (<><dt>Subject</dt><dd>{message.subject}</dd></>)}
        <dt>Channel</dt><dd>{message.channel}</dd>
        <dt>Journey</dt><dd><JourneyOf enrollmentId={message.enrollmentId} nodeId={message.nodeId} /></dd>
        <dt>Message id</dt><dd><code>{message.messageId}</code></dd>
        <dt>Status</dt><dd><span className={`badge status-${message.status}`} data-testid="message-status">{message.status}</span></dd>
        <dt>Captured</dt><dd>{formatDateTime(message.capturedAt)}</dd>
      </dl>
      <div className="actions inbox-events" role="group" aria-label="Fire a delivery event">
        {SANDBOX_EVENTS.map((event) => (
          <button key={event.type} type="button" disabled={fire.isPending} onClick={() => fire.mutate(event.type)}>{event.label}</button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {fire.isSuccess && <p className="banner ok">Recorded <strong>{fire.data.status}</strong> for message <code>{fire.data.messageId}</code>.</p>}
      </div>
      <ErrorBanner error={fire.error} />
      <h3>Content</h3>
      {message.html ? (
        <iframe className="inbox-html" title={`Email: ${messageTitle(message)}`} sandbox="" srcDoc={message.html} />
      ) : (
        <pre className="inbox-text">{message.body ?? ''}</pre>
      )}
      <details className="small">
        <summary>Tracking links and headers</summary>
        <p>Open pixel: <a href={message.links.openPixel} target="_blank" rel="noreferrer">{message.links.openPixel}</a></p>
        <p>Unsubscribe: <a href={message.links.unsubscribe} target="_blank" rel="noreferrer">{message.links.unsubscribe}</a></p>
        {message.html && message.body && (<><h3>Text part</h3><pre className="inbox-text">{message.body}</pre></>)}
        {message.headers && <pre className="inbox-text">{JSON.stringify(message.headers, null, 2)}</pre>}
      </details>
    </article>
  );
}

/** The journey a message was sent from, via its enrollment's trace. */
function JourneyOf({ enrollmentId, nodeId }: { enrollmentId: string | null; nodeId: string | null }) {
  const trace = useQuery({
    queryKey: ['enrollments', enrollmentId],
    queryFn: () => api<{ journeyId: string; version: number }>(`/api/v1/enrollments/${enrollmentId}`),
    enabled: !!enrollmentId,
    staleTime: 60_000,
  });
  if (!enrollmentId) return <span className="muted">—</span>;
  if (!trace.data) return <span className="muted">{trace.isError ? 'unknown' : '…'}</span>;
  return <JourneyName journeyId={trace.data.journeyId} version={trace.data.version} nodeId={nodeId} />;
}

function JourneyName({ journeyId, version, nodeId }: { journeyId: string; version: number; nodeId: string | null }) {
  const journey = useJourney(journeyId);
  return (
    <span>
      <a href={`#/journeys/${journeyId}`}>{journey.data?.name ?? journeyId}</a>
      <span className="muted small"> v{version}{nodeId ? ` · node ${nodeId}` : ''}</span>
    </span>
  );
}
