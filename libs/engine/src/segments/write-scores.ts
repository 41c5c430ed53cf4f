import type { DataSource, EntityManager } from 'typeorm';
import type { ContactScoreRow } from './score-rows';

const CHUNK = 20_000;

/**
 * Upserts score rows in chunks; a row never replaces one computed for a later instant (a single
 * contact re-scored after an event while a full recompute was running keeps its fresher score).
 */
export async function writeScores(db: DataSource | EntityManager, workspaceId: string, rows: readonly ContactScoreRow[], computedAt: string): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const column = <K extends keyof ContactScoreRow>(key: K) => chunk.map((row) => row[key]);
    await db.query(
      `INSERT INTO contact_scores (contact_id, workspace_id, recency_days, frequency, monetary, r, f, m, rfm_code, rfm_cell,
                                   lifecycle_stage, purchases, cadence_days, silence_days, computed_at)
       SELECT s.contact_id, $1, s.recency_days, s.frequency, s.monetary, s.r, s.f, s.m, s.rfm_code, s.rfm_cell,
              s.lifecycle_stage, s.purchases, s.cadence_days, s.silence_days, $2
       FROM unnest($3::uuid[], $4::int[], $5::int[], $6::numeric[], $7::smallint[], $8::smallint[], $9::smallint[], $10::text[], $11::text[],
                   $12::text[], $13::int[], $14::float8[], $15::float8[])
         AS s(contact_id, recency_days, frequency, monetary, r, f, m, rfm_code, rfm_cell, lifecycle_stage, purchases, cadence_days, silence_days)
       ON CONFLICT (contact_id) DO UPDATE SET
         recency_days = EXCLUDED.recency_days, frequency = EXCLUDED.frequency, monetary = EXCLUDED.monetary,
         r = EXCLUDED.r, f = EXCLUDED.f, m = EXCLUDED.m, rfm_code = EXCLUDED.rfm_code, rfm_cell = EXCLUDED.rfm_cell,
         lifecycle_stage = EXCLUDED.lifecycle_stage, purchases = EXCLUDED.purchases, cadence_days = EXCLUDED.cadence_days,
         silence_days = EXCLUDED.silence_days, computed_at = EXCLUDED.computed_at
       WHERE contact_scores.computed_at <= EXCLUDED.computed_at`,
      [workspaceId, computedAt, column('contactId'), column('recencyDays'), column('frequency'), column('monetary'), column('r'), column('f'),
        column('m'), column('rfmCode'), column('rfmCell'), column('lifecycleStage'), column('purchases'), column('cadenceDays'), column('silenceDays')],
    );
  }
}
