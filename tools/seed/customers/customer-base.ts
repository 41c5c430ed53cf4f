import type { CustomerBaseOptions, GeneratedCustomer } from './customer-base.types';
import { newsletterCampaigns } from './email-engagement';
import { generateCustomer } from './generate-customer';

/**
 * A realistic demo customer base, one customer at a time so any size streams: contacts with purchase
 * histories of different cadences and email engagement, ending at `now`. Pure: the same options
 * give the same base, and contact N is the same in a base of any size.
 */
export function* generateCustomerBase({ seed, contacts, now }: CustomerBaseOptions): Generator<GeneratedCustomer> {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(contacts) || contacts < 0) throw new RangeError(`contacts must be a whole number, got ${contacts}`);
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`now must be an ISO instant, got "${now}"`);
  const campaigns = newsletterCampaigns(nowMs);
  for (let number = 1; number <= contacts; number++) yield generateCustomer(seed, number, nowMs, campaigns);
}
