/**
 * What `npm start` started, registered as soon as each part is spawned. Stopped in reverse order
 * on a signal or when start-up fails; a part that exits on its own stops everything.
 */
export class Parts {
  private readonly parts: { name: string; stop: () => Promise<void> }[] = [];
  private stopped: Promise<void> | undefined;

  constructor(private readonly log: (line: string) => void) {}

  get stopping(): boolean {
    return this.stopped !== undefined;
  }

  add(name: string, stop: () => Promise<void>, exited?: Promise<unknown>): void {
    this.parts.push({ name, stop });
    void exited?.then((code) => {
      if (this.stopping) return;
      this.log(`${name} exited unexpectedly (code ${code}): stopping everything.`);
      void this.stopAll().then(() => process.exit(1));
    });
  }

  stopAll(): Promise<void> {
    this.stopped ??= (async () => {
      for (const part of [...this.parts].reverse()) {
        await part.stop().catch((error: Error) => this.log(`Stopping ${part.name} failed: ${error.message}`));
      }
    })();
    return this.stopped;
  }
}
