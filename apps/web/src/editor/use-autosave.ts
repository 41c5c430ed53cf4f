import { useEffect, useRef, useState } from 'react';
import { storedApiKey } from '../api/client';
import { useSaveDraft } from '../api/journeys';
import { Autosaver, type DraftChanges, type SaveStatus } from './autosaver';
import type { EditorStore } from './editor-store';

/** Browsers refuse keepalive bodies beyond 64 KiB in bytes, shared with other requests of the closing page. */
const KEEPALIVE_LIMIT = 48_000;

/**
 * Saves the draft ~800 ms after the last change, on unmount and when the page is closed; never
 * when nothing changed. Returns the save state, its error and `flush` (save now, e.g. before publishing).
 */
export function useAutosave(journeyId: string, store: EditorStore, enabled = true) {
  const { mutateAsync } = useSaveDraft(journeyId);
  const save = useRef(mutateAsync);
  save.current = mutateAsync;
  const saver = useRef<Autosaver | null>(null);
  const [state, setState] = useState<{ status: SaveStatus; error: unknown }>({ status: 'saved', error: null });

  useEffect(() => {
    if (!enabled) return undefined;
    const read = () => ({ graph: store.getState().graph, name: store.getState().name });
    const key = storedApiKey() ?? undefined; // signing out must not fail the last save
    const current = new Autosaver(read(), { read, save: (changes) => save.current({ ...changes, key }), onStatus: (status, error) => setState({ status, error }) });
    saver.current = current;
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.graph !== previous.graph || next.name !== previous.name) current.changed();
    });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const changes = current.pendingChanges();
      if (!changes) return;
      if (!saveOnUnload(journeyId, changes)) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', onBeforeUnload);
      void current.flush();
      current.dispose();
      if (saver.current === current) saver.current = null;
    };
  }, [store, journeyId, enabled]);

  return { ...state, flush: (): Promise<boolean> => saver.current?.flush() ?? Promise.resolve(true) };
}

/** A save that outlives the page (fetch keepalive); false when the draft is too large for it. */
function saveOnUnload(journeyId: string, changes: DraftChanges): boolean {
  const body = JSON.stringify(changes);
  if (new TextEncoder().encode(body).length > KEEPALIVE_LIMIT) return false;
  const key = storedApiKey();
  void fetch(`/api/v1/journeys/${journeyId}`, {
    method: 'PUT',
    keepalive: true,
    headers: { 'Content-Type': 'application/json', ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    body,
  }).catch(() => undefined);
  return true;
}
