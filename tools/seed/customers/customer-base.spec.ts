import { CATEGORIES } from './catalog';
import { CITIES } from './cities';
import { generateCustomerBase } from './customer-base';
import type { GeneratedCustomer, PurchaseProperties } from './customer-base.types';
import { HISTORY_DAYS, type PersonaName } from './personas';

const NOW = '2026-03-01T12:00:00.000Z';
const DAY_MS = 86_400_000;
const base = (seed: number, contacts: number) => [...generateCustomerBase({ seed, contacts, now: NOW })];
const purchasesOf = (customer: GeneratedCustomer) =>
  customer.events.filter((event) => event.name === 'purchase').map((event) => ({ at: Date.parse(event.occurredAt), ...(event.properties as PurchaseProperties) }));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('generateCustomerBase', () => {
  const customers = base(42, 2_000);
  const byPersona = (name: PersonaName) => customers.filter((customer) => customer.persona === name);

  it('gives the same base for the same seed, another for another seed, and contact N whatever the size', () => {
    expect(base(42, 200)).toEqual(customers.slice(0, 200));
    const other = base(43, 200);
    expect(other).not.toEqual(customers.slice(0, 200));
    expect(other.map((customer) => customer.contact.externalId)).toEqual(customers.slice(0, 200).map((customer) => customer.contact.externalId));
  });

  it('keeps every event within three years before now, after sign-up, oldest first', () => {
    const now = Date.parse(NOW);
    for (const { contact, events } of customers) {
      const createdAt = Date.parse(contact.createdAt);
      expect(createdAt).toBeGreaterThanOrEqual(now - (HISTORY_DAYS + 1) * DAY_MS);
      const times = events.map((event) => Date.parse(event.occurredAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const time of times) {
        expect(time).toBeLessThanOrEqual(now);
        expect(time).toBeGreaterThan(createdAt);
      }
    }
  });

  it('mixes prospects, one-off and repeat buyers at about five purchases a contact', () => {
    const counts = customers.map((customer) => purchasesOf(customer).length);
    const average = counts.reduce((sum, count) => sum + count, 0) / customers.length;
    expect(average).toBeGreaterThan(4);
    expect(average).toBeLessThan(6);
    const neverBought = counts.filter((count) => count === 0).length / customers.length;
    expect(neverBought).toBeGreaterThan(0.1);
    expect(neverBought).toBeLessThan(0.2);
    expect(byPersona('one_off').every((customer) => purchasesOf(customer).length >= 1)).toBe(true);
  });

  it('spaces weekly buyers far closer than yearly ones, and lapsed buyers have been silent for months', () => {
    const medianGapDays = (name: PersonaName) => median(byPersona(name).flatMap((customer) => {
      const orders = purchasesOf(customer).filter((purchase) => purchase.category !== 'mattress_cover' && purchase.category !== 'insurance');
      return orders.slice(1).map((order, i) => (order.at - orders[i].at) / DAY_MS);
    }));
    expect(medianGapDays('weekly')).toBeLessThan(10);
    expect(medianGapDays('yearly')).toBeGreaterThan(300);
    expect(medianGapDays('weekly') * 20).toBeLessThan(medianGapDays('yearly'));
    for (const customer of byPersona('lapsed')) {
      const last = Math.max(...purchasesOf(customer).map((purchase) => purchase.at));
      expect(Date.parse(NOW) - last).toBeGreaterThan(250 * DAY_MS);
      expect(purchasesOf(customer).length).toBeGreaterThan(2);
    }
  });

  it('sells every category at prices of its range, and many mattress buyers also take a cover', () => {
    const purchases = customers.flatMap(purchasesOf);
    expect(new Set(purchases.map((purchase) => purchase.category))).toEqual(new Set(Object.keys(CATEGORIES)));
    for (const { category, amount } of purchases) {
      const { minPrice, maxPrice } = CATEGORIES[category as keyof typeof CATEGORIES];
      expect(amount).toBeGreaterThanOrEqual(minPrice);
      expect(amount).toBeLessThanOrEqual(maxPrice);
      expect(Math.round(amount * 100) / 100).toBe(amount);
    }
    expect(new Set(purchases.map((purchase) => purchase.orderId)).size).toBe(purchases.length);
    const mattressBuyers = customers.filter((customer) => purchasesOf(customer).some((purchase) => purchase.category === 'mattress'));
    const withCover = mattressBuyers.filter((customer) => purchasesOf(customer).some((purchase) => purchase.category === 'mattress_cover'));
    expect(withCover.length).toBeGreaterThan(mattressBuyers.length * 0.3);
    expect(withCover.length).toBeLessThan(mattressBuyers.length);
  });

  it('has engaged email readers who open often, and many who never open', () => {
    const opens = customers.map((customer) => customer.events.filter((event) => event.name === 'email_opened').length);
    expect(opens.filter((count) => count >= 5).length).toBeGreaterThan(customers.length * 0.1);
    expect(opens.filter((count) => count === 0).length).toBeGreaterThan(customers.length * 0.3);
    const clicks = customers.flatMap((customer) => customer.events.filter((event) => event.name === 'email_clicked'));
    expect(clicks.length).toBeGreaterThan(0);
    expect(clicks[0].properties).toEqual({ campaign: expect.stringMatching(/^newsletter-\d{4}-\d{2}-\d{2}$/) });
    const unsubscribed = customers.filter((customer) => customer.contact.subscriptions.email === false);
    expect(unsubscribed.length).toBeGreaterThan(0);
    expect(unsubscribed.every((customer) => customer.events.every((event) => event.name === 'purchase'))).toBe(true);
  });

  it('names contacts from their number, in example.com, with E.164 phones and the zone of their city', () => {
    expect(customers[122].contact).toMatchObject({ externalId: 'cust-000123', email: 'c000123@example.com' });
    const zones = new Map<string, string>(CITIES.map(({ city, timezone }) => [city, timezone]));
    for (const { contact } of customers) {
      expect(contact.email).toMatch(/^c\d{6,}@example\.com$/);
      if (contact.phone !== null) expect(contact.phone).toMatch(/^\+7900\d{7}$/);
      expect(contact.timezone).toBe(zones.get(contact.attributes.city));
    }
    expect(new Set(customers.map((customer) => customer.contact.attributes.city))).toEqual(new Set(zones.keys()));
    expect(zones.get('Kazan')).toBe('Europe/Moscow');
    expect(zones.get('Novosibirsk')).toBe('Asia/Novosibirsk');
  });

  it('refuses options it cannot honour', () => {
    expect(() => base(1.5, 1)).toThrow(/seed/);
    expect(() => [...generateCustomerBase({ seed: 1, contacts: 1, now: 'yesterday' })]).toThrow(/now/);
  });
});
