import { join } from 'node:path';
import request from 'supertest';
import type { Browser, Locator, Page } from 'playwright-core';
import { refreshWorkspaceSegments } from '@cascade/engine';
import { seedAssignments, waitFor, type SeededAssignment } from '@cascade/testing';
import { repoRoot } from '../../paths';
import { loadCustomerBase } from '../../seed/customers/load-customer-base';
import { buildWebIfStale } from '../../start/build-web';
import { startTestStack, type TestStack } from '../test-stack';
import { launchBrowser, screenshot, signIn } from './browser';

// The marketer's and analyst's path through the real product in a real browser: build the
// abandoned-cart journey with a cascade by drag and drop, publish it, watch contacts move on the
// canvas, stop the cascade from the sandbox inbox, read an experiment's results.
/** A two-variant split in front of two welcome emails; conversion: a purchase within 7 days. */
const AB_GRAPH = {
  nodes: [
    { id: 'start', type: 'trigger', config: { kind: 'event', event: 'signed_up' } },
    { id: 'ab', type: 'split', label: 'A/B 50/50', config: { variants: [{ id: 'a', label: 'Welcome A', weight: 50 }, { id: 'b', label: 'Welcome B', weight: 50 }], control: 'a' } },
    { id: 'send_a', type: 'send', config: { channel: 'email', content: { subject: 'Welcome', body: 'Hello' } } },
    { id: 'send_b', type: 'send', config: { channel: 'email', content: { subject: 'Welcome!', body: 'Hello there' } } },
    { id: 'done', type: 'exit' },
  ],
  edges: [
    { from: 'start', to: 'ab' }, { from: 'ab', handle: 'a', to: 'send_a' }, { from: 'ab', handle: 'b', to: 'send_b' },
    { from: 'send_a', to: 'done' }, { from: 'send_b', to: 'done' },
  ],
  settings: { goal: { event: 'purchase', within: 'P7D' } },
};

