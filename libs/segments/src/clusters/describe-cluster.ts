import type { RfmPoint } from './clusters.types';

/**
 * How far from the average contact (in standard deviations) a centroid must sit to earn a word:
 * z < −0.5 is low, z > +0.5 is high, anything between (bounds included) is average. For recency
 * low means recent (fewer days), which is the good side.
 */
export const CLUSTER_LEVEL_Z = 0.5;

type Level = 'low' | 'average' | 'high';

export function levelOf(z: number): Level {
  if (z < -CLUSTER_LEVEL_Z) return 'low';
  if (z > CLUSTER_LEVEL_Z) return 'high';
  return 'average';
}

/**
 * Label and sentence for one cluster: the words come from the standardised centroid (relative to
 * the contacts clustered), the numbers from the typical member in raw units.
 *
 *   level     recency                  frequency                       monetary
 *   low       "Recent" / recently      "one-off"¹ or "infrequent" /    "low spenders" / spend little
 *                                      rarely
 *   average   — / a while ago          — / now and then                "mid spenders" / spend a moderate amount
 *   high      "Lapsed" / long ago      "frequent" / often              "big spenders" / spend a lot
 *
 * ¹ when the typical member bought once (or never). A cluster average on all three is "Average customers".
 */
export function describeCluster({ centroid, typical }: { centroid: readonly number[]; typical: RfmPoint }): {
  label: string;
  description: string;
} {
  const [recency, frequency, monetary] = centroid.map(levelOf);
  return {
    label: labelOf({ recency, frequency, monetary, typicalFrequency: typical.frequency }),
    description: `${RECENCY_WORDS[recency]} (${daysAgo(typical.recencyDays)}), `
      + `${FREQUENCY_WORDS[frequency]} (${purchases(typical.frequency)}) `
      + `and ${MONETARY_WORDS[monetary]} (${money(typical.monetary)} in total).`,
  };
}

/** Appends " (2)", " (3)"… to the second and later uses of a label, in cluster order. */
export function uniqueLabels(labels: readonly string[]): string[] {
  const uses = new Map<string, number>();
  return labels.map((label) => {
    const count = (uses.get(label) ?? 0) + 1;
    uses.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}

const RECENCY_LABEL: Record<Level, string | null> = { low: 'recent', average: null, high: 'lapsed' };
const FREQUENCY_LABEL: Record<Level, string | null> = { low: 'infrequent', average: null, high: 'frequent' };
const MONETARY_LABEL: Record<Level, string> = { low: 'low spenders', average: 'mid spenders', high: 'big spenders' };

const RECENCY_WORDS: Record<Level, string> = { low: 'Bought recently', average: 'Bought a while ago', high: 'Bought long ago' };
const FREQUENCY_WORDS: Record<Level, string> = { low: 'rarely', average: 'now and then', high: 'often' };
const MONETARY_WORDS: Record<Level, string> = { low: 'spend little', average: 'spend a moderate amount', high: 'spend a lot' };

function labelOf({ recency, frequency, monetary, typicalFrequency }: {
  recency: Level; frequency: Level; monetary: Level; typicalFrequency: number;
}): string {
  if (recency === 'average' && frequency === 'average' && monetary === 'average') return 'Average customers';
  const frequencyWord = frequency === 'low' && typicalFrequency <= 1 ? 'one-off' : FREQUENCY_LABEL[frequency];
  const words = [RECENCY_LABEL[recency], frequencyWord, MONETARY_LABEL[monetary]].filter((word) => word !== null).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function daysAgo(days: number): string {
  if (days === 0) return 'today';
  return `about ${format(days, 0)} ${days === 1 ? 'day' : 'days'} ago`;
}

function purchases(count: number): string {
  return `${format(count, 1)} ${count === 1 ? 'purchase' : 'purchases'}`;
}

/** Whole units from 100 up, where cents are noise in a typical value; cents below. */
function money(amount: number): string {
  return format(amount, Math.abs(amount) >= 100 ? 0 : 2);
}

function format(value: number, maximumFractionDigits: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits }).format(value);
}
