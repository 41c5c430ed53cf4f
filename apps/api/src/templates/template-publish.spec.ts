import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { JourneyGraph } from '@cascade/journey';
import type { TestDatabase } from '@cascade/testing';
import { workspaceClient, type WorkspaceClient } from '../journeys/journeys.test-helpers';
import { startTestApp } from '../test-app.test-helpers';

/** trigger → send(email) → cascade → exit; the messages are what each test varies. */
function graph({ trigger = { kind: 'api' }, send, steps }: { trigger?: Record<string, unknown>; send: object; steps: object[] }): JourneyGraph {
  return {
    nodes: [
      { id: 'start', type: 'trigger', config: trigger },
      { id: 'hello', type: 'send', config: { channel: 'email', ...send } },
      { id: 'remind', type: 'cascade', config: { steps } },
      { id: 'done', type: 'exit' },
    ],
    edges: [{ from: 'start', to: 'hello' }, { from: 'hello', to: 'remind' }, { from: 'remind', handle: 'success', to: 'done' }, { from: 'remind', handle: 'exhausted', to: 'done' }],
  };
}

describe('templates in journeys: checked at publish, kept while published', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let stop: () => Promise<void>;
  let acme: WorkspaceClient;
  let globex: WorkspaceClient;
  let welcomeEmail: string;
  let reminderSms: string;

  beforeAll(async () => {
    ({ db, app, stop } = await startTestApp());
    acme = await workspaceClient(app, db.dataSource, 'acme');
    globex = await workspaceClient(app, db.dataSource, 'globex');
    welcomeEmail = (await acme.post('/api/v1/templates', { name: 'Welcome', channel: 'email', subject: 'Hi', body: 'Hi {{ contact.attributes.firstName | default: "there" }}' }).expect(201)).body.id;
    reminderSms = (await acme.post('/api/v1/templates', { name: 'Reminder', channel: 'sms', body: 'Still there, {{ contact.email }}?' }).expect(201)).body.id;
  });
  afterAll(() => stop());

  const journey = async (draft: JourneyGraph, name = 'Welcome series') => (await acme.post('/api/v1/journeys', { name, graph: draft }).expect(201)).body;

  it('publishes a journey whose messages use its templates and valid inline content', async () => {
    const { id, problems } = await journey(graph({
      send: { templateId: welcomeEmail },
      steps: [{ channel: 'sms', templateId: reminderSms }, { channel: 'telegram', content: { body: 'Hello {{ contact.telegramChatId }}' } }],
    }));
    expect(problems).toEqual([]);
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
  });

  it('refuses to publish with 422 naming each node and path: missing, foreign or wrong-channel templates, bad variables', async () => {
    const foreign = (await globex.post('/api/v1/templates', { name: 'Theirs', channel: 'sms', body: 'x' }).expect(201)).body.id;
    const missing = randomUUID();
    const { id, problems } = await journey(graph({
      send: { templateId: missing },
      steps: [
        { channel: 'sms', templateId: foreign },
        { channel: 'email', templateId: reminderSms },
        { channel: 'sms', templateId: 'cart-sms' },
        { channel: 'telegram', content: { body: 'Hi {{ contact.firstName }}, your total is {{ event.properties.total }}' } },
        { channel: 'sms', content: { body: '{% if contact.email %}unclosed' } },
      ],
    }), 'Broken');
    const response = await acme.post(`/api/v1/journeys/${id}/publish`).expect(422);
    expect(response.body.message).toMatch(/^The journey has 7 problems/);
    expect(response.body.details).toEqual([
      { nodeId: 'hello', path: 'nodes[1].config.templateId', code: 'template_not_found', message: expect.stringContaining(missing) },
      { nodeId: 'remind', path: 'nodes[2].config.steps[0].templateId', code: 'template_not_found', message: expect.stringContaining(foreign) },
      { nodeId: 'remind', path: 'nodes[2].config.steps[1].templateId', code: 'template_channel_mismatch', message: 'Node "remind", step 2: template "Reminder" is for sms, not email.' },
      { nodeId: 'remind', path: 'nodes[2].config.steps[2].templateId', code: 'template_not_found', message: expect.stringContaining('cart-sms') },
      { nodeId: 'remind', path: 'nodes[2].config.steps[3].content.body', code: 'unknown_variable', message: expect.stringContaining('contact.firstName') },
      { nodeId: 'remind', path: 'nodes[2].config.steps[3].content.body', code: 'no_event', message: expect.stringContaining('event.properties.total') },
      { nodeId: 'remind', path: 'nodes[2].config.steps[4].content.body', code: 'template_syntax', message: expect.stringMatching(/step 5: body, line 1, column 1: /) },
    ]);
    expect(problems).toEqual(response.body.details);
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM journey_versions WHERE journey_id = $1`, [id]);
    expect(count).toBe(0);
  });

  it('lets a journey started by an event read the event', async () => {
    const { id } = await journey(graph({
      trigger: { kind: 'event', event: 'cart_abandoned' },
      send: { content: { subject: 'Your cart', body: '{{ event.properties.total }} from {{ event.name }}' } },
      steps: [{ channel: 'sms', templateId: reminderSms }],
    }), 'Cart');
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
  });

  it('refuses to delete, or move to another channel, a template a published journey sends, naming the journeys', async () => {
    const used = (await acme.post('/api/v1/templates', { name: 'Used', channel: 'sms', body: 'hi' }).expect(201)).body.id;
    const { id } = await journey(graph({ send: { templateId: welcomeEmail }, steps: [{ channel: 'sms', templateId: used }] }), 'Uses it');
    await acme.delete(`/api/v1/templates/${used}`).expect(204);
    const recreated = (await acme.post('/api/v1/templates', { name: 'Used', channel: 'sms', body: 'hi' }).expect(201)).body.id;
    await acme.put(`/api/v1/journeys/${id}`, { graph: graph({ send: { templateId: welcomeEmail }, steps: [{ channel: 'sms', templateId: recreated }] }) }).expect(200);
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);

    const refused = await acme.delete(`/api/v1/templates/${recreated}`).expect(409);
    expect(refused.body).toMatchObject({ statusCode: 409, message: expect.stringContaining(`"Uses it" (${id})`) });
    expect(refused.body.details).toEqual([{ path: 'id', code: 'template_in_use', message: refused.body.message }]);
    await acme.put(`/api/v1/templates/${recreated}`, { channel: 'telegram' }).expect(409);
    await acme.put(`/api/v1/templates/${recreated}`, { body: 'hello again' }).expect(200);
    await acme.get(`/api/v1/templates/${recreated}`).expect(200);
  });

  it('refuses to delete a template that a published journey names in upper case', async () => {
    const shouted = (await acme.post('/api/v1/templates', { name: 'Shouted', channel: 'sms', body: 'hi' }).expect(201)).body.id;
    const { id } = await journey(graph({ send: { templateId: welcomeEmail }, steps: [{ channel: 'sms', templateId: shouted.toUpperCase() }] }), 'Upper case');
    await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
    const refused = await acme.delete(`/api/v1/templates/${shouted}`).expect(409);
    expect(refused.body.message).toContain(`"Upper case" (${id})`);
  });

  it('refuses with 422 an edit that would fail in an active or paused journey sending it, naming the field and the journeys, and saves nothing', async () => {
    const note = (await acme.post('/api/v1/templates', { name: 'Note', channel: 'sms', body: 'Hi {{ contact.email }}' }).expect(201)).body.id;
    const publish = async (name: string, trigger?: Record<string, unknown>) => {
      const { id } = await journey(graph({ trigger, send: { templateId: welcomeEmail }, steps: [{ channel: 'sms', templateId: note.toUpperCase() }] }), name);
      await acme.post(`/api/v1/journeys/${id}/publish`).expect(201);
      return id;
    };
    const onEvent = await publish('Note on event', { kind: 'event', event: 'cart_abandoned' });
    const onApi = await publish('Note on API');
    await acme.post(`/api/v1/journeys/${onApi}/pause`).expect(200);

    const unknown = await acme.put(`/api/v1/templates/${note}`, { body: 'Hi {{ contact.firstName }}' }).expect(422);
    expect(unknown.body).toMatchObject({ statusCode: 422, message: expect.stringMatching(/would fail in journeys that send it: body, line 1, column 7: contact\.firstName: /) });
    expect(unknown.body.details).toEqual([
      { path: 'body', code: 'unknown_variable', message: expect.stringContaining(`; in "Note on API" (${onApi}), "Note on event" (${onEvent})`) },
    ]);
    const noEvent = await acme.put(`/api/v1/templates/${note}`, { name: 'Note v2', body: 'Your total: {{ event.properties.total }}' }).expect(422);
    expect(noEvent.body.details).toEqual([{ path: 'body', code: 'no_event', message: expect.stringContaining(`; in "Note on API" (${onApi})`) }]);
    expect((await acme.get(`/api/v1/templates/${note}`).expect(200)).body).toMatchObject({ name: 'Note', body: 'Hi {{ contact.email }}' });

    // Archived journeys start no one; a journey whose latest version sends another template is not held to it either.
    await acme.delete(`/api/v1/journeys/${onApi}`).expect(204);
    await acme.put(`/api/v1/journeys/${onEvent}`, { graph: graph({ trigger: { kind: 'event', event: 'cart_abandoned' }, send: { templateId: welcomeEmail }, steps: [{ channel: 'sms', templateId: reminderSms }] }) }).expect(200);
    await acme.put(`/api/v1/templates/${note}`, { body: 'Your total: {{ event.properties.total }}' }).expect(200);
    await acme.post(`/api/v1/journeys/${onEvent}/publish`).expect(201);
    await acme.put(`/api/v1/templates/${note}`, { body: 'Hi {{ contact.firstName }}' }).expect(200);
  });
});
