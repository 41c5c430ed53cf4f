import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { TestDatabase } from '@cascade/testing';
import { startTestApp } from '../test-app.test-helpers';
import { controllerRoutes } from './controller-routes.test-helpers';
import { changedTables, fingerprinter, type Fingerprint } from './db-fingerprint.test-helpers';
import { hostileRows } from './hostile-attacks.test-helpers';
import { ENDPOINTS } from './hostile-endpoints.test-helpers';
import { VERBATIM_ROWS } from './accepted-verbatim.test-helpers';
import { seedHostileWorkspace } from './hostile-fixtures.test-helpers';
import type { Row, Workspaces } from './hostile-rows.test-helpers';
import { send, type RawResponse } from './raw-http.test-helpers';

/**
 * Hostile input over every endpoint (README "Bad input"): each row is a malformed, oversized, deeply
 * nested, badly encoded, injected or cross-workspace request that must get its 4xx in the common
 * error shape, naming the field where it says so, with no table of the database changed. Any 5xx fails.
 */
const ROWS: Row[] = ENDPOINTS.flatMap(hostileRows);

describe('hostile input', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let server: Server;
  let workspaces: Workspaces;
  let fingerprint: () => Promise<Fingerprint>;
  let baseline: Fingerprint;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    server = app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    workspaces = { own: await seedHostileWorkspace(app, db, 'acme'), other: await seedHostileWorkspace(app, db, 'rival') };
    fingerprint = await fingerprinter(db.dataSource);
    baseline = await fingerprint();
  });
  afterAll(() => stop());

  it('has rows for every controller route, and only for routes that exist; a route reading a body describes a valid one', () => {
    const routes = controllerRoutes(app);
    const described = new Map(ENDPOINTS.map((endpoint) => [endpoint.route, endpoint]));
    expect({
      withoutRows: routes.filter(({ route }) => !described.has(route)).map(({ route }) => route),
      unknown: [...described.keys()].filter((route) => !routes.some((known) => known.route === route)),
      bodyNotDescribed: routes.filter(({ route, readsBody }) => {
        const endpoint = described.get(route);
        return readsBody && endpoint && !endpoint.body && endpoint.csv === undefined;
      }).map(({ route }) => route),
    }).toEqual({ withoutRows: [], unknown: [], bodyNotDescribed: [] });
    // The metadata is read right: a route with @Body() and one without.
    expect(routes.filter(({ route }) => route === 'POST /api/v1/contacts' || route === 'POST /api/v1/journeys/:id/pause'))
      .toEqual([{ route: 'POST /api/v1/contacts', readsBody: true }, { route: 'POST /api/v1/journeys/:id/pause', readsBody: false }]);
    expect(ROWS.length).toBeGreaterThanOrEqual(300);
  });

  describe('refused with a 4xx, nothing written', () => {
    it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_, row) => {
      const response = await send(server, row.request(workspaces));
      const after = await fingerprint();
      const changed = changedTables(baseline, after);
      baseline = after;
      expect({ status: response.status, problems: shapeProblems(response, row), changed })
        .toEqual({ status: row.status, problems: [], changed: [] });
    });
  });

  describe('accepted verbatim: injection-looking data is stored and given back unchanged', () => {
    const earlier: Record<number, unknown> = {};
    it.each(VERBATIM_ROWS.map((row, index) => [row.name, row, index] as const))('%s', async (_, row, index) => {
      const before = await fingerprint();
      const response = await send(server, row.request(workspaces, earlier));
      expect({ status: response.status, text: response.text.slice(0, 300) }).toMatchObject({ status: row.status });
      const unexpected = changedTables(before, await fingerprint()).filter((table) => !row.writes.includes(table));
      expect(unexpected).toEqual([]);
      const read = async (path: string) => JSON.parse((await send(server, { method: 'GET', path, headers: { Authorization: `Bearer ${workspaces.own.apiKey}` } })).text);
      earlier[index] = await row.check(response, read, earlier);
    });
  });
});

/** What is wrong with the answer's body: the common error shape, and the field it must name. */
function shapeProblems(response: RawResponse, row: Row): string[] {
  let body: { statusCode?: unknown; error?: unknown; message?: unknown; details?: Array<{ path?: unknown; code?: unknown; message?: unknown }> };
  try {
    body = JSON.parse(response.text);
  } catch {
    return [`not JSON: ${response.text.slice(0, 200)}`];
  }
  const problems: string[] = [];
  if (body.statusCode !== response.status || typeof body.error !== 'string' || typeof body.message !== 'string') problems.push(`not the common shape: ${response.text.slice(0, 300)}`);
  const details = body.details ?? [];
  if (!Array.isArray(details) || details.some((detail) => typeof detail.path !== 'string' || typeof detail.code !== 'string' || typeof detail.message !== 'string')) {
    problems.push(`malformed details: ${JSON.stringify(body.details)}`);
  } else if (row.names !== undefined && !details.some((detail) => names(detail.path as string, row.names as string))) {
    problems.push(`does not name ${row.names}: ${response.text.slice(0, 300)}`);
  }
  return problems;
}

/** `path` is the field or inside it. */
function names(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}
