import { expectClose4, expectPrinted } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { sampleSizeExact, sampleSizePerVariant } from './sample-size';

describe('sampleSizeExact / sampleSizePerVariant', () => {
  it('matches the ?power.prop.test examples', () => {
    // R documentation, ?power.prop.test:
    //   power.prop.test(p1 = .50, p2 = .75, power = .90)  ## =>     n = 76.7
    //   power.prop.test(p1 = 0.90, p2 = 1.0, power = 0.8) ##->      n = 73.37
    // R 4.2.2 prints n = 76.70693 for the first; print(..$n, digits = 10) gives 76.70693011.
    const first = sampleSizeExact({ baseline: 0.5, minimumDetectableEffect: 0.25, power: 0.9 });
    expectPrinted(first, '76.7');
    expectClose4(first, 76.70693011);
    expectPrinted(sampleSizeExact({ baseline: 0.9, minimumDetectableEffect: 0.1 }), '73.37');
    expect(sampleSizePerVariant({ baseline: 0.5, minimumDetectableEffect: 0.25, power: 0.9 })).toBe(77);
  });

  it('gives the classic 5% → 6% figure', () => {
    // R: power.prop.test(p1 = .05, p2 = .06, power = .8)$n → 8157.731448
    expectClose4(sampleSizeExact({ baseline: 0.05, minimumDetectableEffect: 0.01 }), 8157.731448);
    expect(sampleSizePerVariant({ baseline: 0.05, minimumDetectableEffect: 0.01 })).toBe(8158);
  });

  it('looks below the baseline when baseline + effect would pass 1', () => {
    // R: power.prop.test(p1 = .95, p2 = .85, power = .8)$n → 140.0950899
    expectClose4(sampleSizeExact({ baseline: 0.95, minimumDetectableEffect: 0.1 }), 140.0950899);
  });

  it('is null for an effect ≤ 0 or a baseline outside (0, 1)', () => {
    expect(sampleSizePerVariant({ baseline: 0.05, minimumDetectableEffect: 0 })).toBeNull();
    expect(sampleSizePerVariant({ baseline: 0.05, minimumDetectableEffect: -0.01 })).toBeNull();
    expect(sampleSizePerVariant({ baseline: 0, minimumDetectableEffect: 0.01 })).toBeNull();
    expect(sampleSizePerVariant({ baseline: 1, minimumDetectableEffect: 0.01 })).toBeNull();
    expect(sampleSizePerVariant({ baseline: 0.5, minimumDetectableEffect: 0.7 })).toBeNull();
  });

  it('refuses non-finite input and α or power outside (0, 1)', () => {
    expect(() => sampleSizePerVariant({ baseline: Number.NaN, minimumDetectableEffect: 0.01 })).toThrow(StatsInputError);
    expect(() => sampleSizePerVariant({ baseline: 0.1, minimumDetectableEffect: 0.01, alpha: 0 })).toThrow('alpha');
    expect(() => sampleSizePerVariant({ baseline: 0.1, minimumDetectableEffect: 0.01, power: 1.2 })).toThrow('power');
  });
});
