import type { ContactSnapshot } from '../contact/contact.types';
import { GraphIndex } from '../graph/graph-index';
import type { JourneyGraph } from '../graph/graph.types';
import { nodeHandler } from '../nodes/registry';
import type { Command, Resume } from './commands';
import type { JourneyDriver, JourneyOutcome, JourneyPosition } from './driver';
import type { TraceEntry } from './trace';

export interface JourneyRun {
  journeyId: string;
  enrollmentId: string;
  graph: JourneyGraph;
  contact: ContactSnapshot;
  /** Where to resume (after continue-as-new); the trigger when absent. */
  position?: JourneyPosition;
}

/** A guard against a loop that validation should have refused: no journey takes this many steps. */
export const MAX_TRANSITIONS = 10_000;

/**
 * Walks a contact through the graph: runs each node's program, hands its commands to the driver,
 * records entries and exits, and follows the edge of the handle taken.
 */
export async function runJourney(run: JourneyRun, driver: JourneyDriver): Promise<JourneyOutcome> {
  const graph = new GraphIndex(run.graph);
  let position: JourneyPosition = run.position ?? { nodeId: graph.trigger().id, visits: {}, contact: run.contact, transitions: 0 };
  for (;;) {
    await driver.checkpoint?.(position);
    const node = graph.node(position.nodeId);
    const handler = nodeHandler(node.type);
    if (!handler) throw new Error(`node "${node.id}" has the unknown type "${node.type}"`);
    const visit = position.visits[node.id] ?? 0;
    const enteredAt = driver.now();
    driver.record({ at: enteredAt, kind: 'node_entered', nodeId: node.id });

    const program = handler.run({
      node, config: node.config ?? {}, journeyId: run.journeyId, enrollmentId: run.enrollmentId,
      contact: position.contact, enteredAt, events: driver.events(), visit,
    });
    let step = program.next();
    while (!step.done) {
      const answer = await driver.execute(step.value);
      if (answer.kind === 'interrupted') {
        program.return({ exit: answer.reason });
        const status = answer.reason === 'goal' ? 'converted' : 'cancelled';
        return finish(driver, { status, reason: answer.reason, nodeId: node.id, at: driver.now() });
      }
      recordAnswer(driver, node.id, step.value, answer);
      if (answer.kind === 'context' || answer.kind === 'contact_updated') position = { ...position, contact: answer.contact };
      step = program.next(answer);
    }

    const outcome = step.value;
    if ('exit' in outcome) return finish(driver, { status: 'exited', reason: outcome.exit, nodeId: node.id, at: driver.now() });
    driver.record({ at: driver.now(), kind: 'node_exited', nodeId: node.id, handle: outcome.handle, variant: outcome.variant, reason: outcome.reason });
    const next = graph.target(node.id, outcome.handle);
    if (!next) return finish(driver, { status: 'completed', reason: `${outcome.handle} not connected`, nodeId: node.id, at: driver.now() });
    if (position.transitions + 1 >= MAX_TRANSITIONS) {
      return finish(driver, { status: 'exited', reason: 'transition_limit', nodeId: node.id, at: driver.now() });
    }
    position = { ...position, nodeId: next, visits: { ...position.visits, [node.id]: visit + 1 }, transitions: position.transitions + 1 };
  }
}

function finish(driver: JourneyDriver, outcome: JourneyOutcome): JourneyOutcome {
  driver.record({ at: outcome.at, kind: 'journey_exited', nodeId: outcome.nodeId, status: outcome.status, reason: outcome.reason });
  return outcome;
}

/** Message, contact and webhook results go into the trace; waits show in the handle taken. */
function recordAnswer(driver: JourneyDriver, nodeId: string, command: Command, answer: Resume): void {
  const entry = traceOfAnswer(nodeId, command, answer);
  if (entry) driver.record(entry);
}

function traceOfAnswer(nodeId: string, command: Command, answer: Resume): TraceEntry | undefined {
  const at = answer.now;
  if (answer.kind === 'contact_updated') return { at, kind: 'contact_updated', nodeId };
  if (answer.kind === 'webhook_called') return { at, kind: 'webhook_called', nodeId, status: answer.status?.toString(), reason: answer.reason };
  if (answer.kind !== 'sent' || command.kind !== 'send') return undefined;
  const message = { at, nodeId, messageId: command.messageId, channel: command.channel };
  const { result } = answer;
  switch (result.status) {
    case 'sent': return { ...message, kind: 'message_sent' };
    case 'skipped': return { ...message, kind: 'message_skipped', reason: result.reason };
    case 'failed': return { ...message, kind: 'message_failed', reason: result.reason };
    case 'deferred': return { ...message, kind: 'message_deferred', reason: result.reason, status: result.until };
  }
}
