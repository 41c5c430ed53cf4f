import { Fragment, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Empty, ErrorBanner, Loading, Page } from '../../ui/Page';
import { formatDateTime } from '../../ui/format';
import { useContact, useContactEnrollments, useContactEvents, useEnrollmentTrace, type Contact, type ContactEnrollment } from './contacts-api';
import { compactProperties, compactValue, dayHeading, dayOf, groupByDay, variantPhrases } from './timeline';
import './contacts.css';

/** One contact: profile, what they did, and the journeys they went through. */
export function ContactPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  return (
    <Page title={contact.data ? contactName(contact.data) : 'Contact'} actions={<Link to="/contacts">All contacts</Link>}>
      <ErrorBanner error={contact.error} />
      {contact.isPending && <Loading what="the contact" />}
      {contact.data && (
        <div className="contact-layout">
          <Profile contact={contact.data} />
          <div className="contact-main">
            <Journeys contactId={id} />
            <Timeline contactId={id} />
          </div>
        </div>
      )}
    </Page>
  );
}

function contactName(contact: Contact): string {
  return contact.email ?? contact.externalId ?? contact.phone ?? contact.id;
}

function Profile({ contact }: { contact: Contact }) {
  const attributes = Object.entries(contact.attributes ?? {});
  const subscriptions = Object.entries(contact.subscriptions ?? {});
  return (
    <aside className="card contact-profile" aria-label="Profile">
      <h2>Profile</h2>
      <dl className="facts">
        <dt>Contact id</dt><dd><code>{contact.id}</code></dd>
        <dt>External id</dt><dd>{contact.externalId ?? '—'}</dd>
        <dt>Email</dt><dd>{contact.email ?? '—'}</dd>
        <dt>Phone</dt><dd>{contact.phone ?? '—'}</dd>
        <dt>Telegram</dt><dd>{contact.telegramChatId ?? '—'}</dd>
        <dt>Time zone</dt><dd>{contact.timezone ?? '—'}</dd>
        <dt>Created</dt><dd>{formatDateTime(contact.createdAt)}</dd>
        <dt>Updated</dt><dd>{formatDateTime(contact.updatedAt)}</dd>
      </dl>
      <h3>Tags</h3>
      {contact.tags.length ? <p className="tags">{contact.tags.map((tag) => <span key={tag} className="badge">{tag}</span>)}</p> : <p className="muted">No tags.</p>}
      <h3>Subscriptions</h3>
      {subscriptions.length ? (
        <ul className="plain">
          {subscriptions.map(([channel, on]) => (
            <li key={channel}>{channel}: <span className={`badge ${on ? 'active' : 'paused'}`}>{on ? 'subscribed' : 'unsubscribed'}</span></li>
          ))}
        </ul>
      ) : <p className="muted">Subscribed to every channel (no opt-outs).</p>}
      <h3>Attributes</h3>
      {attributes.length ? (
        <table className="data">
          <tbody>
            {attributes.map(([key, value]) => (
              <tr key={key}><th scope="row">{key}</th><td><code title={JSON.stringify(value)}>{compactValue(value, 80)}</code></td></tr>
            ))}
          </tbody>
        </table>
      ) : <p className="muted">No attributes.</p>}
    </aside>
  );
}

