import type { JourneyGraph } from '@cascade/journey';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

/** What the draft consists of, as the editor holds it. */
export interface DraftSnapshot {
  graph: JourneyGraph;
  name: string;
}

/** The body of a draft save: only what changed. */
export interface DraftChanges {
  graph?: JourneyGraph;
  name?: string;
}

export interface AutosaverOptions {
  read(): DraftSnapshot;
  save(changes: DraftChanges): Promise<unknown>;
  onStatus(status: SaveStatus, error: unknown): void;
  delayMs?: number;
  timers?: { set(run: () => void, ms: number): unknown; clear(handle: unknown): void };
}

export const AUTOSAVE_DELAY_MS = 800;

/**
 * Saves the draft ~800 ms after the last change, one save at a time, never when nothing changed.
 * The graph is compared by identity (the store replaces it on every edit and undo restores the
 * very object that was saved), the name by value.
 */
export class Autosaver {
  private saved: DraftSnapshot;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private status: SaveStatus = 'saved';
  private error: unknown = null;
  private disposed = false;

  constructor(initial: DraftSnapshot, private readonly options: AutosaverOptions) {
    this.saved = initial;
  }

  /** Call after every change of the draft. */
  changed(): void {
    if (this.disposed) return;
    this.clearTimer();
    if (!this.pendingChanges()) {
      if (!this.inFlight) this.setStatus('saved', null);
      return;
    }
    if (!this.inFlight) this.setStatus(this.status === 'failed' ? 'failed' : 'unsaved', this.status === 'failed' ? this.error : null);
    const timers = this.options.timers ?? { set: (run: () => void, ms: number) => setTimeout(run, ms), clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>) };
    this.timer = timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** What is not saved yet, or null. */
  pendingChanges(): DraftChanges | null {
    const current = this.options.read();
    const changes: DraftChanges = {};
    if (current.graph !== this.saved.graph) changes.graph = current.graph;
    if (current.name !== this.saved.name) changes.name = current.name;
    return Object.keys(changes).length ? changes : null;
  }

  /** Saves now (after any save under way); resolves true once everything is saved, false when the save failed. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    const changes = this.pendingChanges();
    if (!changes) {
      if (!this.disposed) this.setStatus('saved', null);
      return true;
    }
    const sent = this.options.read();
    if (!this.disposed) this.setStatus('saving', null);
    this.inFlight = this.options.save(changes).then(
      () => {
        this.saved = sent;
        if (this.disposed) return;
        if (this.pendingChanges()) {
          this.setStatus('unsaved', null);
          this.changed();
        } else {
          this.setStatus('saved', null);
        }
      },
      (error: unknown) => {
        if (!this.disposed) this.setStatus('failed', error);
      },
    ).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
    return this.pendingChanges() === null;
  }

  /** The draft is now known to be saved as `snapshot` (e.g. saved some other way). */
  markSaved(snapshot: DraftSnapshot): void {
    this.saved = snapshot;
    this.changed();
  }

  /** Stops timers and status reports; a pending change is not saved (call flush first). */
  dispose(): void {
    this.clearTimer();
    this.disposed = true;
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    const clear = this.options.timers?.clear ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    clear(this.timer);
    this.timer = null;
  }

  private setStatus(status: SaveStatus, error: unknown): void {
    if (status === this.status && error === this.error) return;
    this.status = status;
    this.error = error;
    this.options.onStatus(status, error);
  }
}
