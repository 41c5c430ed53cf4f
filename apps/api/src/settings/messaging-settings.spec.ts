import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { TestDatabase } from '@cascade/testing';
import { workspaceClient, type WorkspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

describe('messaging rules: /api/v1/settings/messaging', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let acme: WorkspaceClient;
  let stop: () => Promise<void>;
  const path = '/api/v1/settings/messaging';

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
  });
  afterAll(() => stop());

  it('has no caps and no quiet hours until set', async () => {
    expect((await acme.get(path).expect(200)).body).toEqual({ caps: [], quietHours: null });
  });

  it('saves caps per channel or for all channels and quiet hours, for this workspace only', async () => {
    const rules = { caps: [{ channel: 'email', max: 3, window: 'P7D' }, { max: 5, window: 'P7D' }], quietHours: { start: '21:00', end: '09:00' } };
    expect((await acme.put(path, rules).expect(200)).body).toEqual(rules);
    expect((await acme.get(path).expect(200)).body).toEqual(rules);

    const other = await workspaceClient(app, db.dataSource, 'other');
    expect((await other.get(path).expect(200)).body).toEqual({ caps: [], quietHours: null });

    expect((await acme.put(path, { caps: [{ max: 1, window: 'P1D' }] }).expect(200)).body).toEqual({ caps: [{ max: 1, window: 'P1D' }], quietHours: null });
    expect((await acme.get(path).expect(200)).body).toEqual({ caps: [{ max: 1, window: 'P1D' }], quietHours: null });
  });

  it.each([
    [{ caps: [{ max: 0, window: 'P7D' }] }, 'caps[0].max', 'min'],
    [{ caps: [{ max: 3, window: 'P7D' }, { max: 2.5, window: 'P7D' }] }, 'caps[1].max', 'isInt'],
    [{ caps: [{ max: 3, window: 'a week' }] }, 'caps[0].window', 'isDuration'],
    [{ caps: [{ max: 3, window: '-P7D' }] }, 'caps[0].window', 'isDuration'],
    [{ caps: [{ max: 3 }] }, 'caps[0].window', 'isString'],
    [{ caps: [{ channel: 'e mail', max: 3, window: 'P7D' }] }, 'caps[0].channel', 'matches'],
    [{ caps: [{ max: 3, window: 'P7D', per: 'contact' }] }, 'caps[0].per', 'unknown_field'],
    [{ caps: [], quietHours: { start: '9pm', end: '09:00' } }, 'quietHours.start', 'matches'],
    [{ caps: [], quietHours: { start: '21:00', end: '24:00' } }, 'quietHours.end', 'matches'],
    [{ caps: [], quietHours: { start: '21:00', end: '21:00' } }, 'quietHours.end', 'differsFromStart'],
    [{ quietHours: null }, 'caps', 'isArray'],
  ])('refuses %j naming %s', async (body, field, code) => {
    const refused = await acme.put(path, body).expect(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ path: field, code })]);
  });

  it('answers 401 without a key', async () => {
    await request(app.getHttpServer()).get(path).expect(401);
  });
});
