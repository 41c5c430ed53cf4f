import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useJourney, useVersions } from '../../api/journeys';
import { Empty, ErrorBanner, Loading, Page } from '../../ui/Page';
import { formatDateTime } from '../../ui/format';
import { dateToInstant, parseMdePercent } from './experiment-view';
import { useExperiments, type ExperimentsFilter } from './experiments-api';
import { SplitExperimentCard } from './SplitExperimentCard';
import './experiments.css';

/** #/journeys/:id/experiments: the A/B results of every split node of a journey. */
export function ExperimentsPage() {
  const { id = '' } = useParams();
  const journey = useJourney(id);
  const versions = useVersions(id);
  const [version, setVersion] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [mdeText, setMdeText] = useState('');
  const ids = { version: useId(), from: useId(), to: useId(), mde: useId(), mdeHint: useId(), periodProblem: useId() };

  const mde = parseMdePercent(mdeText);
  const fromInstant = dateToInstant(from);
  const toInstant = dateToInstant(to);
  const periodProblem = fromInstant && toInstant && fromInstant >= toInstant ? 'The end must be after the start.' : null;
  const filter: ExperimentsFilter = {
    version: version ? Number(version) : undefined,
    from: periodProblem ? undefined : fromInstant,
    to: periodProblem ? undefined : toInstant,
    mde: mde.value,
  };
  const report = useExperiments(id, filter);
  const name = journey.data?.name ?? '…';

  return (
    <Page
      title={<>A/B results: {name}</>}
      actions={<Link to={`/journeys/${id}`}>Back to the editor</Link>}
    >
      <form className="filters card" aria-label="Experiment filters" onSubmit={(event) => event.preventDefault()}>
        <label className="field" htmlFor={ids.version}>
          <span>Version</span>
          <select id={ids.version} value={version} onChange={(event) => setVersion(event.target.value)}>
            <option value="">All versions with this design</option>
            {(versions.data ?? []).slice().sort((a, b) => b.version - a.version).map((item) => (
              <option key={item.version} value={item.version}>
                v{item.version} · {formatDateTime(item.publishedAt)}{item.note ? ` · ${item.note}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={ids.from}>
          <span>Assigned from (UTC)</span>
          <input id={ids.from} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="field" htmlFor={ids.to}>
          <span>Assigned before (UTC, day excluded)</span>
          <input
            id={ids.to} type="date" value={to} onChange={(event) => setTo(event.target.value)}
            aria-invalid={periodProblem ? true : undefined} aria-describedby={periodProblem ? ids.periodProblem : undefined}
          />
          {periodProblem && <span className="problem" id={ids.periodProblem}>{periodProblem}</span>}
        </label>
        <label className="field" htmlFor={ids.mde}>
          <span>Minimum detectable effect (relative %)</span>
          <input
            id={ids.mde} type="text" inputMode="decimal" placeholder="observed" value={mdeText} size={8}
            onChange={(event) => setMdeText(event.target.value)}
            aria-invalid={mde.error ? true : undefined} aria-describedby={ids.mdeHint}
          />
          <span className={mde.error ? 'problem' : 'hint'} id={ids.mdeHint}>
            {mde.error ?? 'e.g. 10 = a +10% lift over the control; used for the sample size only.'}
          </span>
        </label>
      </form>

      <ErrorBanner error={journey.error ?? versions.error} />
      {report.error && (report.error instanceof ApiError && report.error.status === 404
        ? <Empty>No published version yet: publish the journey to collect A/B results. <span className="small">({report.error.message})</span></Empty>
        : <ErrorBanner error={report.error} />)}
      {report.isPending && !report.error && <Loading what="A/B results" />}

      {report.data && !report.error && (
        <div className={report.isPlaceholderData ? 'experiments stale' : 'experiments'} aria-busy={report.isFetching || undefined}>
          {report.data.goal ? (
            <p className="muted small goal">
              Conversion = the goal event <code>{report.data.goal.event}</code>{report.data.goal.filter ? ' (filtered)' : ''} within {report.data.goal.within} of entering the journey.
              {' '}Each contact counts once, in the variant of its first random assignment. 95% intervals throughout.
            </p>
          ) : (
            <div className="banner warn" role="status"><strong>No goal: nothing converts.</strong> Set a goal in the journey settings to measure conversions; assignment counts and the split check still apply.</div>
          )}
          {report.data.splits.length === 0
            ? <Empty>This journey has no A/B split.</Empty>
            : report.data.splits.map((split) => <SplitExperimentCard key={split.nodeId} split={split} mdeGiven={mde.value !== undefined} />)}
        </div>
      )}
    </Page>
  );
}
