import { parseChaosArgs } from './args';
import { ContactPool } from './contact-pool';
import { countAttempts } from './report';
import type { Acceptance } from './sinks';

describe('npm run chaos: arguments', () => {
  it('defaults to 10 minutes at 20 events/s, killing any part for as long as traffic lasts', () => {
    expect(parseChaosArgs([])).toEqual({
      rate: 20, minutes: 10, kills: Infinity, parts: ['temporal', 'api', 'worker'], contacts: 1200, settleMinutes: 5, keep: false,
    });
  });

  it('reads the flags of a short run', () => {
    expect(parseChaosArgs(['--minutes', '1', '--rate', '10', '--kills', '2', '--parts', 'worker,api', '--keep'])).toMatchObject({
      rate: 10, minutes: 1, kills: 2, parts: ['worker', 'api'], contacts: 600, keep: true,
    });
  });

  it('refuses what it cannot use, with the usage', () => {
    expect(() => parseChaosArgs(['--rate', 'fast'])).toThrow('--rate must be a positive number, not "fast". Usage: npm run chaos --');
    expect(() => parseChaosArgs(['--parts', 'postgres'])).toThrow('--parts: unknown part postgres');
    expect(() => parseChaosArgs(['--kills', '1.5'])).toThrow('--kills must be a whole number');
    expect(() => parseChaosArgs(['--minute', '1'])).toThrow("Unknown option '--minute'");
  });
});

describe('npm run chaos: delivery attempts', () => {
  const accepted = (messageId: string, ...times: number[]): Acceptance[] => times.map((at) => ({ channel: 'email', messageId, at }));

  it('counts attempts, not unique ids, and puts a re-send after a worker kill in the acceptance window', () => {
    const figures = countAttempts([
      ...accepted('once', 100),
      ...accepted('killed-between', 200, 900), // worker killed at 500: accepted, then died before recording it
      ...accepted('unexplained', 1_000, 1_200), // no kill between the two acceptances
      ...accepted('three-times', 2_000, 2_500, 3_500), // a kill before the second, none before the third
    ], [500, 2_100]);
    expect(figures).toEqual({ attempts: 8, messageIds: 4, duplicatedIds: 3, extra: 4, insideWindow: 2, outsideWindow: 2 });
  });
});

describe('npm run chaos: the contact pool', () => {
  it('gives each event the contact free the longest, frees a contact once all its events are settled, and marks events to busy contacts', () => {
    const pool = new ContactPool(2);
    expect([pool.take('e1'), pool.take('e2')]).toEqual([0, 1]);
    expect(pool.take('e3')).toBe(0); // none free: a busy contact, marked
    expect([...pool.postedBusy]).toEqual(['e3']);
    pool.settle(['e1']);
    expect(pool.freeCount).toBe(0); // contact 0 still waits for e3
    pool.settle(['e3', 'e2']);
    expect([pool.take('e4'), pool.take('e5')]).toEqual([0, 1]);
    expect([...pool.postedBusy]).toEqual(['e3']);
  });
});
