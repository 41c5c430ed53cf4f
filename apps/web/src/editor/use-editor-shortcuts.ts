import { useEffect } from 'react';
import type { EditorStore } from './editor-store';

/** True when the key goes to something the user is typing in. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z and Ctrl+Y redo, Ctrl/Cmd+C copy and Ctrl/Cmd+V paste of
 * nodes — never while typing in a field, and copy leaves selected page text alone.
 * (Delete/Backspace are React Flow's deleteKeyCode.)
 */
export function useEditorShortcuts(store: EditorStore, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typingIn(event.target)) return;
      const key = event.key.toLowerCase();
      const state = store.getState();
      if (key === 'z' && !event.shiftKey) {
        state.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        state.redo();
      } else if (key === 'c' && !event.shiftKey) {
        if (window.getSelection()?.toString()) return;
        if (!state.copySelection()) return;
      } else if (key === 'v' && !event.shiftKey) {
        if (state.paste().length === 0) return;
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, enabled]);
}
