import type { EnrollDependencies } from '../enrollment/enroll';
import { WorkLoop } from '../work-loop';
import { leaseDueBroadcast, markDone, nextPageOfContacts, recordPage } from './broadcast-rows';
import { enrollPage } from './enroll-page';

export interface BroadcastProcessorOptions extends EnrollDependencies {
  /** For LISTEN: publishing a broadcast journey wakes the processor at once. */
  databaseUrl: string;
  /** Sweep interval: how soon a page that became due (a second after the last one) is noticed. */
  pollMs?: number;
  /** Enrollments running at once within a page. */
  concurrency?: number;
  log?: (line: string) => void;
}

/** How long a processor owns a broadcast's page; after that (it died, say) another takes the page over. */
const LEASE_SECONDS = 60;

/**
 * Sends broadcast triggers: every contact of the workspace enrolled once, `ratePerSecond` a page, a
 * page a second at most. Progress is a cursor over contacts by id, so a broadcast resumes where it
 * was after a restart, and any number of workers share the work (a page is leased by one at a time).
 */
export class BroadcastProcessor {
  private readonly loop: WorkLoop;

  constructor(private readonly options: BroadcastProcessorOptions) {
    this.loop = new WorkLoop({
      databaseUrl: options.databaseUrl, channel: 'cascade_broadcasts', pollMs: options.pollMs ?? 250, log: (line) => this.log(line),
      pass: () => this.processPage(),
    });
  }

  start(): Promise<void> {
    return this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Sends the next page of one due broadcast; false when none is due. */
  async processPage(): Promise<boolean> {
    const { dataSource } = this.options;
    const broadcast = await leaseDueBroadcast(dataSource, LEASE_SECONDS);
    if (broadcast === undefined) return false;
    if (broadcast === 'cancelled') return true;
    const contactIds = await nextPageOfContacts(dataSource, broadcast);
    if (contactIds.length === 0) {
      await markDone(dataSource, broadcast);
      return true;
    }
    const page = await enrollPage(this.options, {
      broadcastId: broadcast.id, journeyId: broadcast.journeyId, contactIds, concurrency: this.options.concurrency ?? 8,
    });
    if (page.error) this.log(`broadcast ${broadcast.id}: page stopped after ${page.enrolled + page.skipped} contacts, will retry: ${page.error}`);
    await recordPage(dataSource, broadcast, page);
    return true;
  }

  private log(line: string): void {
    (this.options.log ?? console.error)(line);
  }
}
