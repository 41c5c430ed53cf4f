import { useVersions } from '../api/journeys';
import { formatDateTime } from '../ui/format';

/** The published versions, newest first, in a small drop-down. */
export function VersionsMenu({ journeyId }: { journeyId: string }) {
  const versions = useVersions(journeyId);
  const list = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);
  return (
    <details className="versions-menu">
      <summary>Versions{versions.data ? ` (${list.length})` : ''}</summary>
      <div className="versions-list card" role="region" aria-label="Versions">
        {versions.isLoading && <p className="muted small">Loading…</p>}
        {versions.error && <p className="error small">{(versions.error as Error).message}</p>}
        {versions.data && list.length === 0 && <p className="muted small">Not published yet.</p>}
        <ol>
          {list.map((version) => (
            <li key={version.version}>
              <strong>v{version.version}</strong> <span className="muted small">{formatDateTime(version.publishedAt)}</span>
              {version.note && <div className="small">{version.note}</div>}
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
