import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { runMain } from '@cascade/config';
import { generateLargeJourney } from '@cascade/journey';
import { launchBrowser } from '../../e2e/web/browser';
import { repoRoot } from '../../paths';
import { buildWebIfStale } from '../../start/build-web';

/**
 * The editor with a large journey in Debian's chromium: time until its node cards are on screen,
 * then frame times while panning the canvas. The web app is the production build; the API is
 * answered in the page (a generated journey), so the figures are the browser's alone.
 * Prints figures, asserts nothing. `npm run bench:web -- [nodes=200]`
 */
const NODES = Number(process.argv[2] ?? 200);
const DIST = join(repoRoot, 'apps', 'web', 'dist');
const JOURNEY_ID = '00000000-0000-4000-8000-000000000200';

runMain(async () => {
  await buildWebIfStale(repoRoot, (line) => console.log(line));
  const server = await serveStatic(DIST);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    const graph = generateLargeJourney(NODES);
    const now = new Date().toISOString();
    const answers: Record<string, unknown> = {
      '/api/v1/workspace': { id: 'w', name: 'bench', createdAt: now },
      [`/api/v1/journeys/${JOURNEY_ID}`]: { id: JOURNEY_ID, name: `${NODES} nodes`, status: 'draft', draft: graph, createdAt: now, updatedAt: now, latestVersion: null },
      [`/api/v1/journeys/${JOURNEY_ID}/versions`]: [],
      '/api/v1/channels': [{ type: 'email', label: 'Email', configSchema: { type: 'object' }, configured: false }, { type: 'sms', label: 'SMS', configSchema: { type: 'object' }, configured: false }],
      '/api/v1/segments': [],
      '/api/v1/templates': [],
    };
    await page.route('**/api/v1/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      return route.fulfill({ json: answers[path] ?? {}, status: path in answers ? 200 : 404 });
    });
    await page.route('**/health', (route) => route.fulfill({ json: { status: 'ok', postgres: 'up', temporal: 'up' } }));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    await page.addInitScript({ content: `localStorage.setItem('cascade.apiKey', 'csk_bench')` });

    const started = Date.now();
    await page.goto(`${base}/#/journeys/${JOURNEY_ID}`);
    // Only cards in view are rendered (onlyRenderVisibleElements): wait for the first ones and the canvas to settle.
    await page.locator('[data-testid^="node-"]').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const loaded = Date.now() - started;
    const rendered = await page.locator('[data-testid^="node-"]').count();
    console.log(`Editor benchmark: ${NODES} nodes, ${graph.edges.length} edges`);
    console.log(`  open the journey until its cards are on screen: ${loaded} ms (${rendered} of ${NODES} cards in view at the opening zoom)`);

    for (const zoom of ['fit view', 'zoomed in']) {
      if (zoom === 'zoomed in') for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'zoom in' }).click();
      const frames = await panAndMeasure(page);
      console.log(`  pan 800 px (${zoom}): ${frames.count} frames, median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, `
        + `longest ${frames.max.toFixed(1)} ms, frames over 50 ms: ${frames.over50}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
});

/** Drags the empty canvas 800 px in 60 mouse moves while recording requestAnimationFrame intervals. */
async function panAndMeasure(page: import('playwright-core').Page) {
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  // In-page scripts as text: this file is compiled without the DOM's types.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.recording_ = true;
    let last = performance.now();
    const tick = (now) => { window.frames_.push(now - last); last = now; if (window.recording_) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const y = box.y + box.height - 20;
  await page.mouse.move(box.x + box.width - 20, y);
  await page.mouse.down();
  for (let step = 1; step <= 60; step++) await page.mouse.move(box.x + box.width - 20 - (800 * step) / 60, y - (200 * step) / 60);
  await page.mouse.up();
  const frames = (await page.evaluate('window.recording_ = false, window.frames_.slice(1)')) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { count: frames.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, over50: frames.filter((f) => f > 50).length };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

function serveStatic(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
