import { ContinueAsNew, setHandler } from '@temporalio/workflow';
import { runJourney, type ContactEvent, type DeliveryStatus, type JourneyOutcome, type JourneyPosition } from '@cascade/journey';
import { bookkeepingActivities } from './bookkeeping';
import type { EnrollmentSnapshot } from './journey.activities';
import { cancelSignal, contactEventSignal, deliveryStatusSignal, journeyStateQuery } from './journey.signals';
import { TemporalDriver } from './temporal-driver';

export interface JourneyWorkflowInput {
  enrollmentId: string;
  /** History length that triggers continue-as-new between nodes (default 5,000; tests use less). */
  historyLimit?: number;
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

/** One contact's pass through one pinned journey version (docs/journeys.md#running-a-journey). */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyOutcome> {
  const bookkeeping = bookkeepingActivities();
  const snapshot = input.carry?.snapshot ?? (await bookkeeping.activities.loadEnrollment({ enrollmentId: input.enrollmentId }));
  const driver = new TemporalDriver(snapshot, bookkeeping, input.carry, input.historyLimit);
  // The SDK holds signals that arrive before their handler is set, so none is lost while loading.
  setHandler(contactEventSignal, (event) => driver.onEvent(event));
  setHandler(deliveryStatusSignal, (delivery) => driver.onDelivery(delivery));
  setHandler(cancelSignal, () => driver.cancel());
  let finished = false;
  setHandler(journeyStateQuery, () => driver.state(finished ? 'finished' : 'running'));

  let outcome: JourneyOutcome;
  try {
    outcome = await runJourney(
      { journeyId: snapshot.journeyId, enrollmentId: snapshot.enrollmentId, graph: snapshot.graph, contact: snapshot.contact, position: input.carry?.position },
      driver,
    );
  } catch (error) {
    if (error instanceof ContinueAsNew) throw error; // not a failure: the next run goes on
    // A journey that cannot go on is marked failed, so the contact is not held "active" for ever.
    const failure: JourneyOutcome = { status: 'failed', reason: String((error as Error).message).slice(0, 200), nodeId: driver.state('running').nodeId ?? '', at: new Date().toISOString() };
    await bookkeeping.activities.completeEnrollment({ enrollmentId: snapshot.enrollmentId, outcome: failure }).catch(() => undefined);
    throw error;
  }
  await driver.flush();
  await bookkeeping.activities.completeEnrollment({ enrollmentId: snapshot.enrollmentId, outcome });
  finished = true;
  return outcome;
}
