import { schemaIssues } from '@cascade/journey';
import { msBefore } from '../analytics-time.util';
import { LifecycleError } from '../lifecycle/lifecycle.error';
import { resolveLifecycleSettings } from '../lifecycle/lifecycle-settings';
import type { LifecycleSettings } from '../lifecycle/lifecycle.types';
import { defaultRfmCells, validateRfmCellRules } from '../rfm/rfm-cells';
import { RfmError } from '../rfm/rfm.error';
import type { RfmCellRule, RfmLevels } from '../rfm/rfm.types';
import { SegmentSettingsError } from './analytics-settings.error';

/** What a workspace calls a purchase and how it scores customers (stored as given, defaults filled in on read). */
export interface AnalyticsSettings {
  /** The event that is a purchase. */
  purchaseEvent: string;
  /** The purchase property holding the order value (a number or numeric text). */
  amountProperty: string;
  rfm: {
    /** ISO duration of history RFM looks at, e.g. P1Y. */
    period: string;
    levels: RfmLevels;
    /** Named cells over R×F; the defaults of `levels` when absent. */
    cells: RfmCellRule[];
  };
  lifecycle: LifecycleSettings;
}

const NAME = { type: 'string', minLength: 1, maxLength: 200 };
const RANGE = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 };
const SETTINGS_SCHEMA = {
  type: 'object', additionalProperties: false,
  properties: {
    purchaseEvent: NAME,
    amountProperty: NAME,
    rfm: {
      type: 'object', additionalProperties: false,
      properties: {
        period: { type: 'string', format: 'duration' },
        levels: { enum: [3, 5] },
        cells: {
          type: 'array', maxItems: 125,
          items: { type: 'object', required: ['name', 'r', 'f'], additionalProperties: false, properties: { name: NAME, r: RANGE, f: RANGE } },
        },
      },
    },
    lifecycle: {
      type: 'object', additionalProperties: false,
      properties: {
        newWithin: { type: 'string', format: 'duration' },
        singlePurchaseSleepingAfter: { type: 'string', format: 'duration' },
        singlePurchaseChurnedAfter: { type: 'string', format: 'duration' },
        minCadence: { type: 'string', format: 'duration' },
        sleepingFactor: { type: 'number' },
        churnedFactor: { type: 'number' },
      },
    },
  },
};

export type AnalyticsSettingsInput = Partial<Omit<AnalyticsSettings, 'rfm' | 'lifecycle'>> & {
  rfm?: Partial<AnalyticsSettings['rfm']>;
  lifecycle?: Partial<LifecycleSettings>;
};

/** The workspace's settings over the defaults, checked; errors name the field. */
export function resolveAnalyticsSettings(input: unknown = {}): AnalyticsSettings {
  const issues = schemaIssues({ schema: SETTINGS_SCHEMA, value: input });
  if (issues.length > 0) throw new SegmentSettingsError('analytics_settings_invalid', issues.map(({ path, message }) => ({ path, message })));
  const given = input as AnalyticsSettingsInput;
  const levels = given.rfm?.levels ?? 5;
  const settings: AnalyticsSettings = {
    purchaseEvent: given.purchaseEvent ?? 'purchase',
    amountProperty: given.amountProperty ?? 'amount',
    rfm: { period: given.rfm?.period ?? 'P1Y', levels, cells: given.rfm?.cells ?? [...defaultRfmCells(levels)] },
    lifecycle: checked('lifecycle', () => resolveLifecycleSettings(given.lifecycle)),
  };
  checked('rfm.cells', () => validateRfmCellRules({ rules: settings.rfm.cells, levels }));
  if (msBefore(Date.now(), settings.rfm.period) === null) {
    const message = `"${settings.rfm.period}" is not a positive ISO duration of at most 100 years`;
    throw new SegmentSettingsError('analytics_settings_invalid', [{ path: 'rfm.period', message }]);
  }
  return settings;
}

function checked<T>(path: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof LifecycleError || error instanceof RfmError) {
      throw new SegmentSettingsError('analytics_settings_invalid', [{ path, message: error.message }]);
    }
    throw error;
  }
}
