import { proxyActivities, setHandler } from '@temporalio/workflow';
import { runJourney, type ContactEvent, type DeliveryStatus, type JourneyOutcome, type JourneyPosition } from '@cascade/journey';
import type { EnrollmentSnapshot, JourneyActivities } from './journey.activities';
import { cancelSignal, contactEventSignal, deliveryStatusSignal, journeyStateQuery } from './journey.signals';
import { TemporalDriver } from './temporal-driver';

const { loadEnrollment, completeEnrollment } = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export interface JourneyWorkflowInput {
  enrollmentId: string;
  /** State handed over by continue-as-new. */
  carry?: JourneyCarry;
}

export interface JourneyCarry {
  snapshot: EnrollmentSnapshot;
  position: JourneyPosition;
  events: ContactEvent[];
  receivedAt: string[];
  deliveries: Record<string, DeliveryStatus[]>;
  seq: number;
  converted: boolean;
}

/** One contact's pass through one pinned journey version (DESIGN.md §4). */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyOutcome> {
  const snapshot = input.carry?.snapshot ?? (await loadEnrollment({ enrollmentId: input.enrollmentId }));
  const driver = new TemporalDriver(snapshot, input.carry);
  // The SDK holds signals that arrive before their handler is set, so none is lost while loading.
  setHandler(contactEventSignal, (event) => driver.onEvent(event));
  setHandler(deliveryStatusSignal, (delivery) => driver.onDelivery(delivery));
  setHandler(cancelSignal, () => driver.cancel());
  let finished = false;
  setHandler(journeyStateQuery, () => driver.state(finished ? 'finished' : 'running'));

  const outcome = await runJourney(
    { journeyId: snapshot.journeyId, enrollmentId: snapshot.enrollmentId, graph: snapshot.graph, contact: snapshot.contact, position: input.carry?.position },
    driver,
  );
  await driver.flush();
  await completeEnrollment({ enrollmentId: snapshot.enrollmentId, outcome });
  finished = true;
  return outcome;
}
