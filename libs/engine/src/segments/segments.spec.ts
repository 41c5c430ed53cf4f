import { createWorkspace } from '@cascade/db';
import { lifecycleStages, scoreRfm } from '@cascade/segments';
import { createTestDatabase, type TestDatabase } from '@cascade/testing';
import { reevaluateContact } from './reevaluate-contact';
import { refreshWorkspaceSegments } from './refresh-segments';
import { NOW, daysAgo, insertContact, insertSegment, members, purchase, segmentEvents } from './segments.test-helpers';

let db: TestDatabase;
beforeAll(async () => { db = await createTestDatabase(); });
afterAll(async () => { await db?.drop(); });

const workspace = async (name: string) => (await createWorkspace(db.dataSource, name)).workspaceId;

describe('RFM and lifecycle scores over the database', () => {
  it('match the pure scoring of the same purchases, ties at quantile borders included', async () => {
    const ws = await workspace('scores');
    const d = db.dataSource;
    // Six customers, 3 levels. Recency ties at 10 days straddle the border between levels 1 and 2.
    const history: Record<string, [days: number, amount: number][]> = {
      a: [[10, 500], [40, 500], [70, 500]],
      b: [[10, 100], [200, 100]],
      c: [[10, 5_000]],
      d: [[90, 50], [120, 50], [150, 50], [180, 50]],
      e: [[300, 20]],
      f: [[500, 999]], // before the one-year period: a customer without an RFM score
    };
    const ids: Record<string, string> = {};
    for (const [who, purchases] of Object.entries(history)) {
      ids[who] = await insertContact(d, ws, who);
      for (const [days, amount] of purchases) await purchase(d, ws, ids[who], daysAgo(days), amount);
    }
    await insertContact(d, ws, 'prospect');
    await d.query(`INSERT INTO workspace_analytics (workspace_id, settings) VALUES ($1, $2)`, [ws, JSON.stringify({ rfm: { levels: 3 } })]);

    await refreshWorkspaceSegments(d, { workspaceId: ws, now: NOW });

    const rows: { external_id: string; rfm_code: string | null; lifecycle_stage: string | null }[] = await d.query(
      `SELECT c.external_id, s.rfm_code, s.lifecycle_stage FROM contact_scores s JOIN contacts c ON c.id = s.contact_id ORDER BY 1`);
    const contacts = Object.entries(history).map(([who, purchases]) => ({
      contactId: who, purchases: purchases.map(([days, amount]) => ({ at: daysAgo(days), amount })),
    }));
    const expectedRfm = scoreRfm({ contacts, now: NOW, period: 'P1Y', levels: 3 });
    const expectedStages = lifecycleStages({ contacts, now: NOW });
    expect(rows).toEqual(Object.keys(history).map((who) => ({
      external_id: who,
      rfm_code: expectedRfm.scores.find((score) => score.contactId === who)?.code ?? null,
      lifecycle_stage: expectedStages.find((stage) => stage.contactId === who)!.stage,
    })));
    // By hand: recency 10,10,10,90,300 → a, b, c share level 1; d is level 2 (rank 3 × 3 / 5 = 1.8); e level 3.
    // Frequency 3,2,1,4,1 → d 1, a 1 (rank 1), b 2, c and e tie at rank 3 → 2 (3 × 3 / 5 = 1.8 → 1 + 1).
    // Monetary 1500,200,5000,200,20 → c 1, a 1, b and d tie at rank 2 → 2, e 3.
    expect(rows.map((row) => `${row.external_id} ${row.rfm_code} ${row.lifecycle_stage}`)).toEqual([
      'a 1-1-1 active', 'b 1-2-2 active', 'c 1-2-1 new', 'd 2-1-2 sleeping', 'e 3-2-3 sleeping', 'f null churned',
    ]);
  });
});

