import { runJourney } from '../runtime/run-journey';
import type { SimulationInput, SimulationResult } from './simulation.types';
import { VirtualDriver } from './virtual-driver';

/**
 * Runs one contact through a journey on a virtual clock, with scripted events and deliveries, and
 * returns the trace. Journeys with multi-month waits run in milliseconds: the test bed of journey
 * logic and the editor's "try a contact".
 */
export async function simulate(input: SimulationInput): Promise<SimulationResult> {
  const driver = new VirtualDriver(input);
  const outcome = await runJourney(
    {
      journeyId: input.journeyId ?? 'journey',
      enrollmentId: input.enrollmentId ?? 'enrollment',
      graph: input.graph,
      contact: input.contact,
    },
    driver,
  );
  return { outcome, trace: driver.trace, messages: driver.messages, contact: driver.contact };
}
