/** The OpenAPI description of GET/PUT /api/v1/settings/analytics. */
export const ANALYTICS_SETTINGS_DOC = [
  'PUT replaces the settings: a field left out returns to its default. Invalid settings are answered with 400 naming the field;',
  'settings that would make an existing RFM segment invalid (a code outside the new levels, a cell name the new mapping lacks) with 422 naming the segments.',
  'Scores and segments follow the new settings at the next refresh.',
  '- **purchaseEvent** (default `purchase`): the event that is a purchase.',
  '- **amountProperty** (default `amount`): the purchase property holding the order value, a number or numeric text.',
  '- **rfm.period** (default `P1Y`): ISO duration of purchase history RFM scores look at.',
  '- **rfm.levels** (3 or 5, default 5): quantile levels per dimension; level 1 is the best (most recent, most frequent, highest spending).',
  '- **rfm.cells**: named cells over R×F, `{ name, r: [min, max], f: [min, max] }`; a cell takes the name of the first rule that holds it. Defaults depend on `levels` (champions, loyal, new, potential_loyalists, cant_lose, at_risk, hibernating, lost).',
  '- **lifecycle**: `newWithin` (P30D), `singlePurchaseSleepingAfter` (P90D), `singlePurchaseChurnedAfter` (P365D), `minCadence` (P7D), `sleepingFactor` (2), `churnedFactor` (4); see GET /api/v1/analytics/lifecycle.',
].join('\n');
