import { performance } from 'node:perf_hooks';
import { runMain } from '@cascade/config';
import { createWorkspace } from '@cascade/db';
import { fillSegment, reevaluateContact, refreshWorkspaceSegments, toSegmentRow } from '@cascade/engine';
import { createTestDatabase } from '@cascade/testing';
import { loadCustomerBase } from '../../seed/customers/load-customer-base';
import { DEMO_SEGMENTS } from '../../seed/segments/demo-segments';
import { timed } from '../timed';

/**
 * Segments at scale on a generated base (tools/seed/customers): the full RFM + lifecycle recompute,
 * filling one rule segment, and re-evaluating one contact after one event (p50/p99) with the demo
 * segments defined. Prints figures, asserts nothing.
 * `npm run bench:segments -- [contacts=1000000] [samples=300]`
 */
const [CONTACTS, SAMPLES] = [Number(process.argv[2] ?? 1_000_000), Number(process.argv[3] ?? 300)];
const NOW = '2026-11-01T12:00:00.000Z';

runMain(async () => {
  const database = await createTestDatabase({ name: `cascade_bench_segments_${process.pid}`, poolSize: 4 });
  const { url, dataSource } = database;
  try {
    const { workspaceId } = await createWorkspace(dataSource, 'bench');
    console.log(`Segments benchmark: ${CONTACTS.toLocaleString('en-US')} contacts`);
    const loaded = await loadCustomerBase({ databaseUrl: url, workspaceId, seed: 42, contacts: CONTACTS, now: NOW });
    console.log(`  generated and loaded:            ${loaded.contacts.toLocaleString('en-US')} contacts, ${loaded.purchases.toLocaleString('en-US')} purchases, `
      + `${loaded.events.toLocaleString('en-US')} events in ${loaded.seconds.toFixed(1)} s`);
    await dataSource.query('VACUUM ANALYZE contacts');
    await dataSource.query('VACUUM ANALYZE contact_events');

    const recompute = await timed(() => refreshWorkspaceSegments(dataSource, { workspaceId, now: NOW }));
    console.log(`  RFM + lifecycle recompute:       ${recompute.seconds.toFixed(1)} s (${recompute.value.customers.toLocaleString('en-US')} customers scored)`);
    await dataSource.query('ANALYZE contact_scores');

    const segments = [];
    for (const segment of Object.values(DEMO_SEGMENTS)) {
      const [row] = await dataSource.query(
        `INSERT INTO segments (workspace_id, name, kind, definition) VALUES ($1, $2, $3, $4) RETURNING id, workspace_id, name, kind, definition, refreshed_at`,
        [workspaceId, segment.name, segment.kind, JSON.stringify(segment.definition)]);
      segments.push({ row: toSegmentRow(row), kind: segment.kind });
    }
    for (const { row, kind } of segments) {
      const fill = await timed(() => dataSource.transaction((manager) => fillSegment(manager, row, NOW)));
      console.log(`  fill ${kind.padEnd(9)} "${row.name}":`.padEnd(52) + `${fill.seconds.toFixed(2)} s (${fill.value.members.toLocaleString('en-US')} members)`);
    }

    // One event, then that contact's memberships of every segment: what the dispatcher does per event.
    const sample: { id: string }[] = await dataSource.query(
      `SELECT id FROM contacts WHERE workspace_id = $1 ORDER BY md5(id::text) LIMIT $2`, [workspaceId, SAMPLES]);
    const latencies: number[] = [];
    for (const { id } of sample) {
      await dataSource.query(
        `INSERT INTO contact_events (workspace_id, contact_id, name, properties, occurred_at) VALUES ($1, $2, 'purchase', '{"amount": 3000, "category": "pillow"}', $3)`,
        [workspaceId, id, NOW]);
      const started = performance.now();
      await reevaluateContact(dataSource, { workspaceId, contactId: id, now: NOW });
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
    console.log(`  re-evaluate one contact (${segments.length} segments, ${SAMPLES} samples): p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
  } finally {
    await database.drop();
  }
});
