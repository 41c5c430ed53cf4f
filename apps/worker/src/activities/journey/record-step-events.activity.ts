import type { DataSource } from 'typeorm';
import type { StepEventBatch } from '@cascade/workflows';

/** Writes a batch of trace entries in one statement; a retried batch is written once (unique seq). */
export function createRecordStepEvents(deps: { dataSource: DataSource }) {
  return async function recordStepEvents(batch: StepEventBatch): Promise<void> {
    if (batch.entries.length === 0) return;
    const column = <K extends keyof StepEventBatch['entries'][number]>(key: K) => batch.entries.map((entry) => entry[key] ?? null);
    await deps.dataSource.query(
      `INSERT INTO step_events (enrollment_id, journey_id, version_id, contact_id, seq, kind, node_id, handle, variant, message_id, channel, status, reason, occurred_at)
       SELECT $1, $2, $3, $4, * FROM unnest($5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[])
       ON CONFLICT (enrollment_id, seq) DO NOTHING`,
      [batch.enrollmentId, batch.journeyId, batch.versionId, batch.contactId, column('seq'), column('kind'), column('nodeId'), column('handle'),
        column('variant'), column('messageId'), column('channel'), column('status'), column('reason'), column('at')],
    );
  };
}
