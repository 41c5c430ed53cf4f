import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useJourneys, type JourneyListItem, type JourneyStatus } from '../../api/journeys';
import { Empty, ErrorBanner, Loading, Page } from '../../ui/Page';
import { formatCount, formatDateTime, formatPercent } from '../../ui/format';
import { useArchiveJourney, useCreateJourney, useDuplicateJourney } from './journeys-api';
import './journeys.css';

type Shown = 'current' | 'archived';

const STATUS_LABELS: Record<JourneyStatus, string> = { draft: 'Draft', active: 'Active', paused: 'Paused', archived: 'Archived' };

/** #/journeys: every journey with its enrollment figures; create, duplicate, archive. */
export function JourneysPage() {
  const [shown, setShown] = useState<Shown>('current');
  const [creating, setCreating] = useState(false);
  const journeys = useJourneys(shown === 'archived' ? 'archived' : undefined);
  const duplicate = useDuplicateJourney();
  const archive = useArchiveJourney();
  const filterId = useId();

  const onArchive = (journey: JourneyListItem) => {
    if (!window.confirm(`Archive “${journey.name}”? No new contacts will enter it; contacts already in it continue. It can no longer be edited.`)) return;
    archive.mutate(journey.id);
  };

  return (
    <Page
      title="Journeys"
      actions={
        <>
          <label htmlFor={filterId} className="muted small">Show</label>
          <select id={filterId} value={shown} onChange={(event) => setShown(event.target.value as Shown)}>
            <option value="current">Current</option>
            <option value="archived">Archived</option>
          </select>
          <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>New journey</button>
        </>
      }
    >
      {creating && <NewJourneyForm onCancel={() => setCreating(false)} />}
      <ErrorBanner error={journeys.error ?? duplicate.error ?? archive.error} />
      {journeys.isPending && <Loading what="journeys" />}
      {journeys.data && journeys.data.length === 0 && (
        <Empty>{shown === 'archived' ? 'No archived journeys.' : 'No journeys yet. Create one with “New journey”.'}</Empty>
      )}
      {journeys.data && journeys.data.length > 0 && (
        <table className="data journeys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">Version</th>
              <th scope="col" className="num" title="Contacts in the journey right now">Enrolled now</th>
              <th scope="col" className="num" title="Every enrollment since the journey was first published">Enrollments</th>
              <th scope="col" className="num" title="Converted enrollments (reached the journey goal) ÷ all enrollments">Conversion</th>
              <th scope="col">Updated</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {journeys.data.map((journey) => (
              <tr key={journey.id}>
                <td><Link to={`/journeys/${journey.id}`}>{journey.name}</Link></td>
                <td><span className={`badge ${journey.status}`}>{STATUS_LABELS[journey.status] ?? journey.status}</span></td>
                <td className="num">{journey.latestVersion === null ? <span className="muted">—</span> : `v${journey.latestVersion}`}</td>
                <td className="num">{formatCount(journey.activeEnrollments)}</td>
                <td className="num">{formatCount(journey.enrollments)}</td>
                <td className="num" title={`${formatCount(journey.conversions)} of ${formatCount(journey.enrollments)} enrollments converted`}>
                  {formatPercent(journey.conversionRate)} <span className="muted small">({formatCount(journey.conversions)})</span>
                </td>
                <td className="nowrap">{formatDateTime(journey.updatedAt)}</td>
                <td>
                  <div className="row-actions">
                    {journey.latestVersion !== null && <Link to={`/journeys/${journey.id}/experiments`} className="small">A/B results</Link>}
                    <button
                      type="button" onClick={() => duplicate.mutate(journey.id)}
                      disabled={duplicate.isPending && duplicate.variables === journey.id}
                    >Duplicate</button>
                    {journey.status !== 'archived' && (
                      <button
                        type="button" className="danger" onClick={() => onArchive(journey)}
                        disabled={archive.isPending && archive.variables === journey.id}
                      >Archive</button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

/** The name of a new journey; on success, the editor opens on its draft. */
function NewJourneyForm({ onCancel }: { onCancel: () => void }) {
  const [name, setName] = useState('');
  const create = useCreateJourney();
  const navigate = useNavigate();
  const nameId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate(name.trim(), { onSuccess: (created) => navigate(`/journeys/${created.id}`) });
  };
  return (
    <form className="card new-journey" aria-label="Create a journey" onSubmit={submit}>
      <label className="field" htmlFor={nameId}>
        <span>Journey name</span>
        <input id={nameId} autoFocus value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Welcome series" maxLength={200} required />
      </label>
      <p className="muted small">Starts as a draft with a trigger on the <code>signed_up</code> event; change it in the editor.</p>
      <ErrorBanner error={create.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={!name.trim() || create.isPending}>Create</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
