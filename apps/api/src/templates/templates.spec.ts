import type { INestApplication } from '@nestjs/common';
import type { TestDatabase } from '@cascade/testing';
import { workspaceClient, type WorkspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

describe('templates API: /api/v1/templates', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let acme: WorkspaceClient;
  let globex: WorkspaceClient;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
    globex = await workspaceClient(app, db.dataSource, 'globex');
    await acme.post('/api/v1/contacts', { externalId: 'anna', email: 'anna@example.com', attributes: { firstName: 'Anna', bio: '<b>hi</b>' } }).expect(201);
  });
  afterAll(() => stop());

  const cartEmail = {
    name: 'Cart email', channel: 'email', subject: 'Your cart, {{ contact.attributes.firstName | default: "friend" }}',
    body: 'Total {{ event.properties.total }}', html: '<p>{{ contact.attributes.bio }}</p>',
  };
  const create = async (body: object = cartEmail) => (await acme.post('/api/v1/templates', body).expect(201)).body;

  it('creates, reads, lists, updates and deletes a template, listing the variables it reads', async () => {
    const created = await create();
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/), ...cartEmail, createdAt: expect.any(String), updatedAt: expect.any(String),
      variables: ['contact.attributes.firstName', 'event.properties.total', 'contact.attributes.bio'],
    });
    await acme.get(`/api/v1/templates/${created.id}`).expect(200, created);
    expect((await acme.get('/api/v1/templates').expect(200)).body).toEqual([created]);

    const updated = await acme.put(`/api/v1/templates/${created.id}`, { name: 'Cart email v2', html: null }).expect(200);
    expect(updated.body).toMatchObject({ id: created.id, name: 'Cart email v2', subject: cartEmail.subject, body: cartEmail.body, html: null });

    await acme.delete(`/api/v1/templates/${created.id}`).expect(204);
    await acme.get(`/api/v1/templates/${created.id}`).expect(404);
  });

  it('refuses a Liquid syntax error with 400 naming the field and the line, and saves nothing', async () => {
    const response = await acme.post('/api/v1/templates', { name: 'Broken', channel: 'sms', body: 'Hi\n{% if contact.email %}no end' }).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringContaining('body, line 2') });
    expect(response.body.details).toEqual([{ path: 'body', code: 'template_syntax', message: expect.stringMatching(/^line 2, column 1: tag .* not closed$/) }]);
    const include = await acme.post('/api/v1/templates', { name: 'Sneaky', channel: 'sms', body: "{% include '/etc/passwd' %}" }).expect(400);
    expect(include.body.details).toEqual([{ path: 'body', code: 'template_syntax', message: expect.stringContaining('{% include %} is not available') }]);
    const id = (await create({ name: 'Fine', channel: 'sms', body: 'ok' })).id;
    const edit = await acme.put(`/api/v1/templates/${id}`, { subject: '{{ contact.email | nosuchfilter }}' }).expect(400);
    expect(edit.body.details).toEqual([{ path: 'subject', code: 'template_syntax', message: expect.stringContaining('nosuchfilter') }]);
    expect((await acme.get(`/api/v1/templates/${id}`).expect(200)).body.subject).toBeNull();
  });

  it('refuses an unknown channel, a duplicate name and a missing body with the field named', async () => {
    const pigeon = await acme.post('/api/v1/templates', { name: 'Coo', channel: 'pigeon', body: 'hi' }).expect(400);
    expect(pigeon.body.details).toEqual([{ path: 'channel', code: 'unknown_channel', message: expect.stringContaining('pigeon') }]);
    await create({ name: 'Twice', channel: 'sms', body: 'one' });
    const twice = await acme.post('/api/v1/templates', { name: 'Twice', channel: 'sms', body: 'two' }).expect(409);
    expect(twice.body.details).toEqual([{ path: 'name', code: 'template_name_taken', message: expect.any(String) }]);
    const empty = await acme.post('/api/v1/templates', { name: 'Empty', channel: 'sms' }).expect(400);
    expect(empty.body.details).toEqual([expect.objectContaining({ path: 'body' })]);
  });

  it('previews for a contact and an event, escaping values in html only', async () => {
    const { id } = await create({ ...cartEmail, name: 'Preview me' });
    const preview = await acme.post(`/api/v1/templates/${id}/preview`, { externalId: 'anna', event: { name: 'cart_abandoned', properties: { total: 4200 } } }).expect(200);
    expect(preview.body).toEqual({ subject: 'Your cart, Anna', body: 'Total 4200', html: '<p>&lt;b&gt;hi&lt;/b&gt;</p>' });
  });

  it('answers 422 naming the field and the missing variable when the preview cannot render', async () => {
    const { id } = await create({ name: 'Coupon', channel: 'sms', body: 'Code: {{ contact.attributes.coupon }}' });
    const response = await acme.post(`/api/v1/templates/${id}/preview`, { externalId: 'anna' }).expect(422);
    expect(response.body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity', message: expect.stringContaining('missing variable: contact.attributes.coupon') });
    expect(response.body.details).toEqual([{ path: 'body', code: 'missing_variable', message: 'missing variable: contact.attributes.coupon' }]);
    const withoutEvent = await acme.post(`/api/v1/templates/${(await create({ ...cartEmail, name: 'Needs event' })).id}/preview`, { externalId: 'anna' }).expect(422);
    expect(withoutEvent.body.details).toEqual([{ path: 'body', code: 'missing_variable', message: 'missing variable: event' }]);
  });

  it('previews only for a contact of the workspace, never creating one', async () => {
    const { id } = await create({ name: 'Hello', channel: 'sms', body: 'Hello' });
    const unknown = await acme.post(`/api/v1/templates/${id}/preview`, { externalId: 'nobody' }).expect(404);
    expect(unknown.body.details).toEqual([{ path: 'externalId', code: 'contact_not_found', message: expect.any(String) }]);
    await acme.post(`/api/v1/templates/${id}/preview`, {}).expect(400);
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM contacts WHERE external_id = 'nobody'`);
    expect(count).toBe(0);
  });

  it("keeps each workspace's templates to itself", async () => {
    const { id } = await create({ name: 'Private', channel: 'sms', body: 'secret' });
    await globex.get(`/api/v1/templates/${id}`).expect(404);
    await globex.put(`/api/v1/templates/${id}`, { body: 'mine now' }).expect(404);
    await globex.delete(`/api/v1/templates/${id}`).expect(404);
    await globex.post(`/api/v1/templates/${id}/preview`, { externalId: 'anna' }).expect(404);
    expect((await globex.get('/api/v1/templates').expect(200)).body).toEqual([]);
    await acme.get('/api/v1/templates/not-a-uuid').expect(400);
  });
});
