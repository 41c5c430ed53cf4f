import { METRIC_DEFINITIONS } from '@cascade/engine';

// The definitions each report implements, as its OpenAPI operation shows them (docs/segments-and-analytics.md#metric-definitions).

const definitions = (keys: string[]) => keys.map((key) => `- **${key}**: ${METRIC_DEFINITIONS[key]}`).join('\n');

export const RFM_REPORT_DOC = {
  summary: 'RFM grid: contacts and revenue per recency × frequency cell, named cell and R-F-M code',
  description: [
    'Scores as of the last refresh (`refreshedAt`) of the workspace\'s scores, over purchases in the RFM `period` (settings `rfm.period`).',
    '- **Direction: level 1 is the best.** R1 = most recent, F1 = most frequent, M1 = highest spending; `levels` (3 or 5) is the worst. "1-1-1" is the best code.',
    '- **recency**: whole days since the contact\'s last purchase in the period; **frequency**: purchases in the period; **monetary**: the sum of their order values (the amount property as a number or numeric text, else 0).',
    '- **Scoring**: each dimension by quantiles over the contacts with a purchase in the period; equal values share a level. Contacts without a purchase in the period have no score and are not counted.',
    '- **cells**: every R×F cell, empty ones included, R-major ((1,1), (1,2) … (levels, levels)), named by the first rule of the workspace\'s cell mapping (settings `rfm.cells`) that holds it, or null.',
    '- **named**: one entry per rule name in rule order; **unnamed**: cells no rule holds; **codes**: the non-empty R-F-M codes.',
    '- **revenue**: the sum of the contacts\' monetary values, rounded to 2 decimals.',
  ].join('\n'),
};

export const LIFECYCLE_REPORT_DOC = {
  summary: 'Lifecycle stages now and per day',
  description: [
    'Stages are relative to the business and to each customer\'s own purchase cadence (settings `lifecycle`):',
    '- **new**: first purchase within `newWithin`;',
    '- otherwise, with one purchase: **active** up to `singlePurchaseSleepingAfter` of silence, **sleeping** up to `singlePurchaseChurnedAfter`, **churned** after;',
    '- with two or more: cadence = median gap between purchases (at least `minCadence`); **active** while silence ≤ `sleepingFactor` × cadence, **sleeping** while ≤ `churnedFactor` × cadence, **churned** after;',
    '- **prospects**: contacts with no purchase.',
    '`current` is as of the last refresh (`refreshedAt`). `history` holds one entry per UTC day with a recorded refresh whose midnight falls in [`from`, `to`) (default: the 90 days up to now); days without a refresh are left out.',
  ].join('\n'),
};

export const COHORTS_REPORT_DOC = {
  summary: 'Cohort retention by month of first purchase',
  description: definitions(['period', 'cohort', 'cohortRetention']),
};

export const METRICS_REPORT_DOC = {
  summary: 'AOV, LTV, repeat purchase rate, retention and churn for a period',
  description: `The response carries these definitions in \`definitions\` too.\n${definitions(Object.keys(METRIC_DEFINITIONS))}`,
};
