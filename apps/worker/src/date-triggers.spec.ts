import type { Client } from '@temporalio/client';
import { DateTime } from 'luxon';
import { sweepDateTriggers } from '@cascade/engine';
import type { JourneyGraph } from '@cascade/journey';
import { seedContact, seedPublishedJourney, waitFor, type TestDatabase } from '@cascade/testing';
import { ensureDateTriggerSchedule } from './date-trigger-schedule';
import { startTestWorker } from './test-worker.test-helpers';

// "A renewal offer 11 months after the policy was bought": a daily Temporal Schedule enrolls the contacts whose date falls today.
describe('date_attribute triggers', () => {
  let db: TestDatabase;
  let client: Client;
  let taskQueue: string;
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ db, client, taskQueue, stop } = await startTestWorker('dates', { enrollment: true }));
  });
  afterAll(async () => {
    await client?.schedule.getHandle(`date-triggers-${taskQueue}`).delete().catch(() => undefined);
    await stop?.();
  });

  const renewal: JourneyGraph = {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'date_attribute', attribute: 'policyStartDate', offset: 'P11M' } },
      { id: 'offer', type: 'send', config: { channel: 'email', content: { subject: 'Renew', body: 'Your policy ends next month' } } },
      { id: 'end', type: 'exit' },
    ],
    edges: [{ from: 'start', to: 'offer' }, { from: 'offer', to: 'end' }],
  };

  it('enrolls the contacts whose date plus the offset is today, once per date, from the daily schedule', async () => {
    const today = DateTime.utc().toISODate()!;
    const elevenMonthsAgo = DateTime.utc().minus({ months: 11 }).toISODate()!;
    const { journeyId } = await seedPublishedJourney(db.dataSource, renewal);
    const due = await seedContact(db.dataSource, { externalId: 'due', attributes: { policyStartDate: elevenMonthsAgo } });
    await seedContact(db.dataSource, { externalId: 'not-yet', attributes: { policyStartDate: DateTime.utc().minus({ months: 10 }).toISODate() } });
    await seedContact(db.dataSource, { externalId: 'malformed', attributes: { policyStartDate: 'soon' } });

    const scheduleId = await ensureDateTriggerSchedule(client, taskQueue);
    expect(await ensureDateTriggerSchedule(client, taskQueue)).toBe(scheduleId); // creating it again is harmless
    const description = await client.schedule.getHandle(scheduleId).describe();
    expect(description.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 0, end: 0, step: 1 }], minute: [{ start: 5, end: 5, step: 1 }] });
    await client.schedule.getHandle(scheduleId).trigger();

    const enrolled = await waitFor(async () => {
      const rows = await db.dataSource.query(`SELECT contact_id, trigger_key FROM enrollments WHERE journey_id = $1`, [journeyId]);
      return rows.length > 0 ? rows : undefined;
    });
    expect(enrolled).toEqual([{ contact_id: due, trigger_key: `date:${today}` }]);
    expect(await sweepDateTriggers({ dataSource: db.dataSource, client, taskQueue }, today)).toEqual({ journeys: 1, enrolled: 0 });
    await waitFor(async () => ((await db.dataSource.query(`SELECT 1 FROM messages m JOIN enrollments e ON e.id = m.enrollment_id WHERE e.contact_id = $1 AND m.status = 'sent'`, [due])).length ? true : undefined));
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM enrollments WHERE journey_id = $1`, [journeyId]);
    expect(n).toBe(1);
  });
});
