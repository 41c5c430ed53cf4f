import { describeCluster, uniqueLabels } from './describe-cluster';

const typical = { recencyDays: 12, frequency: 8.4, monetary: 42300 };

describe('describeCluster', () => {
  it('names and describes recent, frequent big spenders', () => {
    expect(describeCluster({ centroid: [-1.2, 1.1, 1.5], typical })).toEqual({
      label: 'Recent frequent big spenders',
      description: 'Bought recently (about 12 days ago), often (8.4 purchases) and spend a lot (42,300 in total).',
    });
  });

  it('names and describes lapsed, one-off low spenders', () => {
    expect(describeCluster({ centroid: [1.4, -0.9, -0.8], typical: { recencyDays: 1, frequency: 1, monetary: 35.5 } })).toEqual({
      label: 'Lapsed one-off low spenders',
      description: 'Bought long ago (about 1 day ago), rarely (1 purchase) and spend little (35.5 in total).',
    });
  });

  it('says "infrequent" when the typical member bought more than once, and leaves average dimensions out of the label', () => {
    expect(describeCluster({ centroid: [0.2, -0.7, -0.6], typical: { recencyDays: 0, frequency: 1.6, monetary: 120.4 } })).toEqual({
      label: 'Infrequent low spenders',
      description: 'Bought a while ago (today), rarely (1.6 purchases) and spend little (120 in total).',
    });
    expect(describeCluster({ centroid: [0.9, 0, 0.1], typical }).label).toBe('Lapsed mid spenders');
  });

  it('calls a cluster average on all three "Average customers"', () => {
    expect(describeCluster({ centroid: [0.3, -0.4, 0.1], typical })).toEqual({
      label: 'Average customers',
      description: 'Bought a while ago (about 12 days ago), now and then (8.4 purchases) and spend a moderate amount (42,300 in total).',
    });
  });

  it('counts z of exactly ±0.5 as average, and only beyond as low or high', () => {
    expect(describeCluster({ centroid: [-0.5, 0.5, 0.5], typical }).label).toBe('Average customers');
    expect(describeCluster({ centroid: [-0.51, 0.51, -0.51], typical }).label).toBe('Recent frequent low spenders');
  });
});

describe('uniqueLabels', () => {
  it('numbers the second and later uses of a label, in cluster order', () => {
    expect(uniqueLabels(['Lapsed low spenders', 'Recent big spenders', 'Lapsed low spenders', 'Lapsed low spenders']))
      .toEqual(['Lapsed low spenders', 'Recent big spenders', 'Lapsed low spenders (2)', 'Lapsed low spenders (3)']);
  });
});
