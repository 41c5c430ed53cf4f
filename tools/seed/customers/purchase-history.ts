import type { SeededRandom } from '@cascade/stats';
import { ADD_ONS, CATEGORIES, DISCOUNT, FIRST_ORDER_MIX, REPEAT_ORDER_MIX, type Category } from './catalog';
import { localDaytime, MINUTE_MS } from './local-time';
import { HISTORY_DAYS, type Persona } from './personas';
import type { PurchaseProperties } from './customer-base.types';

export interface Purchase {
  at: number;
  properties: PurchaseProperties;
}

interface Shopper {
  persona: Persona;
  /** Prefix of the contact's order ids, unique in the base. */
  orderPrefix: string;
  utcOffsetHours: number;
  nowMs: number;
}

/** A contact's orders as the persona buys them, in no particular order; none after now. */
export function purchaseHistory(random: SeededRandom, shopper: Shopper): Purchase[] {
  const days = purchaseDays(random, shopper.persona);
  const purchases: Purchase[] = [];
  const order = (category: Category, at: number) => purchases.push({
    at, properties: { orderId: `${shopper.orderPrefix}-${purchases.length + 1}`, amount: price(random, category), category },
  });
  days.forEach((daysAgo, i) => {
    const category = random.weighted(i === 0 ? FIRST_ORDER_MIX : REPEAT_ORDER_MIX).category;
    const at = localDaytime(random, shopper.nowMs, daysAgo, shopper.utcOffsetHours);
    order(category, at);
    for (const addOn of ADD_ONS[category] ?? []) {
      if (!random.chance(addOn.probability)) continue;
      const later = addOn.withinDays === 0
        ? at + random.int(5, 90) * MINUTE_MS
        : localDaytime(random, shopper.nowMs, Math.max(0, daysAgo - random.int(1, addOn.withinDays)), shopper.utcOffsetHours);
      if (later <= shopper.nowMs && later > at) order(addOn.category, later);
    }
  });
  return purchases;
}

/** Days before now of the persona's orders, oldest first: walked back from the last one, gap by jittered gap. */
function purchaseDays(random: SeededRandom, persona: Persona): number[] {
  if (persona.buys === 'never') return [];
  const last = Math.min(HISTORY_DAYS, random.int(...persona.silenceDays));
  if (persona.buys === 'once') return [last];
  const first = Math.min(HISTORY_DAYS, last + random.int(...persona.tenureDays));
  const days: number[] = [];
  for (let day = last; day <= first; day += Math.max(1, Math.round(persona.gapDays * random.between(1 - persona.jitter, 1 + persona.jitter)))) {
    days.push(day);
  }
  return days.reverse();
}

/**
 * A list price ending in 90 roubles (24 990), sometimes with a promo discount (kopecks then appear);
 * what is paid stays within the category's range.
 */
function price(random: SeededRandom, category: Category): number {
  const { minPrice, maxPrice } = CATEGORIES[category];
  const list = Math.round(random.between(minPrice + 100, maxPrice) / 100) * 100 - 10;
  const discount = random.chance(DISCOUNT.probability) ? random.between(DISCOUNT.min, DISCOUNT.max) : 0;
  return Math.max(minPrice, Math.round(list * (1 - discount) * 100) / 100);
}
