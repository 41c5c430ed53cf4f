import { copyCustomers, type LoadCounts } from './copy-customers';
import { generateCustomerBase } from './customer-base';
import type { CustomerBaseOptions } from './customer-base.types';

export interface LoadCustomerBaseOptions extends CustomerBaseOptions {
  databaseUrl: string;
  /** An existing workspace; its contacts must not already use the generated external ids (cust-000001...). */
  workspaceId: string;
  /** Progress lines for long loads. */
  log?: (line: string) => void;
}

export interface LoadedCustomerBase extends LoadCounts {
  seconds: number;
}

/** Contacts between two progress lines. */
const PROGRESS_EVERY = 100_000;

/** Generates the demo customer base and streams it into the workspace with COPY (see copyCustomers). */
export async function loadCustomerBase(options: LoadCustomerBaseOptions): Promise<LoadedCustomerBase> {
  const { databaseUrl, workspaceId, seed, contacts, now, log } = options;
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  let reported = 0;
  const counts = await copyCustomers({
    databaseUrl,
    workspaceId,
    customers: generateCustomerBase({ seed, contacts, now }),
    onChunk: (totals) => {
      if (!log || totals.contacts - reported < PROGRESS_EVERY) return;
      reported = totals.contacts;
      log(`  ${totals.contacts.toLocaleString('en')} / ${contacts.toLocaleString('en')} contacts, ${Math.round(totals.contacts / seconds()).toLocaleString('en')} contacts/s`);
    },
  });
  return { ...counts, seconds: seconds() };
}
