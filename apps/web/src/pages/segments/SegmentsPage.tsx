import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { Empty, ErrorBanner, Loading, Page } from '../../ui/Page';
import { formatCount, formatDateTime } from '../../ui/format';
import { DefinitionEditor, LivePreview } from './DefinitionEditor';
import { LifecycleChart } from './LifecycleChart';
import { RfmGrid } from './RfmGrid';
import { definitionFields, describeDefinition, emptyDraft, type DefinitionDraft, type EditableKind } from './segment-definition';
import { segmentKeys, useSegments, type Segment, type WorkspaceRefresh } from './segments-api';
import './segments.css';

const KIND_LABELS: Record<EditableKind, string> = { rule: 'Rule', rfm: 'RFM', lifecycle: 'Lifecycle stage' };

/** Segments of the workspace, a new one with a live count, and the RFM, lifecycle and cluster views. */
export function SegmentsPage() {
  const segments = useSegments();
  const queries = useQueryClient();
  const [creating, setCreating] = useState(false);
  const refresh = useMutation({
    mutationFn: () => api<WorkspaceRefresh>('/api/v1/segments/refresh', { body: {} }),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: segmentKeys.all });
      void queries.invalidateQueries({ queryKey: ['analytics'] });
    },
  });
  return (
    <Page
      title="Segments"
      actions={
        <>
          <button type="button" onClick={() => refresh.mutate()} disabled={refresh.isPending}>{refresh.isPending ? 'Refreshing…' : 'Refresh now'}</button>
          <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>New segment</button>
        </>
      }
    >
      <ErrorBanner error={refresh.error} />
      {refresh.isSuccess && (
        <p role="status" className="banner ok">
          Scored {formatCount(refresh.data.customers)} customers and refreshed {formatCount(refresh.data.segments.length)} segments
          {refresh.data.segments.some((s) => s.entered || s.exited)
            ? ` (${refresh.data.segments.reduce((n, s) => n + s.entered, 0)} entered, ${refresh.data.segments.reduce((n, s) => n + s.exited, 0)} left).`
            : '; no membership changed.'}
        </p>
      )}
      {creating && <NewSegment onClose={() => setCreating(false)} />}

      <ErrorBanner error={segments.error} />
      {segments.isPending && <Loading what="segments" />}
      {segments.data?.length === 0 && <Empty>No segments yet. Make one with “New segment”, or cluster your customers below.</Empty>}
      {!!segments.data?.length && <SegmentTable segments={segments.data} />}

      <div className="grid cols-2 segment-reports">
        <section className="card" aria-label="RFM grid">
          <h2>RFM grid</h2>
          <RfmGrid />
        </section>
        <section className="card" aria-label="Lifecycle">
          <h2>Lifecycle stages</h2>
          <LifecycleChart />
        </section>
      </div>
      <Clusters existing={(segments.data ?? []).filter((s) => s.kind === 'cluster')} />
    </Page>
  );
}

function SegmentTable({ segments }: { segments: Segment[] }) {
  return (
    <table className="data">
      <thead>
        <tr><th>Name</th><th>Kind</th><th className="num">Members</th><th>Refreshed</th></tr>
      </thead>
      <tbody>
        {segments.map((segment) => (
          <tr key={segment.id}>
            <td>
              <Link to={`/segments/${segment.id}`}>{segment.name}</Link>
              {segment.description && <div className="muted small">{segment.description}</div>}
            </td>
            <td><span className="badge">{segment.kind}</span> <span className="muted small">{describeDefinition(segment.kind, segment.definition)}</span></td>
            <td className="num">{formatCount(segment.members)}</td>
            <td>{formatDateTime(segment.refreshedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NewSegment({ onClose }: { onClose(): void }) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<EditableKind>('rule');
  const [draft, setDraft] = useState<DefinitionDraft>(emptyDraft);
  const fields = definitionFields(kind, draft);
  const create = useMutation({
    mutationFn: () => api<Segment>('/api/v1/segments', { body: { name: name.trim(), description: description.trim() || undefined, kind, ...fields } }),
    onSuccess: (segment) => {
      void queries.invalidateQueries({ queryKey: segmentKeys.all });
      navigate(`/segments/${segment.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="card new-segment" onSubmit={submit} aria-label="New segment">
      <h2>New segment</h2>
      <div className="grid cols-2">
        <label className="field"><span>Name</span><input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} /></label>
        <label className="field"><span>Description</span><input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} /></label>
      </div>
      <div role="radiogroup" aria-label="Kind" className="toggle">
        {(Object.keys(KIND_LABELS) as EditableKind[]).map((k) => (
          <label key={k} className={kind === k ? 'on' : undefined}>
            <input type="radio" name="segment-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {KIND_LABELS[k]}
          </label>
        ))}
      </div>
      <div className="definition-layout">
        <DefinitionEditor kind={kind} draft={draft} onChange={setDraft} />
        <LivePreview kind={kind} draft={draft} />
      </div>
      <ErrorBanner error={create.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={!fields || !name.trim() || create.isPending}>{create.isPending ? 'Creating…' : 'Create segment'}</button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}

/** k-means over the RFM scores: one segment per cluster, described in plain words. */
function Clusters({ existing }: { existing: Segment[] }) {
  const queries = useQueryClient();
  const [kText, setK] = useState('4');
  const [seedText, setSeed] = useState('1');
  const k = Number(kText);
  const seed = Number(seedText);
  const cluster = useMutation({
    mutationFn: () => api<Segment[]>('/api/v1/segments/clusters', { body: { k, seed } }),
    onSuccess: () => queries.invalidateQueries({ queryKey: segmentKeys.all }),
  });
  const cards = cluster.data ?? existing;
  const valid = kText !== '' && seedText !== '' && Number.isInteger(k) && k >= 2 && k <= 10 && Number.isInteger(seed) && seed >= 0;
  return (
    <section aria-label="Clusters">
      <h2>Clusters</h2>
      <form className="cluster-form" onSubmit={(e) => { e.preventDefault(); if (valid) cluster.mutate(); }}>
        <label className="field"><span>Clusters (k)</span>
          <input type="number" min={2} max={10} value={kText} onChange={(e) => setK(e.target.value)} aria-invalid={!(Number.isInteger(k) && k >= 2 && k <= 10)} />
        </label>
        <label className="field"><span>Seed</span>
          <input type="number" min={0} value={seedText} onChange={(e) => setSeed(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!valid || cluster.isPending}>{cluster.isPending ? 'Clustering…' : 'Cluster customers'}</button>
        <span className="muted small">k-means of recency, frequency and spend; each cluster becomes a segment.</span>
      </form>
      <ErrorBanner error={cluster.error} />
      {cards.length === 0 ? <Empty>No clusters yet.</Empty> : (
        <div className="cluster-cards">
          {cards.map((segment) => (
            <article key={segment.id} className="card cluster-card">
              <h3><Link to={`/segments/${segment.id}`}>{segment.name}</Link></h3>
              <p>{segment.description ?? describeDefinition(segment.kind, segment.definition)}</p>
              <p className="muted small">{formatCount(segment.members)} members</p>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