describe('materialised membership', () => {
  it('"city is Kazan and in RFM cell 1-1-1" reads the RFM segment\'s memberships', async () => {
    const ws = await workspace('kazan');
    const d = db.dataSource;
    const best = await insertContact(d, ws, 'kazan-best', { city: 'Kazan' });
    const moscowBest = await insertContact(d, ws, 'moscow-best', { city: 'Moscow' });
    const kazanRare = await insertContact(d, ws, 'kazan-rare', { city: 'kazan' });
    for (const id of [best, moscowBest]) for (const days of [1, 20, 40]) await purchase(d, ws, id, daysAgo(days), 9_000);
    await purchase(d, ws, kazanRare, daysAgo(200), 100);
    await d.query(`INSERT INTO workspace_analytics (workspace_id, settings) VALUES ($1, $2)`, [ws, JSON.stringify({ rfm: { levels: 3 } })]);
    const rfm111 = await insertSegment(d, ws, 'RFM 1-1-1', { kind: 'rfm', codes: ['1-1-1'], cells: [] });
    // Created first, so its evaluation order must come from the dependency, not creation order.
    const kazan = await insertSegment(d, ws, 'Kazan champions', {
      kind: 'rule', condition: { all: [{ attribute: 'city', op: 'eq', value: 'Kazan' }, { inSegment: rfm111 }] },
    });
    await d.query(`UPDATE segments SET created_at = now() - interval '1 hour' WHERE id = $1`, [kazan]);

    await refreshWorkspaceSegments(d, { workspaceId: ws, now: NOW });

    expect(await members(d, rfm111)).toEqual(['kazan-best', 'moscow-best']);
    expect(await members(d, kazan)).toEqual(['kazan-best']);
    // The first fill records members without entry events: creating a segment enrolls nobody.
    expect(await segmentEvents(d, kazan)).toEqual([]);
    expect(await members(d, kazan)).toHaveLength(1);
  });

  it('a later refresh records entering and leaving with times and events, once', async () => {
    const ws = await workspace('refresh');
    const d = db.dataSource;
    const recent = await insertContact(d, ws, 'recent');
    await purchase(d, ws, recent, daysAgo(20), 100);
    await insertContact(d, ws, 'later');
    const segment = await insertSegment(d, ws, 'Bought in 30 days', { kind: 'rule', condition: { event: 'purchase', within: 'P30D' } });
    await refreshWorkspaceSegments(d, { workspaceId: ws, now: NOW });
    expect(await members(d, segment)).toEqual(['recent']);

    // Fifteen days on: "recent" bought 35 days ago (time alone moved them out); "later" bought yesterday.
    const later = daysAgo(-15);
    await purchase(d, ws, (await d.query(`SELECT id FROM contacts WHERE external_id = 'later'`))[0].id, daysAgo(1, later), 50);
    await refreshWorkspaceSegments(d, { workspaceId: ws, now: later });
    await refreshWorkspaceSegments(d, { workspaceId: ws, now: later });

    expect(await members(d, segment)).toEqual(['later']);
    expect(await segmentEvents(d, segment)).toEqual(['entered:later', 'exited:recent']);
    const [stay] = await d.query(`SELECT entered_at, exited_at FROM segment_memberships WHERE contact_id = $1`, [recent]);
    expect([stay.entered_at.toISOString(), stay.exited_at.toISOString()]).toEqual([NOW, later]);
  });

  it('a purchase re-evaluates one contact at once: sleeping → active, with its entry event', async () => {
    const ws = await workspace('reevaluate');
    const d = db.dataSource;
    const monthly = await insertContact(d, ws, 'monthly');
    for (const days of [100, 130, 160, 190]) await purchase(d, ws, monthly, daysAgo(days), 1_000);
    const sleeping = await insertSegment(d, ws, 'Sleeping', { kind: 'lifecycle', stages: ['sleeping'] });
    const active = await insertSegment(d, ws, 'Active', { kind: 'lifecycle', stages: ['active'] });
    await refreshWorkspaceSegments(d, { workspaceId: ws, now: NOW });
    expect(await members(d, sleeping)).toEqual(['monthly']);

    await purchase(d, ws, monthly, NOW, 1_000);
    const changes = await reevaluateContact(d, { workspaceId: ws, contactId: monthly, now: NOW });

    expect(changes).toEqual({ entered: [active], exited: [sleeping] });
    expect(await members(d, active)).toEqual(['monthly']);
    expect(await segmentEvents(d, active)).toEqual(['entered:monthly']);
    expect(await segmentEvents(d, sleeping)).toEqual(['exited:monthly']);
    // Nothing changed since: evaluating again records nothing more.
    expect(await reevaluateContact(d, { workspaceId: ws, contactId: monthly, now: NOW })).toEqual({ entered: [], exited: [] });
  });
});
