import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createWorkspace } from '@cascade/db';
import type { JourneyGraph } from '@cascade/journey';

/** trigger(api) → send(email, inline content) → exit: passes validateGraph. */
export function validGraph(): JourneyGraph {
  return {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'api' } },
      { id: 'hello', type: 'send', config: { channel: 'email', content: { subject: 'Welcome', body: 'Hello {{ contact.email }}' } } },
      { id: 'done', type: 'exit' },
    ],
    edges: [{ from: 'start', to: 'hello' }, { from: 'hello', to: 'done' }],
  };
}

/** An unknown channel on `hello`, a bad duration on `later`, which nothing reaches or leaves. */
export function invalidGraph(): JourneyGraph {
  return {
    nodes: [
      { id: 'start', type: 'trigger', config: { kind: 'api' } },
      { id: 'hello', type: 'send', config: { channel: 'pigeon', content: { subject: 'Hi', body: 'Hello' } } },
      { id: 'later', type: 'wait', config: { duration: 'soon' } },
      { id: 'done', type: 'exit' },
    ],
    edges: [{ from: 'start', to: 'hello' }, { from: 'hello', to: 'done' }],
  };
}

/** A supertest client authenticated as a fresh workspace. */
export async function workspaceClient(app: INestApplication, dataSource: DataSource, name: string) {
  const { apiKey, workspaceId } = await createWorkspace(dataSource, name);
  const server = app.getHttpServer();
  const auth = { Authorization: `Bearer ${apiKey}` };
  return {
    workspaceId,
    get: (path: string) => request(server).get(path).set(auth),
    post: (path: string, body?: object) => (body === undefined ? request(server).post(path).set(auth) : request(server).post(path).set(auth).send(body)),
    put: (path: string, body: object) => request(server).put(path).set(auth).send(body),
    delete: (path: string) => request(server).delete(path).set(auth),
  };
}

export type WorkspaceClient = Awaited<ReturnType<typeof workspaceClient>>;