describe('the visual builder and the analyst views, in chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let journeyId: string;
  const api = () => request(stack.app.getHttpServer());
  const apiKey = () => stack.auth.Authorization.slice('Bearer '.length);

  beforeAll(async () => {
    await buildWebIfStale(repoRoot, () => undefined);
    stack = await startTestStack('web', { webDist: join(repoRoot, 'apps', 'web', 'dist') });
    await stack.startDispatcher();
    await stack.app.listen(0, '127.0.0.1');
    baseUrl = (await stack.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('dialog', (dialog) => void dialog.accept());
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const node = (id: string) => page.getByTestId(`node-${id}`);
  const handle = (id: string, name: string) => node(id).locator(`[data-handleid="${name}"]`);
  const count = (selector: string) => page.locator(selector).count();
  /** Repeats a mouse gesture until it has the effect wanted: on a loaded machine a drag can start before the canvas settled. */
  async function until(done: () => Promise<boolean>, gesture: () => Promise<void>, what: string) {
    for (let attempt = 0; attempt < 3; attempt++) {
      await gesture();
      for (let wait = 0; wait < 20; wait++) {
        if (await done()) return;
        await page.waitForTimeout(100);
      }
    }
    throw new Error(`${what} did not happen`);
  }
  /** Drags from a node's output handle to another node's input, as a person does: press, move in steps, release. */
  async function connect(from: string, output: string, to: string) {
    const edges = await count('.react-flow__edge');
    await until(async () => (await count('.react-flow__edge')) > edges, async () => {
      const start = (await handle(from, output).boundingBox())!;
      const end = (await node(to).locator('.journey-handle-in').boundingBox())!;
      await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
      await page.mouse.down();
      await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
      await page.mouse.up();
    }, `connecting ${from}.${output} to ${to}`);
  }
  /** Drags a palette item onto the canvas at a share of its width and height. */
  async function dropOnCanvas(item: string, x: number, y: number) {
    const canvas = page.getByLabel('Journey canvas');
    const box = (await canvas.boundingBox())!;
    const nodes = await count('[data-testid^="node-"]');
    await until(async () => (await count('[data-testid^="node-"]')) > nodes,
      () => page.getByRole('button', { name: item, exact: true }).dragTo(canvas, { targetPosition: { x: box.width * x, y: box.height * y } }),
      `dropping ${item}`);
  }

  it('builds the abandoned-cart journey by drag and drop, shows the unconnected handle on its node, and publishes once it is fixed', async () => {
    await signIn(page, baseUrl, apiKey());
    await eventually(page.getByTestId('workspace-name')).toHaveText('web');
    await page.getByRole('button', { name: 'New journey' }).click();
    await page.getByLabel('Journey name').fill('Abandoned cart');
    await page.getByRole('button', { name: 'Create' }).click();
    await node('start').waitFor();
    journeyId = page.url().split('/journeys/')[1];

    await node('start').click();
    await page.getByLabel('Event name').fill('cart_abandoned');
    await dropOnCanvas('Cascade', 0.3, 0.75);
    await dropOnCanvas('Exit', 0.75, 0.75);
    const ids = await page.locator('[data-testid^="node-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')!.slice(5)));
    const cascade = ids.find((id) => id.startsWith('cascade'))!;
    const exit = ids.find((id) => id.startsWith('exit'))!;
    await connect('start', 'next', cascade);
    await connect(cascade, 'success', exit);

    // The cascade's "exhausted" output leads nowhere: the problem shows on that node.
    await eventually(node(cascade).getByLabel(/problem/)).toHaveAttribute('aria-label', /exhausted/);
    await screenshot(page, 'editor-validation');
    await connect(cascade, 'exhausted', exit);
    await eventually(page.getByRole('status').filter({ hasText: /problem/ })).toHaveText('No problems');
    await page.getByRole('button', { name: 'Auto-layout' }).click();

    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Note').fill('Email first, SMS if not opened');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await waitFor(async () => ((await api().get(`/api/v1/journeys/${journeyId}/versions`).set(stack.auth)).body.length === 1) || undefined);
    const { body: versions } = await api().get(`/api/v1/journeys/${journeyId}/versions`).set(stack.auth).expect(200);
    expect(versions).toEqual([expect.objectContaining({ version: 1, note: 'Email first, SMS if not opened' })]);
    const { body: journey } = await api().get(`/api/v1/journeys/${journeyId}`).set(stack.auth).expect(200);
    expect(journey.draft.edges).toEqual(expect.arrayContaining([
      expect.objectContaining({ from: 'start', to: cascade }),
      expect.objectContaining({ from: cascade, handle: 'success', to: exit }),
      expect.objectContaining({ from: cascade, handle: 'exhausted', to: exit }),
    ]));
    await screenshot(page, 'editor-published');
  });

  it('shows contacts moving on the canvas as events arrive, and "opened" from the sandbox inbox stops the cascade', async () => {
    await api().post('/api/v1/contacts').set(stack.auth).send({ externalId: 'anna', email: 'anna@example.com', phone: '+79990000001' }).expect(201);
    await page.getByRole('button', { name: 'Live stats' }).click();
    await eventually(node('start').getByLabel('live stats')).toHaveText(/^0 in/);
    await api().post('/api/v1/events').set(stack.auth).send({ externalId: 'anna', name: 'cart_abandoned' }).expect(202);
    await eventually(node('start').getByLabel('live stats')).toHaveText(/^1 in/);
    const cascade = (await page.locator('[data-testid^="node-cascade"]').getAttribute('data-testid'))!.slice(5);
    await eventually(node(cascade).getByLabel('live stats')).toHaveText(/^1 in\s+1 waiting\s+1 sent · 0 opened/);
    await screenshot(page, 'editor-live-stats');

    await page.getByRole('link', { name: 'Sandbox inbox' }).click();
    await page.getByRole('button', { name: /^anna@example.com — / }).click();
    await page.getByRole('button', { name: 'Opened', exact: true }).click();
    await screenshot(page, 'sandbox-inbox');
    const enrollment = await waitFor(async () => {
      const { body } = await api().get(`/api/v1/journeys/${journeyId}/enrollments`).set(stack.auth).expect(200);
      return body.items[0]?.status === 'active' ? undefined : body.items[0];
    });
    const { body: trace } = await api().get(`/api/v1/enrollments/${enrollment.id}`).set(stack.auth).expect(200);
    expect(trace.steps).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'node_exited', nodeId: cascade, handle: 'success' })]));
    expect(trace.messages.map((message: { channel: string }) => message.channel)).toEqual(['email']); // no SMS: the cascade stopped

    await page.goto(`${baseUrl}/#/journeys/${journeyId}`);
    await page.getByRole('button', { name: 'Live stats' }).click();
    await eventually(node(cascade).getByLabel('live stats')).toHaveText(/^1 in\s+1 sent · 1 opened/);
  });

  it("opens the A/B demo journey's experiment results: variants, intervals, verdict", async () => {
    const { body: created } = await api().post('/api/v1/journeys').set(stack.auth).send({ name: 'A/B test of the first message', graph: AB_GRAPH }).expect(201);
    await api().post(`/api/v1/journeys/${created.id}/publish`).set(stack.auth).send({}).expect(201);
    const [version] = await stack.db.dataSource.query(`SELECT id FROM journey_versions WHERE journey_id = $1`, [created.id]);
    const cohort = (variant: string, n: number, converted: number): SeededAssignment[] =>
      Array.from({ length: n }, (_, i) => ({ variant, converted: i < converted, revenue: 40 }));
    await seedAssignments(stack.db.dataSource, { journeyId: created.id, versionId: version.id, workspaceId: stack.workspaceId }, [...cohort('a', 2_000, 100), ...cohort('b', 2_000, 140)]);

    await page.goto(`${baseUrl}/#/journeys/${created.id}/experiments`);
    const experiment = page.getByRole('region', { name: 'Experiment A/B 50/50' });
    await eventually(experiment).toHaveText(/Welcome B beats Welcome A with (more than )?\d+% probability/);
    await eventually(experiment.getByRole('table').first()).toHaveText(/Welcome A[\s\S]*2,000\s+100\s+5\.00%[\s\S]*Welcome B[\s\S]*2,000\s+140\s+7\.00%/);
    await screenshot(page, 'experiment-results');
  });

  it('shows the other pages: journeys, segments, contacts, a contact, analytics', async () => {
    // A small generated customer base, so the CRM pages have something to show.
    await loadCustomerBase({ databaseUrl: stack.db.url, workspaceId: stack.workspaceId, seed: 1, contacts: 200, now: new Date().toISOString() });
    await refreshWorkspaceSegments(stack.db.dataSource, { workspaceId: stack.workspaceId });
    for (const [link, name] of [['Journeys', 'journeys'], ['Segments', 'segments'], ['Contacts', 'contacts'], ['Analytics', 'analytics']]) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, name);
    }
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await page.getByLabel('Search contacts').fill('anna@example.com');
    await page.getByRole('link', { name: 'anna', exact: true }).click();
    await eventually(page.getByRole('main')).toHaveText(/cart_abandoned/);
    await screenshot(page, 'contact');
  });
});

// playwright-core has no test runner: locator checks that poll, as Playwright's own expect does.
function eventually(locator: Locator) {
  const poll = async (read: () => Promise<string>, matches: (seen: string) => boolean, what: string) => {
    const deadline = Date.now() + 20_000;
    let seen = '';
    for (;;) {
      seen = await read().catch((error: Error) => `(${error.message.split('\n')[0]})`);
      if (matches(seen)) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${seen.slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return {
    toHaveText: (text: string | RegExp) =>
      poll(async () => (await locator.innerText()).trim(), (shown) => (typeof text === 'string' ? shown === text : text.test(shown)), `text ${text}`),
    toHaveAttribute: (name: string, value: RegExp) => poll(async () => (await locator.getAttribute(name)) ?? '', (shown) => value.test(shown), `${name} ~ ${value}`),
  };
}