function Timeline({ contactId }: { contactId: string }) {
  const events = useContactEvents(contactId);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const days = groupByDay(items);
  const now = new Date();
  const today = dayOf(now.toISOString());
  const yesterday = dayOf(new Date(now.getTime() - 86_400_000).toISOString());
  return (
    <section aria-label="Events">
      <h2>Events</h2>
      <ErrorBanner error={events.error} />
      {events.isPending && <Loading what="events" />}
      {events.isSuccess && items.length === 0 && <Empty>No events recorded for this contact.</Empty>}
      {days.map((day) => (
        <div key={day.day} className="timeline-day">
          <h3>{dayHeading(day.day, today, yesterday)}</h3>
          <ol className="timeline">
            {day.items.map((event) => (
              <li key={event.id}>
                <time dateTime={event.occurredAt} className="muted small">
                  {new Date(event.occurredAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
                </time>
                <strong>{event.name}</strong>
                <span className="timeline-props small" title={JSON.stringify(event.properties ?? {}, null, 2)}>{compactProperties(event.properties)}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      {events.hasNextPage && (
        <button type="button" onClick={() => events.fetchNextPage()} disabled={events.isFetchingNextPage}>
          {events.isFetchingNextPage ? 'Loading…' : 'Load more events'}
        </button>
      )}
    </section>
  );
}

function Journeys({ contactId }: { contactId: string }) {
  const enrollments = useContactEnrollments(contactId);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-label="Journeys">
      <h2>Journeys</h2>
      <ErrorBanner error={enrollments.error} />
      {enrollments.isPending && <Loading what="journeys" />}
      {enrollments.data?.length === 0 && <Empty>This contact was never enrolled in a journey.</Empty>}
      {!!enrollments.data?.length && (
        <table className="data">
          <thead>
            <tr><th>Journey</th><th>Status</th><th>Variant</th><th>Converted</th><th>Started</th><th>Ended</th><th /></tr>
          </thead>
          <tbody>
            {enrollments.data.map((enrollment) => (
              <Fragment key={enrollment.id}>
                <EnrollmentRow enrollment={enrollment} open={open === enrollment.id} onToggle={() => setOpen(open === enrollment.id ? null : enrollment.id)} />
                {open === enrollment.id && (
                  <tr className="trace-row"><td colSpan={7}><Trace enrollmentId={enrollment.id} /></td></tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function EnrollmentRow({ enrollment, open, onToggle }: { enrollment: ContactEnrollment; open: boolean; onToggle(): void }) {
  const variants = variantPhrases(enrollment.variants);
  return (
    <tr>
      <td>
        <Link to={`/journeys/${enrollment.journeyId}`}>{enrollment.journeyName}</Link>
        <span className="muted small"> v{enrollment.version}</span>
      </td>
      <td>
        <span className={`badge ${enrollment.status === 'active' ? 'active' : ''}`}>{enrollment.status}</span>
        {enrollment.exitReason && <div className="muted small">{enrollment.exitReason}</div>}
      </td>
      <td>{variants.length ? variants.join(', ') : '—'}</td>
      <td>{enrollment.converted ? <span className="badge active">converted</span> : <span className="muted">no</span>}</td>
      <td>{formatDateTime(enrollment.startedAt)}</td>
      <td>{formatDateTime(enrollment.endedAt)}</td>
      <td>
        <button type="button" className="link" aria-expanded={open} onClick={onToggle}>
          {open ? 'Hide trace' : 'Show trace'}
        </button>
      </td>
    </tr>
  );
}

function Trace({ enrollmentId }: { enrollmentId: string }) {
  const trace = useEnrollmentTrace(enrollmentId);
  if (trace.isPending) return <Loading what="the trace" />;
  if (trace.error) return <ErrorBanner error={trace.error} />;
  const { steps, messages } = trace.data;
  return (
    <div className="trace" aria-label="Enrollment trace">
      <h3>Steps</h3>
      {steps.length === 0 ? <p className="muted">No steps yet.</p> : (
        <table className="data compact">
          <thead>
            <tr><th>At</th><th>Step</th><th>Node</th><th>Handle</th><th>Variant</th><th>Message</th><th>Status</th><th>Reason</th></tr>
          </thead>
          <tbody>
            {steps.map((step, index) => (
              <tr key={index} className={step.reason ? 'has-reason' : undefined}>
                <td className="nowrap">{formatDateTime(step.at)}</td>
                <td>{step.kind}</td>
                <td>{step.nodeId ? <code>{step.nodeId}</code> : '—'}</td>
                <td>{step.handle ?? '—'}</td>
                <td>{step.variant ?? '—'}</td>
                <td>{step.messageId ? <span>{step.channel} <code title={step.messageId}>{step.messageId.slice(0, 8)}</code></span> : '—'}</td>
                <td>{step.status ?? '—'}</td>
                <td>{step.reason ? <span className="reason">{step.reason}</span> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Messages</h3>
      {messages.length === 0 ? <p className="muted">No messages.</p> : (
        <table className="data compact">
          <thead>
            <tr><th>Node</th><th>Step</th><th>Channel</th><th>Status</th><th>Reason</th><th>Sent</th><th>Id</th></tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <td><code>{message.nodeId}</code></td>
                <td>{message.step}</td>
                <td>{message.channel}</td>
                <td>{message.status}</td>
                <td>{message.reason ?? '—'}</td>
                <td>{formatDateTime(message.sentAt)}</td>
                <td><code title={message.id}>{message.id.slice(0, 8)}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
