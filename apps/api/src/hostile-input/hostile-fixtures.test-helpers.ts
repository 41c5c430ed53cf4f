import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { TrackingLinks } from '@cascade/channels';
import { createWorkspace } from '@cascade/db';
import { seedContact, seedPublishedJourney, type TestDatabase } from '@cascade/testing';
import { validGraph } from '../journeys/journeys.test-helpers';

/** What a workspace of the suite holds: one resource of each kind, by id. */
export interface Workspace {
  name: string;
  apiKey: string;
  ids: Record<IdKind, string>;
  /** The externalId of its contact. */
  externalId: string;
  /** The secret its email provider settings sign delivery reports with. */
  webhookSecret: string;
  /** Signed links of its message, as issued. */
  tokens: { open: string; click: string; unsubscribe: string };
}

export type IdKind = 'workspace' | 'contact' | 'journey' | 'enrollment' | 'template' | 'segment' | 'import' | 'message';

/**
 * A workspace with a contact (city Kazan), a published api-triggered journey with an enrollment and a
 * captured sandbox message, a template, a segment, a queued import, scored customers and email provider settings.
 */
export async function seedHostileWorkspace(app: INestApplication, db: TestDatabase, name: string): Promise<Workspace> {
  const { apiKey, workspaceId } = await createWorkspace(db.dataSource, name);
  const api = (method: 'post' | 'put', path: string) => request(app.getHttpServer())[method](path).set('Authorization', `Bearer ${apiKey}`);
  const externalId = `${name}-customer`;
  const contact = await seedContact(db.dataSource, { externalId, email: `${name}@example.com`, attributes: { city: 'Kazan' } }, workspaceId);
  const { journeyId, versionId } = await seedPublishedJourney(db.dataSource, validGraph(), `${name} journey`, workspaceId);
  const [enrollment] = await db.dataSource.query(
    `INSERT INTO enrollments (journey_id, version_id, contact_id, workflow_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [journeyId, versionId, contact, `hostile-${randomUUID()}`]);
  const message = `${enrollment.id}:hello:0:0`; // as the engine names messages: enrollment, node, step, visit
  await db.dataSource.query(
    `INSERT INTO messages (id, enrollment_id, contact_id, journey_id, node_id, step, channel, status) VALUES ($1, $2, $3, $4, 'hello', 1, 'email', 'sent')`,
    [message, enrollment.id, contact, journeyId]);
  await db.dataSource.query(`INSERT INTO sandbox_messages (message_id, channel, address, body) VALUES ($1, 'email', $2, 'Hello')`, [message, `${name}@example.com`]);
  const template = await api('post', '/api/v1/templates').send({ name: 'Welcome', channel: 'email', subject: 'Hi', body: 'Hello {{ contact.email }}' }).expect(201);
  const segment = await api('post', '/api/v1/segments').send({ name: 'Kazan', kind: 'rule', condition: { attribute: 'city', op: 'eq', value: 'Kazan' } }).expect(201);
  const imported = await api('post', '/api/v1/contacts/import').set('Content-Type', 'text/csv').send('externalId\nimported-1').expect(201);
  // Six customers with purchases, scored: clustering then gets as far as writing segments.
  const purchases = Array.from({ length: 6 }, (_, i) => ({ externalId: `${name}-buyer-${i}`, name: 'purchase', properties: { amount: 10 * (i + 1) } }));
  await api('post', '/api/v1/events').send({ events: purchases }).expect(202);
  await api('post', '/api/v1/segments/refresh').expect(200);
  const webhookSecret = `${name}-webhook-secret-0123456789`;
  await api('put', '/api/v1/channels/email/credentials').send({ host: 'smtp.example.com', port: 587, from: 'Shop <news@example.com>', webhookSecret }).expect(204);
  const links = app.get(TrackingLinks);
  const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
  return {
    name, apiKey, externalId, webhookSecret,
    ids: {
      workspace: workspaceId, contact, journey: journeyId, enrollment: enrollment.id, template: template.body.id, segment: segment.body.id,
      import: imported.body.id, message,
    },
    tokens: {
      open: tokenOf(links.openPixel(message)), click: tokenOf(links.click(message, 'https://example.com/')), unsubscribe: tokenOf(links.unsubscribe(message)),
    },
  };
}

/** The token with its signature's first character changed: well-formed, signed by nobody. */
export function forged(token: string): string {
  const at = token.indexOf('.') + 1;
  return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
}
