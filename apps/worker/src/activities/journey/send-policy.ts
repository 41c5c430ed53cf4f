import type { DataSource } from 'typeorm';
import type { ContactSnapshot } from '@cascade/journey';
import type { SendMessageInput } from '@cascade/workflows';

export type PolicyDecision = { status: 'allowed' } | { status: 'skipped'; reason: string } | { status: 'deferred'; until: string; reason: string };

/** The workspace's frequency caps and quiet hours for this message, at send time. */
export async function checkSendPolicy(_dataSource: DataSource, _input: SendMessageInput, _contact: ContactSnapshot, _workspaceId: string): Promise<PolicyDecision> {
  return { status: 'allowed' };
}
