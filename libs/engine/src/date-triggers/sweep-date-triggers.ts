import { parseDuration, type JourneyGraph } from '@cascade/journey';
import { enroll, type EnrollDependencies } from '../enrollment/enroll';

export interface SweepResult {
  journeys: number;
  enrolled: number;
}

/**
 * Enrolls, in every active journey with a `date_attribute` trigger, the contacts whose date
 * attribute plus the trigger's offset falls on `day` (YYYY-MM-DD, UTC): e.g. 11 months after
 * `policyStartDate`. Each contact at most once per date, however often the sweep runs.
 */
export async function sweepDateTriggers(deps: EnrollDependencies, day: string): Promise<SweepResult> {
  const journeys: { id: string; workspace_id: string; graph: JourneyGraph }[] = await deps.dataSource.query(
    `SELECT j.id, j.workspace_id, v.graph FROM journeys j
     JOIN LATERAL (SELECT graph FROM journey_versions WHERE journey_id = j.id ORDER BY version DESC LIMIT 1) v ON true
     WHERE j.status = 'active' AND v.graph->'nodes' @> '[{"type": "trigger", "config": {"kind": "date_attribute"}}]'`);
  let enrolled = 0;
  for (const journey of journeys) {
    const config = journey.graph.nodes.find((node) => node.type === 'trigger')?.config as { attribute: string; offset: string };
    const offset = parseDuration(config.offset)?.shiftTo('years', 'months', 'days').toObject();
    if (!offset) continue;
    // The attribute is matched as text first, so a contact with a malformed date is skipped, never an error.
    const contacts: { id: string }[] = await deps.dataSource.query(
      `SELECT id FROM contacts WHERE workspace_id = $1 AND attributes->>$2 ~ '^\\d{4}-\\d{2}-\\d{2}'
         AND (substring(attributes->>$2 from 1 for 10)::date + make_interval(years => $3, months => $4, days => $5))::date = $6::date`,
      [journey.workspace_id, config.attribute, Math.trunc(offset.years ?? 0), Math.trunc(offset.months ?? 0), Math.trunc(offset.days ?? 0), day]);
    for (const { id } of contacts) {
      const result = await enroll(deps, { journeyId: journey.id, contactId: id, triggerKey: `date:${day}` });
      if (result.enrollmentId && 'created' in result && result.created) enrolled++;
    }
  }
  return { journeys: journeys.length, enrolled };
}
