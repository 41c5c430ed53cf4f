import type { NodeType } from '../graph/graph.types';
import type { NodeHandler } from '../runtime/node-handler';
import { branchNode } from './branch.node';
import { cascadeNode } from './cascade.node';
import { exitNode } from './exit.node';
import { sendNode } from './send.node';
import { splitNode } from './split.node';
import { triggerNode } from './trigger.node';
import { updateContactNode } from './update-contact.node';
import { waitForEventNode } from './wait-for-event.node';
import { waitNode } from './wait.node';
import { webhookNode } from './webhook.node';

/** Every node type, by type. Adding a node type is a new file here and one line below. */
export const nodeHandlers = {
  trigger: triggerNode,
  wait: waitNode,
  wait_for_event: waitForEventNode,
  branch: branchNode,
  split: splitNode,
  send: sendNode,
  cascade: cascadeNode,
  update_contact: updateContactNode,
  webhook: webhookNode,
  exit: exitNode,
} satisfies Record<NodeType, unknown>;

export function nodeHandler(type: string): NodeHandler<unknown> | undefined {
  return Object.prototype.hasOwnProperty.call(nodeHandlers, type)
    ? (nodeHandlers[type as NodeType] as NodeHandler<unknown>)
    : undefined;
}
