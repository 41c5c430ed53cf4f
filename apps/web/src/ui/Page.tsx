import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

/** A page: its title, actions on the right, and its content. */
export function Page({ title, actions, children }: { title: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="page">
      <header className="page-head">
        <h1>{title}</h1>
        {actions && <div className="actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

/** What went wrong, in the API's words, with the details naming the fields. */
export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div role="alert" className="banner error">
      <strong>{(error as Error).message}</strong>
      {details.length > 0 && (
        <ul>{details.map((detail, index) => <li key={index}><code>{detail.path}</code> {detail.message}</li>)}</ul>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return <p className="muted" aria-busy="true">Loading {what}…</p>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty muted">{children}</p>;
}

/** The pages read so far of a list (an infinite query), as far as a "Load more" button under it. */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage(): unknown;
}

/** "Load more" under a list read page by page; nothing once the last page is in. */
export function LoadMore({ pages }: { pages: PagedQuery }) {
  if (!pages.hasNextPage) return null;
  return (
    <p><button type="button" onClick={() => pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
      {pages.isFetchingNextPage ? 'Loading…' : 'Load more'}
    </button></p>
  );
}
