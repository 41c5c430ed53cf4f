import { createTestDatabase, seedWorkspace, type TestDatabase } from '@cascade/testing';
import { copyCustomers } from './copy-customers';
import { generateCustomerBase } from './customer-base';
import type { GeneratedCustomer } from './customer-base.types';
import { loadCustomerBase } from './load-customer-base';

const NOW = '2026-03-01T12:00:00.000Z';

describe('loadCustomerBase', () => {
  let db: TestDatabase;
  let workspaceId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    workspaceId = await seedWorkspace(db.dataSource);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const count = async (sql: string, params: unknown[] = []) => Number((await db.dataSource.query(sql, params))[0].count);

  it('loads exactly the generated base and starts no journey', async () => {
    const generated = [...generateCustomerBase({ seed: 7, contacts: 300, now: NOW })];
    const events = generated.flatMap((customer) => customer.events);
    const purchases = events.filter((event) => event.name === 'purchase').length;

    const loaded = await loadCustomerBase({ databaseUrl: db.url, workspaceId, seed: 7, contacts: 300, now: NOW });

    expect(loaded).toMatchObject({ contacts: 300, events: events.length, purchases });
    expect(loaded.seconds).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) FROM contacts WHERE workspace_id = $1`, [workspaceId])).toBe(300);
    expect(await count(`SELECT count(*) FROM contact_events WHERE workspace_id = $1`, [workspaceId])).toBe(events.length);
    expect(await count(`SELECT count(*) FROM contact_events WHERE workspace_id = $1 AND name = 'purchase'`, [workspaceId])).toBe(purchases);
    expect(await count(`SELECT count(*) FROM event_outbox`)).toBe(0);

    const [first] = generated;
    const [row] = await db.dataSource.query(
      `SELECT c.email, c.phone, c.timezone, c.attributes, c.subscriptions, c.created_at, count(e.id)::int AS events
       FROM contacts c LEFT JOIN contact_events e ON e.contact_id = c.id WHERE c.workspace_id = $1 AND c.external_id = $2 GROUP BY c.id`,
      [workspaceId, first.contact.externalId]);
    expect(row).toEqual({
      email: first.contact.email, phone: first.contact.phone, timezone: first.contact.timezone, attributes: first.contact.attributes,
      subscriptions: first.contact.subscriptions, created_at: new Date(first.contact.createdAt), events: first.events.length,
    });
    const [purchase] = await db.dataSource.query(
      `SELECT properties FROM contact_events WHERE workspace_id = $1 AND name = 'purchase' ORDER BY occurred_at LIMIT 1`, [workspaceId]);
    expect(typeof purchase.properties.amount).toBe('number');
  });

  it('keeps tabs, backslashes, quotes and newlines in values byte for byte', async () => {
    const nasty = 'tab\there, back\\slash \\N \\t, "quoted", new\nline, cr\r, юникод ✓';
    const customer: GeneratedCustomer = {
      persona: 'one_off',
      contact: {
        externalId: `odd\t${nasty}`, email: 'odd@example.com', phone: null, timezone: 'Europe/Moscow',
        attributes: { firstName: nasty, lastName: '\\', city: 'Kazan', birthday: '1990-01-01' },
        subscriptions: {}, createdAt: '2025-01-01T10:00:00.000Z',
      },
      events: [{ name: 'email_opened', occurredAt: '2025-02-01T10:00:00.000Z', properties: { campaign: nasty } }],
    };

    await copyCustomers({ databaseUrl: db.url, workspaceId, customers: [customer] });

    const [row] = await db.dataSource.query(
      `SELECT c.external_id, c.phone, c.attributes, e.properties FROM contacts c JOIN contact_events e ON e.contact_id = c.id
       WHERE c.workspace_id = $1 AND c.email = 'odd@example.com'`, [workspaceId]);
    expect(row).toEqual({ external_id: customer.contact.externalId, phone: null, attributes: customer.contact.attributes, properties: { campaign: nasty } });
  });

  it('loads chunk by chunk over several connections, each chunk all or nothing', async () => {
    const renamed = (prefix: string) => [...generateCustomerBase({ seed: 8, contacts: 23, now: NOW })]
      .map((customer) => ({ ...customer, contact: { ...customer.contact, externalId: `${prefix}-${customer.contact.externalId}` } }));
    const fresh = renamed('fresh');
    const loaded = await copyCustomers({ databaseUrl: db.url, workspaceId, customers: fresh, chunkSize: 4, connections: 3 });
    expect(loaded).toEqual({ contacts: 23, events: fresh.flatMap((customer) => customer.events).length, purchases: expect.any(Number) });
    expect(await count(`SELECT count(*) FROM contacts WHERE workspace_id = $1 AND external_id LIKE 'fresh-%'`, [workspaceId])).toBe(23);

    // The second chunk holds a new customer and one already loaded: it fails whole, the first stays.
    const [later] = renamed('later');
    const load = copyCustomers({ databaseUrl: db.url, workspaceId, customers: [...renamed('ok').slice(0, 2), later, fresh[0]], chunkSize: 2, connections: 1 });
    await expect(load).rejects.toMatchObject({ code: '23505' });
    expect(await count(`SELECT count(*) FROM contacts WHERE workspace_id = $1 AND external_id LIKE 'ok-%'`, [workspaceId])).toBe(2);
    expect(await count(`SELECT count(*) FROM contacts WHERE workspace_id = $1 AND external_id LIKE 'later-%'`, [workspaceId])).toBe(0);
  });
});
