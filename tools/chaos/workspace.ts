import type { DataSource } from 'typeorm';
import { createWorkspace } from '@cascade/db';
import type { JourneyGraph } from '@cascade/journey';
import { sinkCredentials, type Sinks } from './sinks';

export const CHAOS_EVENT = 'chaos_tick';

/**
 * Deterministic and short (~5 s): an email, a 2-second wait, then a cascade whose email nobody
 * opens, so after 3 s it goes on to SMS; re-entry `always`, so each event of a contact whose last
 * journey is over starts a new one. Three messages per enrollment, whatever happens.
 */
export const CHAOS_JOURNEY: JourneyGraph = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'event', event: CHAOS_EVENT } },
    { id: 'hello', type: 'send', config: { channel: 'email', content: { subject: 'Hello', body: 'Hello from the chaos run' } } },
    { id: 'pause', type: 'wait', config: { duration: 'PT2S' } },
    { id: 'nudge', type: 'cascade', config: { steps: [
      { channel: 'email', content: { subject: 'Still there?', body: 'Nobody opens this one' }, waitFor: 'opened', within: 'PT3S' },
      { channel: 'sms', content: { body: 'Still there?' } },
    ] } },
    { id: 'reached', type: 'exit', config: { reason: 'reached' } },
    { id: 'unreached', type: 'exit', config: { reason: 'unreached' } },
  ],
  edges: [
    { from: 'start', to: 'hello' }, { from: 'hello', to: 'pause' }, { from: 'pause', to: 'nudge' },
    { from: 'nudge', handle: 'success', to: 'reached' }, { from: 'nudge', handle: 'exhausted', to: 'unreached' },
  ],
  settings: { reentry: { mode: 'always' } },
};
export const MESSAGES_PER_ENROLLMENT = 3;

/** A workspace of its own, with an API key (kept in memory, never printed). */
export async function createChaosWorkspace(dataSource: DataSource): Promise<{ workspaceId: string; apiKey: string }> {
  return dataSource.transaction((manager) => createWorkspace(manager, 'Chaos'));
}

/** Through the API, as a user would: providers pointing at the sinks, the journey published, the contacts. */
export async function prepareWorkspace(api: { url: string; apiKey: string }, sinks: Sinks, contacts: number): Promise<string> {
  const call = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${api.url}${path}`, {
      method, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${api.apiKey}` }, body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  };
  const credentials = sinkCredentials(sinks);
  await call('PUT', '/api/v1/channels/email/credentials', credentials.email);
  await call('PUT', '/api/v1/channels/sms/credentials', credentials.sms);
  const journey = await call('POST', '/api/v1/journeys', { name: 'Chaos', graph: CHAOS_JOURNEY });
  await call('POST', `/api/v1/journeys/${journey.id}/publish`, {});
  const pending = Array.from({ length: contacts }, (_, index) => index);
  await Promise.all(Array.from({ length: 16 }, async () => {
    for (let index = pending.shift(); index !== undefined; index = pending.shift()) {
      await call('POST', '/api/v1/contacts', { externalId: `chaos-${index}`, email: `chaos-${index}@example.com`, phone: `+1555${String(index).padStart(7, '0')}` });
    }
  }));
  return journey.id;
}
