import { ClusterError } from './cluster.error';
import { clusterRfm } from './cluster-rfm';
import { CHAMPIONS, LAPSED, messyContacts, NEWCOMERS, THREE_GROUPS } from './clusters.test-helpers';
import { nearestCluster } from './nearest-cluster';
import { rawRfmFeatures, standardiseFeatures } from './rfm-features.util';

const clusterOf = (result: ReturnType<typeof clusterRfm>) => new Map(result.assignments.map((a) => [a.contactId, a.cluster]));

describe('clusterRfm on three obviously separate groups', () => {
  it.each([1, 2, 3, 42, 2024])('recovers them exactly with k = 3, best customers first (seed %i)', (seed) => {
    const result = clusterRfm({ contacts: THREE_GROUPS, k: 3, seed });
    const cluster = clusterOf(result);
    // Ordered by typical spend: champions 4,500, lapsed 90, newcomers 50.
    expect(CHAMPIONS.map((c) => cluster.get(c.contactId))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(LAPSED.map((c) => cluster.get(c.contactId))).toEqual([1, 1, 1, 1, 1, 1]);
    expect(NEWCOMERS.map((c) => cluster.get(c.contactId))).toEqual([2, 2, 2, 2, 2, 2]);
    expect(result.model.clusters.map(({ index, size, typical }) => ({ index, size, typical }))).toEqual([
      { index: 0, size: 6, typical: { recencyDays: 5, frequency: 10, monetary: 4500 } },
      { index: 1, size: 6, typical: { recencyDays: 333, frequency: 1.5, monetary: 90 } },
      { index: 2, size: 6, typical: { recencyDays: 4, frequency: 1, monetary: 50 } },
    ]);
  });

  it('describes each group in plain words', () => {
    const { model } = clusterRfm({ contacts: THREE_GROUPS, k: 3, seed: 7 });
    expect(model.clusters.map(({ label, description }) => [label, description])).toEqual([
      ['Recent frequent big spenders', 'Bought recently (about 5 days ago), often (10 purchases) and spend a lot (4,500 in total).'],
      ['Lapsed infrequent low spenders', 'Bought long ago (about 333 days ago), rarely (1.5 purchases) and spend little (90 in total).'],
      ['Recent one-off low spenders', 'Bought recently (about 4 days ago), rarely (1 purchase) and spend little (50 in total).'],
    ]);
  });

  it('never gives two clusters the same label', () => {
    // With k = 4 and seed 2 the champions split in two: bigger and smaller big spenders.
    const { model } = clusterRfm({ contacts: THREE_GROUPS, k: 4, seed: 2 });
    expect(model.clusters.map((c) => c.label)).toEqual([
      'Recent frequent big spenders',
      'Recent frequent big spenders (2)',
      'Lapsed infrequent low spenders',
      'Recent one-off low spenders',
    ]);
  });
});

describe('clusterRfm reproducibility', () => {
  const contacts = messyContacts(400);

  it('gives the identical model and assignments for the same input and seed, run twice', () => {
    const first = clusterRfm({ contacts, k: 5, seed: 99 });
    const second = clusterRfm({ contacts, k: 5, seed: 99 });
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('does not depend on the order contacts arrive in', () => {
    const forward = clusterRfm({ contacts, k: 5, seed: 99 });
    const reversed = clusterRfm({ contacts: [...contacts].reverse(), k: 5, seed: 99 });
    expect(reversed.model).toEqual(forward.model);
    expect(clusterOf(reversed)).toEqual(clusterOf(forward));
    expect(reversed.assignments.map((a) => a.contactId)).toEqual([...contacts].reverse().map((c) => c.contactId));
  });

  it('survives a JSON round trip (jsonb) unchanged', () => {
    const { model } = clusterRfm({ contacts, k: 5, seed: 99 });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });
});

describe('clusterRfm membership', () => {
  it.each([[2, 1], [5, 99], [12, 3]])('assigns every contact to nearestCluster of the stored model (k = %i, seed %i)', (k, seed) => {
    const contacts = messyContacts(400);
    const { model, assignments } = clusterRfm({ contacts, k, seed });
    const stored = JSON.parse(JSON.stringify(model)) as typeof model;
    expect(assignments.map((a) => a.cluster)).toEqual(contacts.map((contact) => nearestCluster(stored, contact)));
    expect(model.clusters.map((c) => c.size)).toEqual(model.clusters.map((c) => assignments.filter((a) => a.cluster === c.index).length));
    expect(model.clusters.reduce((sum, c) => sum + c.size, 0)).toBe(contacts.length);
    expect(model.k).toBe(model.clusters.length);
  });

  it('places each centroid at the mean of its members\' standardised features', () => {
    const contacts = messyContacts(400);
    const { model, assignments } = clusterRfm({ contacts, k: 5, seed: 99 });
    for (const cluster of model.clusters) {
      const members = contacts.filter((_, i) => assignments[i].cluster === cluster.index)
        .map((contact) => standardiseFeatures(rawRfmFeatures(contact), model));
      cluster.centroid.forEach((value, j) => {
        expect(value).toBeCloseTo(members.reduce((sum, z) => sum + z[j], 0) / members.length, 10);
      });
    }
  });

  it('orders clusters by typical spend, highest first', () => {
    const { model } = clusterRfm({ contacts: messyContacts(400), k: 6, seed: 5 });
    const spend = model.clusters.map((c) => c.typical.monetary);
    expect(spend).toEqual([...spend].sort((a, b) => b - a));
  });
});

describe('clusterRfm validation', () => {
  const refusal = (run: () => unknown) => {
    try { run(); } catch (error) { return error instanceof ClusterError ? { code: error.code, message: error.message } : error; }
    return 'accepted';
  };

  it('refuses k outside 2..12 or not whole, naming k', () => {
    expect(refusal(() => clusterRfm({ contacts: THREE_GROUPS, k: 1, seed: 1 })))
      .toEqual({ code: 'cluster_input_invalid', message: 'k must be an integer from 2 to 12, not 1' });
    expect(refusal(() => clusterRfm({ contacts: THREE_GROUPS, k: 13, seed: 1 })))
      .toEqual({ code: 'cluster_input_invalid', message: 'k must be an integer from 2 to 12, not 13' });
    expect(refusal(() => clusterRfm({ contacts: THREE_GROUPS, k: 2.5, seed: 1 })))
      .toEqual({ code: 'cluster_input_invalid', message: 'k must be an integer from 2 to 12, not 2.5' });
  });

  it('refuses k above the number of distinct points, naming k', () => {
    // Five contacts, three distinct points: a = b, and c = d because a refund (negative monetary) counts as no spend.
    const contacts = [
      { contactId: 'a', recencyDays: 1, frequency: 1, monetary: 10 },
      { contactId: 'b', recencyDays: 1, frequency: 1, monetary: 10 },
      { contactId: 'c', recencyDays: 9, frequency: 2, monetary: -5 },
      { contactId: 'd', recencyDays: 9, frequency: 2, monetary: 0 },
      { contactId: 'e', recencyDays: 30, frequency: 1, monetary: 0 },
    ];
    expect(refusal(() => clusterRfm({ contacts, k: 4, seed: 1 }))).toEqual({
      code: 'cluster_too_few_points',
      message: 'k = 4 needs at least 4 contacts with distinct (recencyDays, frequency, monetary), got 3',
    });
    expect(clusterRfm({ contacts, k: 3, seed: 1 }).model.clusters).toHaveLength(3);
    expect(refusal(() => clusterRfm({ contacts: [], k: 2, seed: 1 })))
      .toMatchObject({ code: 'cluster_too_few_points', message: expect.stringMatching(/^k = 2 .* got 0$/) });
  });

  it('refuses non-finite or negative measures, naming the contact and field', () => {
    const withPoint = (point: object) => [...THREE_GROUPS.slice(0, 3), { ...THREE_GROUPS[3], ...point }];
    expect(refusal(() => clusterRfm({ contacts: withPoint({ recencyDays: NaN }), k: 2, seed: 1 })))
      .toEqual({ code: 'cluster_input_invalid', message: 'contacts[3].recencyDays must be a finite number ≥ 0, not NaN' });
    expect(refusal(() => clusterRfm({ contacts: withPoint({ frequency: -1 }), k: 2, seed: 1 })))
      .toEqual({ code: 'cluster_input_invalid', message: 'contacts[3].frequency must be a finite number ≥ 0, not -1' });
    expect(refusal(() => clusterRfm({ contacts: withPoint({ monetary: Infinity }), k: 2, seed: 1 })))
      .toEqual({ code: 'cluster_input_invalid', message: 'contacts[3].monetary must be a finite number, not Infinity' });
  });

  it('refuses a seed that is not a 32-bit unsigned integer, and a repeated contact', () => {
    expect(refusal(() => clusterRfm({ contacts: THREE_GROUPS, k: 3, seed: 1.5 })))
      .toEqual({ code: 'cluster_input_invalid', message: 'seed must be an integer from 0 to 4294967295, not 1.5' });
    expect(refusal(() => clusterRfm({ contacts: THREE_GROUPS, k: 3, seed: -1 })))
      .toMatchObject({ code: 'cluster_input_invalid', message: expect.stringMatching(/^seed /) });
    expect(refusal(() => clusterRfm({ contacts: [...THREE_GROUPS, THREE_GROUPS[0]], k: 3, seed: 1 })))
      .toEqual({ code: 'cluster_input_invalid', message: 'contacts[18].contactId "lapsed-0" appears twice' });
  });
});
