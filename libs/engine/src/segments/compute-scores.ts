import {
  dimensionBorders, instantMs, msBefore, rfmCode, scoreByBorders, scoreRfmMeasures, type AnalyticsSettings, type RfmBorders, type RfmScore,
} from '@cascade/segments';
import type { DataSource, EntityManager } from 'typeorm';
import { loadRfmBorders } from './analytics-settings-store';
import { purchaseSummaries } from './purchase-summaries';
import { rfmMeasures, scoreRow } from './score-rows';
import { writeScores } from './write-scores';

type Db = DataSource | EntityManager;

/**
 * Recomputes every contact's RFM and lifecycle scores from purchases up to `now`: RFM ranked by
 * quantiles across the workspace (the borders are kept to score single contacts until the next
 * run), lifecycle from each contact's own cadence. Contacts with no purchase lose their row.
 * Also records the day's lifecycle counts.
 */
export async function computeWorkspaceScores(db: Db, { workspaceId, settings, now }: {
  workspaceId: string;
  settings: AnalyticsSettings;
  now: string;
}): Promise<{ scored: number; customers: number }> {
  const nowMs = instantMs(now)!;
  const summaries = await purchaseSummaries(db, { ...purchaseQuery(workspaceId, settings, now) });
  const measured = summaries.map((summary) => rfmMeasures(summary, nowMs));
  const present = measured.filter((value) => value !== null);
  const { levels } = settings.rfm;
  const scores = scoreRfmMeasures({ measured: present, levels });
  const byContact = new Map(scores.map((score) => [score.contactId, score]));
  const rows = summaries.map((summary) => scoreRow({ summary, rfm: byContact.get(summary.contactId) ?? null, nowMs, settings }));
  const borders: RfmBorders = {
    levels,
    recency: dimensionBorders({ values: present.map((c) => c.recencyDays), levels, better: 'lower' }),
    frequency: dimensionBorders({ values: present.map((c) => c.frequency), levels, better: 'higher' }),
    monetary: dimensionBorders({ values: present.map((c) => c.monetary), levels, better: 'higher' }),
  };
  await writeScores(db, workspaceId, rows, now);
  await db.query(`DELETE FROM contact_scores WHERE workspace_id = $1 AND computed_at < $2`, [workspaceId, now]);
  await db.query(
    `INSERT INTO workspace_analytics (workspace_id, rfm_borders, refreshed_at) VALUES ($1, $2, $3)
     ON CONFLICT (workspace_id) DO UPDATE SET rfm_borders = EXCLUDED.rfm_borders, refreshed_at = EXCLUDED.refreshed_at`,
    [workspaceId, JSON.stringify(borders), now],
  );
  await db.query(
    `INSERT INTO lifecycle_snapshots (workspace_id, day, stage, contacts)
     SELECT $1, ($2::timestamptz AT TIME ZONE 'UTC')::date, stage, count(sc.contact_id)::int
     FROM (SELECT s.stage FROM unnest(ARRAY['new', 'active', 'sleeping', 'churned']) s(stage)) stages
     LEFT JOIN contact_scores sc ON sc.workspace_id = $1 AND sc.lifecycle_stage = stages.stage
     GROUP BY stage
     ON CONFLICT (workspace_id, day, stage) DO UPDATE SET contacts = EXCLUDED.contacts`,
    [workspaceId, now],
  );
  return { scored: scores.length, customers: summaries.length };
}

/**
 * Re-scores one contact after an event: lifecycle exactly, RFM against the borders of the last full
 * recompute (the contact is not re-ranked against everyone, and nobody else moves until the next
 * refresh). Before any full recompute there are no borders and the RFM score stays empty.
 */
export async function computeContactScores(db: Db, { workspaceId, contactId, settings, now }: {
  workspaceId: string;
  contactId: string;
  settings: AnalyticsSettings;
  now: string;
}): Promise<void> {
  const nowMs = instantMs(now)!;
  const [summary] = await purchaseSummaries(db, { ...purchaseQuery(workspaceId, settings, now), contactId });
  if (!summary) {
    await db.query(`DELETE FROM contact_scores WHERE contact_id = $1`, [contactId]);
    return;
  }
  const measures = rfmMeasures(summary, nowMs);
  const borders = await loadRfmBorders(db, workspaceId);
  let rfm: RfmScore | null = null;
  if (measures && borders && borders.levels === settings.rfm.levels) {
    const r = scoreByBorders(measures.recencyDays, borders.recency);
    const f = scoreByBorders(measures.frequency, borders.frequency);
    const m = scoreByBorders(measures.monetary, borders.monetary);
    rfm = { ...measures, r, f, m, code: rfmCode(r, f, m) };
  }
  await writeScores(db, workspaceId, [scoreRow({ summary, rfm, nowMs, settings })], now);
}

function purchaseQuery(workspaceId: string, settings: AnalyticsSettings, now: string) {
  const periodFrom = new Date(msBefore(instantMs(now)!, settings.rfm.period)!).toISOString();
  return { workspaceId, purchaseEvent: settings.purchaseEvent, amountProperty: settings.amountProperty, now, periodFrom };
}
