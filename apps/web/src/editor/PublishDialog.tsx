import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, type ErrorDetail } from '../api/client';
import { useEditor } from './editor-context';
import { selectProblems } from './editor-store';

/**
 * Publishing with an optional note. The draft is saved first; a refusal (422) lists the reasons
 * per node, and choosing one selects that node on the canvas.
 */
export function PublishDialog({ onPublish, onClose, onShowNode }: {
  onPublish(note: string): Promise<unknown>;
  onClose(): void;
  onShowNode(nodeId: string): void;
}) {
  const titleId = useId();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const localProblems = useEditor(selectProblems).all.length;
  const names = new Map(useEditor((state) => state.graph).nodes.map((node) => [node.id, node.label ?? node.id]));
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    noteRef.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onPublish(note.trim());
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const details = error instanceof ApiError ? error.details : [];
  const byNode = groupDetails(details);
  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="card modal publish-dialog">
        <h2 id={titleId}>Publish this journey</h2>
        <p className="muted small">New contacts enter the new version; contacts already in the journey stay on theirs.</p>
        {localProblems > 0 && !error && (
          <p className="banner warn small">The editor finds {localProblems} problem{localProblems === 1 ? '' : 's'}; publishing will be refused until they are fixed.</p>
        )}
        <div className="field">
          <label htmlFor={noteId}>Note</label>
          <textarea id={noteId} ref={noteRef} rows={3} value={note} placeholder="What changed (optional)" onChange={(event) => setNote(event.target.value)} />
        </div>
        {error !== null && (
          <div role="alert" className="banner error">
            <strong>{(error as Error).message}</strong>
            {byNode.length > 0 && (
              <ul>
                {byNode.map(([nodeId, list]) => (
                  <li key={nodeId || '(journey)'}>
                    {nodeId ? (
                      <button type="button" className="link" onClick={() => { onShowNode(nodeId); onClose(); }}>
                        {names.get(nodeId) ?? nodeId}
                      </button>
                    ) : <strong>Journey</strong>}
                    <ul>{list.map((detail, index) => <li key={index}>{detail.message}</li>)}</ul>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="actions modal-actions">
          <button type="button" onClick={onClose} disabled={busy}>Cancel</button>
          <button type="button" className="primary" onClick={() => void submit()} disabled={busy}>{busy ? 'Publishing…' : 'Publish'}</button>
        </div>
      </div>
    </div>
  );
}

/** 422 details by node id ('' for the journey as a whole), nodes in the order they first appear. */
export function groupDetails(details: readonly ErrorDetail[]): [string, ErrorDetail[]][] {
  const groups = new Map<string, ErrorDetail[]>();
  for (const detail of details) {
    const key = detail.nodeId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), detail]);
  }
  return [...groups];
}
