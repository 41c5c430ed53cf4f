import { clusterRfm } from './cluster-rfm';
import { fitFeatureScaling, rawRfmFeatures, standardiseFeatures } from './rfm-features.util';

const LN2 = Math.log(2);

/**
 * Chosen so ln(1 + x) is a multiple of ln 2 (x = 0, 1, 3, 7):
 *
 *        recency  ln1p(frequency)       ln1p(max(monetary, 0))
 *   a    2        ln 1 = 0              monetary −50 → 0
 *   b    4        ln 2                  monetary 0 → 0
 *   c    4        ln 4 = 2 ln 2         monetary 1 → ln 2
 *   d   10        ln 8 = 3 ln 2         monetary 3 → 2 ln 2
 *
 *   recency    mean 5,           variance (9 + 1 + 1 + 25) / 4 = 9 → sd 3
 *   frequency  mean 1.5 ln 2,    variance (2.25 + 0.25 + 0.25 + 2.25) / 4 · ln²2 = 1.25 ln²2 → sd (√5 / 2) ln 2
 *   monetary   mean 0.75 ln 2,   variance (0.5625 + 0.5625 + 0.0625 + 1.5625) / 4 · ln²2 = 0.6875 ln²2 → sd (√11 / 4) ln 2
 */
const HAND = [
  { contactId: 'a', recencyDays: 2, frequency: 0, monetary: -50 },
  { contactId: 'b', recencyDays: 4, frequency: 1, monetary: 0 },
  { contactId: 'c', recencyDays: 4, frequency: 3, monetary: 1 },
  { contactId: 'd', recencyDays: 10, frequency: 7, monetary: 3 },
];

describe('RFM cluster features', () => {
  it('are recency, ln(1 + frequency) and ln(1 + monetary) with refunds as no spend', () => {
    expect(HAND.map(rawRfmFeatures)).toEqual([[2, 0, 0], [4, LN2, 0], [4, 2 * LN2, LN2], [10, 3 * LN2, 2 * LN2]].map((row) => row.map((v) => expect.closeTo(v, 12))));
  });

  it('standardise with the population mean and sd, as computed by hand', () => {
    const scaling = fitFeatureScaling(HAND.map(rawRfmFeatures));
    expect(scaling.means).toEqual([5, expect.closeTo(1.5 * LN2, 12), expect.closeTo(0.75 * LN2, 12)]);
    expect(scaling.sds).toEqual([3, expect.closeTo((Math.sqrt(5) / 2) * LN2, 12), expect.closeTo((Math.sqrt(11) / 4) * LN2, 12)]);
    // d: (10 − 5) / 3, (3 − 1.5) / (√5 / 2) = 3 / √5, (2 − 0.75) / (√11 / 4) = 5 / √11
    expect(standardiseFeatures(rawRfmFeatures(HAND[3]), scaling))
      .toEqual([expect.closeTo(5 / 3, 12), expect.closeTo(3 / Math.sqrt(5), 12), expect.closeTo(5 / Math.sqrt(11), 12)]);
  });

  it('are what clusterRfm stores in the model', () => {
    const { model } = clusterRfm({ contacts: HAND, k: 2, seed: 1 });
    expect(model.features).toEqual(['recency_days', 'ln1p_frequency', 'ln1p_monetary']);
    expect(model.means).toEqual([5, expect.closeTo(1.5 * LN2, 12), expect.closeTo(0.75 * LN2, 12)]);
    expect(model.sds).toEqual([3, expect.closeTo((Math.sqrt(5) / 2) * LN2, 12), expect.closeTo((Math.sqrt(11) / 4) * LN2, 12)]);
  });

  it('take an sd of 0 as 1, so a feature every contact shares standardises to 0', () => {
    const sameFrequency = HAND.map((contact) => ({ ...contact, frequency: 2 }));
    const scaling = fitFeatureScaling(sameFrequency.map(rawRfmFeatures));
    expect(scaling.sds[1]).toBe(1);
    expect(sameFrequency.map((contact) => standardiseFeatures(rawRfmFeatures(contact), scaling)[1])).toEqual([0, 0, 0, 0]);
  });
});
