import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { GeneratedCustomer } from './customer-base.types';
import { CONTACT_COLUMNS, customerRows, EVENT_COLUMNS, type CustomerRows } from './customer-rows';

export interface LoadCounts {
  contacts: number;
  events: number;
  purchases: number;
}

export interface CopyCustomersOptions {
  databaseUrl: string;
  workspaceId: string;
  customers: Iterable<GeneratedCustomer>;
  /** Customers per transaction: what is held in memory per connection. */
  chunkSize?: number;
  /** Connections loading chunks side by side. */
  connections?: number;
  /** Called after each committed chunk with the running totals. */
  onChunk?: (totals: LoadCounts) => void;
}

/**
 * Writes customers into `contacts` and `contact_events` with COPY, a chunk at a time, so a base of any
 * size loads in bounded memory. Each chunk is one transaction (its contacts, then their events), so a
 * failure leaves whole customers only. Nothing goes to `event_outbox`: loaded history starts no journey.
 */
export async function copyCustomers(options: CopyCustomersOptions): Promise<LoadCounts> {
  const { databaseUrl, workspaceId, chunkSize = 2_000, connections = 2 } = options;
  const chunks = rowChunks(workspaceId, options.customers, chunkSize);
  const totals: LoadCounts = { contacts: 0, events: 0, purchases: 0 };
  const clients = Array.from({ length: connections }, () => new Client({ connectionString: databaseUrl }));
  try {
    await Promise.all(clients.map((client) => client.connect()));
    // Each connection draws the next chunk when it is free; the generator runs on demand, never ahead.
    const loaders = clients.map(async (client) => {
      for (const rows of chunks) {
        await copyChunk(client, rows);
        totals.contacts += rows.contactCount;
        totals.events += rows.eventCount;
        totals.purchases += rows.purchaseCount;
        options.onChunk?.({ ...totals });
      }
    });
    const failed = (await Promise.allSettled(loaders)).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return totals;
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}

function* rowChunks(workspaceId: string, customers: Iterable<GeneratedCustomer>, size: number): Generator<CustomerRows> {
  let chunk: GeneratedCustomer[] = [];
  for (const customer of customers) {
    chunk.push(customer);
    if (chunk.length === size) {
      yield customerRows(workspaceId, chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) yield customerRows(workspaceId, chunk);
}

async function copyChunk(client: Client, rows: CustomerRows): Promise<void> {
  await client.query('BEGIN');
  try {
    await copy(client, `COPY contacts (${CONTACT_COLUMNS}) FROM STDIN`, rows.contacts);
    if (rows.eventCount > 0) await copy(client, `COPY contact_events (${EVENT_COLUMNS}) FROM STDIN`, rows.events);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function copy(client: Client, sql: string, text: string): Promise<void> {
  await pipeline(Readable.from([text]), client.query(copyFrom(sql)));
}
