import type { SaveStatus } from './autosaver';

const TEXT: Record<SaveStatus, string> = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', failed: 'Save failed' };

/** "Saved · Saving… · Unsaved changes · Save failed", with the reason and a retry on failure. */
export function SaveIndicator({ status, error, onRetry }: { status: SaveStatus; error: unknown; onRetry(): void }) {
  return (
    <span className={`save-state save-${status}`} data-testid="save-state" aria-live="polite" title={error instanceof Error ? error.message : undefined}>
      {TEXT[status]}
      {status === 'failed' && (
        <>
          {error instanceof Error && <span className="small"> ({error.message})</span>}{' '}
          <button type="button" className="link" onClick={onRetry}>Retry</button>
        </>
      )}
    </span>
  );
}
