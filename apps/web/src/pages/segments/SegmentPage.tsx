import { useState, type FormEvent } from 'react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, query, storedApiKey } from '../../api/client';
import { Empty, ErrorBanner, Loading, LoadMore, Page } from '../../ui/Page';
import { formatCount, formatDateTime } from '../../ui/format';
import type { PageOf } from '../contacts/contacts-api';
import { fallbackFileName, fileNameOf, membersCsvUrl } from './csv-download';
import { DefinitionEditor, LivePreview } from './DefinitionEditor';
import { definitionFields, draftOf, type DefinitionDraft, type EditableKind } from './segment-definition';
import { segmentKeys, useSegment, type Segment, type SegmentMember } from './segments-api';
import './segments.css';

/** One segment: its definition (editable), members, exports. */
export function SegmentPage() {
  const { id = '' } = useParams();
  const segment = useSegment(id);
  return (
    <Page title={segment.data?.name ?? 'Segment'} actions={<Link to="/segments">All segments</Link>}>
      <ErrorBanner error={segment.error} />
      {segment.isPending && <Loading what="the segment" />}
      {segment.data && (
        <>
          <p className="muted">
            <span className="badge">{segment.data.kind}</span> · {formatCount(segment.data.members)} members · refreshed {formatDateTime(segment.data.refreshedAt)}
          </p>
          <SegmentForm key={segment.data.id} segment={segment.data} />
          <Members segment={segment.data} />
          <DeleteSegment segment={segment.data} />
        </>
      )}
    </Page>
  );
}

function SegmentForm({ segment }: { segment: Segment }) {
  const queries = useQueryClient();
  const [name, setName] = useState(segment.name);
  const [description, setDescription] = useState(segment.description ?? '');
  const [draft, setDraft] = useState<DefinitionDraft>(() => draftOf(segment.definition));
  const editable = segment.kind !== 'cluster';
  const kind = segment.kind as EditableKind;
  const fields = editable ? definitionFields(kind, draft) : {};
  const save = useMutation({
    mutationFn: () => api<Segment>(`/api/v1/segments/${segment.id}`, {
      method: 'PUT',
      body: { name: name.trim(), description: description.trim() || null, ...(editable ? fields : {}) },
    }),
    onSuccess: (saved) => {
      queries.setQueryData(segmentKeys.one(segment.id), saved);
      void queries.invalidateQueries({ queryKey: segmentKeys.members(segment.id) });
      void queries.invalidateQueries({ queryKey: segmentKeys.all, exact: true });
      void queries.invalidateQueries({ queryKey: [...segmentKeys.all, 'list'] }); // the editor's Try-a-contact list
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Definition">
      <h2>Definition</h2>
      <div className="grid cols-2">
        <label className="field"><span>Name</span><input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} /></label>
        <label className="field"><span>Description</span><input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} /></label>
      </div>
      {editable ? (
        <div className="definition-layout">
          <DefinitionEditor kind={kind} draft={draft} onChange={setDraft} segmentId={segment.id} />
          <LivePreview kind={kind} draft={draft} />
        </div>
      ) : (
        <ClusterFacts definition={segment.definition} />
      )}
      <ErrorBanner error={save.error} />
      {save.isSuccess && !save.isPending && <p role="status" className="banner ok">Saved.</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending || !name.trim() || (editable && !fields)}>{save.isPending ? 'Saving…' : 'Save'}</button>
      </div>
    </form>
  );
}

function ClusterFacts({ definition }: { definition: Record<string, unknown> }) {
  const typical = (definition.typical ?? {}) as { recencyDays?: number; frequency?: number; monetary?: number };
  return (
    <div>
      <p>
        Cluster {Number(definition.cluster) + 1} of {String(definition.k)} (seed {String(definition.seed)}): <strong>{String(definition.label ?? '')}</strong>.
      </p>
      <p className="muted small">
        Typical member: last purchase {typical.recencyDays ?? '—'} days ago, {typical.frequency ?? '—'} purchases, {typical.monetary ?? '—'} spent.
        A cluster's definition comes from clustering: cluster again on the Segments page to change it.
      </p>
    </div>
  );
}

function Members({ segment }: { segment: Segment }) {
  const members = useInfiniteQuery({
    queryKey: segmentKeys.members(segment.id),
    queryFn: ({ pageParam }) => api<PageOf<SegmentMember>>(`/api/v1/segments/${segment.id}/members${query({ limit: 50, cursor: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = members.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-label="Members">
      <div className="section-head">
        <h2>Members</h2>
        <CsvExport segment={segment} />
      </div>
      <ErrorBanner error={members.error} />
      {members.isPending && <Loading what="members" />}
      {members.isSuccess && rows.length === 0 && <Empty>Nobody is in this segment now.</Empty>}
      {rows.length > 0 && (
        <table className="data">
          <thead><tr><th>Contact</th><th>Email</th><th>Phone</th><th>Entered</th></tr></thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.contactId}>
                <td><Link to={`/contacts/${m.contactId}`}>{m.externalId ?? m.contactId}</Link></td>
                <td>{m.email ?? '—'}</td>
                <td>{m.phone ?? '—'}</td>
                <td>{formatDateTime(m.enteredAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMore pages={members} />
    </section>
  );
}

/** Downloads need the Authorization header: fetch with the stored key, then save the Blob through an object URL. */
async function downloadCsv(segment: Segment, hashed: boolean): Promise<void> {
  const key = storedApiKey();
  const response = await fetch(membersCsvUrl(segment.id, hashed), { headers: key ? { Authorization: `Bearer ${key}` } : {} });
  if (!response.ok) {
    const text = await response.text();
    let message = response.statusText;
    try {
      message = JSON.parse(text).message ?? message;
    } catch {
      /* not JSON */
    }
    throw new ApiError(response.status, message);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition'), fallbackFileName(segment.name, hashed));
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function CsvExport({ segment }: { segment: Segment }) {
  const download = useMutation({ mutationFn: (hashed: boolean) => downloadCsv(segment, hashed) });
  return (
    <div className="actions">
      <a
        href={membersCsvUrl(segment.id, false)}
        onClick={(e) => { e.preventDefault(); download.mutate(false); }}
        aria-disabled={download.isPending}
      >Export CSV</a>
      <a
        href={membersCsvUrl(segment.id, true)}
        onClick={(e) => { e.preventDefault(); download.mutate(true); }}
        title="SHA-256 of the normalised email and phone, for ad-platform audiences"
        aria-disabled={download.isPending}
      >Export hashed CSV</a>
      {download.isPending && <span className="muted small">Preparing…</span>}
      <ErrorBanner error={download.error} />
    </div>
  );
}

function DeleteSegment({ segment }: { segment: Segment }) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api<void>(`/api/v1/segments/${segment.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      queries.removeQueries({ queryKey: segmentKeys.one(segment.id) });
      void queries.invalidateQueries({ queryKey: segmentKeys.all, exact: true });
      void queries.invalidateQueries({ queryKey: [...segmentKeys.all, 'list'] }); // the editor's Try-a-contact list
      navigate('/segments');
    },
  });
  return (
    <section aria-label="Delete segment" className="danger-zone">
      <h2>Delete</h2>
      <p className="muted small">A segment used by a journey or by another segment cannot be deleted.</p>
      <button
        type="button"
        className="danger"
        disabled={remove.isPending}
        onClick={() => { if (window.confirm(`Delete the segment “${segment.name}”?`)) remove.mutate(); }}
      >Delete segment</button>
      <ErrorBanner error={remove.error} />
    </section>
  );
}
