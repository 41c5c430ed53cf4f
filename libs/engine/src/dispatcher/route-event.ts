import { WorkflowNotFoundError } from '@temporalio/client';
import { evaluateCondition, type ContactEvent, type JourneyGraph } from '@cascade/journey';
import { contactEventSignal } from '@cascade/workflows';
import { enroll, type EnrollDependencies } from '../enrollment/enroll';
import { attributeConversion } from '../experiments/attribute-conversion';
import { reevaluateContact } from '../segments/reevaluate-contact';
import { isSegmentEvent, SEGMENT_ENTERED_EVENT } from '../segments/segment-events';

export interface StoredEvent extends ContactEvent {
  id: string;
  workspaceId: string;
  contactId: string;
}

/**
 * Routes one stored event: first the contact's segment memberships are re-evaluated (entering or
 * leaving is itself an event, routed next) and the event is attributed as a conversion to the
 * enrollments whose goal it meets, then a signal goes to each of the contact's running
 * enrollments (wait_for_event, goals, exits), then an enrollment in every active journey whose
 * trigger matches: an event trigger on its name, or a segment_entry trigger on the segment entered.
 * All are idempotent, so an event routed again after a failure changes nothing twice.
 */
export async function routeEvent(deps: EnrollDependencies, event: StoredEvent): Promise<void> {
  if (!isSegmentEvent(event.name)) {
    // A segment Postgres refuses must not hold the contact's journeys: the refresh retries it later.
    await reevaluateContact(deps.dataSource, { workspaceId: event.workspaceId, contactId: event.contactId }).catch((error: Error) => {
      console.error(`segments of contact ${event.contactId} not re-evaluated: ${error.message}`);
    });
  }
  await attributeConversion(deps.dataSource, event);
  const signal: ContactEvent = { id: event.id, name: event.name, occurredAt: event.occurredAt, properties: event.properties };
  const running: { workflow_id: string }[] = await deps.dataSource.query(
    `SELECT workflow_id FROM enrollments WHERE contact_id = $1 AND status = 'active'`, [event.contactId]);
  for (const { workflow_id } of running) {
    await deps.client.workflow.getHandle(workflow_id).signal(contactEventSignal, signal).catch((error: unknown) => {
      if (!(error instanceof WorkflowNotFoundError)) throw error; // it ended meanwhile
    });
  }

  // The latest published version's trigger decides; a paused or archived journey enrolls nobody.
  const wanted = event.name === SEGMENT_ENTERED_EVENT
    ? { kind: 'segment_entry', segmentId: String(event.properties?.segmentId ?? '') }
    : { kind: 'event', event: event.name };
  const journeys: { id: string; graph: JourneyGraph }[] = await deps.dataSource.query(
    `SELECT j.id, v.graph FROM journeys j
     JOIN LATERAL (SELECT graph FROM journey_versions WHERE journey_id = j.id ORDER BY version DESC LIMIT 1) v ON true
     WHERE j.workspace_id = $1 AND j.status = 'active'
       AND v.graph->'nodes' @> jsonb_build_array(jsonb_build_object('type', 'trigger', 'config', $2::jsonb))`,
    [event.workspaceId, JSON.stringify(wanted)],
  );
  for (const journey of journeys) {
    const trigger = journey.graph.nodes.find((node) => node.type === 'trigger');
    const filter = (trigger?.config as { filter?: Parameters<typeof evaluateCondition>[0] } | undefined)?.filter;
    if (filter && !evaluateCondition(filter, { subject: event.properties ?? {}, events: [], segments: new Set(), now: event.occurredAt })) continue;
    // Keyed by the event, so an event routed again (a dispatcher died before deleting its row) never enrolls twice.
    await enroll(deps, { journeyId: journey.id, contactId: event.contactId, triggerEvent: signal, triggerKey: `event:${event.id}` });
  }
}
