/** What the launcher watches of a running part: its end, and what it said last. */
export interface Watched {
  exited: Promise<number | null>;
  lastLines?: () => string[];
}

/**
 * What `npm start` started, registered as soon as each part is spawned. Stopped in reverse order
 * on a signal or when start-up fails; a part that exits on its own stops everything, after its
 * last lines of output are shown (its own words on why it ended).
 */
export class Parts {
  private readonly parts: { name: string; stop: () => Promise<void> }[] = [];
  private stopped: Promise<void> | undefined;

  constructor(
    private readonly log: (line: string) => void,
    private readonly exit: (code: number) => void = (code) => process.exit(code),
  ) {}

  get stopping(): boolean {
    return this.stopped !== undefined;
  }

  add(name: string, stop: () => Promise<void>, watched?: Watched): void {
    this.parts.push({ name, stop });
    void watched?.exited.then((code) => {
      if (this.stopping) return;
      const lines = watched.lastLines?.() ?? [];
      this.log(`${name} exited unexpectedly (code ${code}): stopping everything. ${lines.length ? 'Its last output:' : 'It printed nothing.'}`);
      for (const line of lines) this.log(`  ${name} | ${line}`);
      void this.stopAll().then(() => this.exit(1));
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
