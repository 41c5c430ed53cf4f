import { probabilityToBeBest } from '../bayes/probability-to-be-best';
import { chiSquareIndependence } from '../contingency/chi-square-independence';
import { momentsFromSums } from '../means/moments-from-sums';
import { welchTTest } from '../means/welch-t-test';
import { holmAdjust } from '../multiple-testing/holm-adjust';
import { newcombeDifference } from '../proportions/newcombe-difference';
import { riskRatioInterval } from '../proportions/risk-ratio-interval';
import { sampleSizePerVariant } from '../proportions/sample-size';
import { twoProportionZTest } from '../proportions/two-proportion-z-test';
import { wilsonInterval } from '../proportions/wilson-interval';
import { variant } from '../simulation.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { analyseExperiment } from './analyse-experiment';
import { analyseAB } from './experiment.test-helpers';

describe('analyseExperiment: figures', () => {
  const a = variant('A', 10_000, 500);
  const b = { ...variant('B', 10_000, 620), label: 'New subject line' };
  const c = variant('C', 10_000, 530);
  const result = analyseExperiment({ variants: [a, b, c], controlId: 'A' });
  const counts = (v: typeof a) => ({ successes: v.converted, trials: v.assigned });

  it('reports each variant with the standalone statistics', () => {
    const [ra, rb, rc] = result.variants;
    expect(ra).toMatchObject({ id: 'A', label: 'A', isControl: true, rate: 0.05, uplift: null });
    expect(rb).toMatchObject({ id: 'B', label: 'New subject line', isControl: false, rate: 0.062 });
    expect(ra.interval).toEqual(wilsonInterval(counts(a)));
    const difference = newcombeDifference(counts(b), counts(a));
    const ratio = riskRatioInterval(counts(b), counts(a));
    expect(rb.uplift?.absolute).toBe(difference?.estimate);
    expect(rb.uplift?.absoluteInterval).toEqual({ lower: difference?.lower, upper: difference?.upper });
    expect(rb.uplift?.relative).toBeCloseTo(0.24, 12);
    expect(rb.uplift?.relativeInterval?.lower).toBeCloseTo((ratio?.lower ?? 0) - 1, 12);
    const pValues = [twoProportionZTest(counts(b), counts(a))?.pValue ?? null, twoProportionZTest(counts(c), counts(a))?.pValue ?? null];
    expect([rb.uplift?.pValue, rc.uplift?.pValue]).toEqual(pValues);
    expect([rb.uplift?.adjustedPValue, rc.uplift?.adjustedPValue]).toEqual(holmAdjust(pValues));
    expect(result.variants.map((v) => v.probabilityToBeBest)).toEqual(probabilityToBeBest([a, b, c].map(counts)));
  });

  it('compares revenue per contact with Welch\'s test', () => {
    const moments = (v: typeof a) => momentsFromSums(v.assigned, v.revenue.sum, v.revenue.sumOfSquares);
    const welch = welchTTest(moments(b), moments(a));
    expect(result.variants[0].revenue).toEqual({ total: 50_000, perContact: 5, vsControl: null });
    expect(result.variants[1].revenue.vsControl).toEqual({
      difference: welch?.difference, interval: { lower: welch?.lower, upper: welch?.upper }, pValue: welch?.pValue,
    });
  });

  it('tests all variants together and sizes the test for the observed leader', () => {
    expect(result.chiSquare).toEqual(chiSquareIndependence([[500, 9_500], [620, 9_380], [530, 9_470]]));
    expect(result.sampleRatio?.mismatch).toBe(false);
    const needed = sampleSizePerVariant({ baseline: 0.05, minimumDetectableEffect: 0.062 - 0.05 });
    expect(result.power).toMatchObject({ baselineRate: 0.05, neededPerVariant: needed, remaining: 0 });
    expect(result.power?.relativeEffect).toBeCloseTo(0.24, 12);
  });

  it('counts the contacts still missing for a relative MDE', () => {
    // R: power.prop.test(p1 = 0.05, p2 = 0.055, power = 0.8)$n → 31,234 per variant, rounded up
    const small = analyseAB([3_000, 150], [3_000, 155], { minimumDetectableEffect: 0.1 });
    expect(small.power).toMatchObject({ neededPerVariant: 31_234, remaining: 2 * (31_234 - 3_000) });
    expect(small.power?.minimumDetectableEffect).toBeCloseTo(0.005, 12);
  });
});

describe('analyseExperiment: verdicts', () => {
  it('no data', () => {
    const result = analyseAB([0, 0], [0, 0]);
    expect(result.verdict).toEqual({ status: 'no_data', leaderId: null, text: 'No contacts have been assigned yet.' });
    expect(result.variants.map((v) => [v.rate, v.probabilityToBeBest, v.uplift])).toEqual([[null, null, null], [null, null, null]]);
    expect([result.chiSquare, result.sampleRatio, result.power]).toEqual([null, null, null]);
  });

  it('a winner once every variant has the contacts for 80% power', () => {
    expect(analyseAB([10_000, 500], [10_000, 600]).verdict).toEqual({
      status: 'winner', leaderId: 'B', text: 'B beats A with more than 99% probability: +1.0 percentage points (+20%).',
    });
    expect(analyseAB([10_000, 500], [10_000, 560], { minimumDetectableEffect: 0.2 }).verdict.text)
      .toBe('B beats A with 97% probability: +0.6 percentage points (+12%).');
  });

  it('a leader that needs more contacts', () => {
    expect(analyseAB([10_000, 500], [10_000, 560]).verdict).toEqual({
      status: 'leading', leaderId: 'B', text: 'B beats A with 97% probability; keep collecting: 23,770 more contacts for 80% power.',
    });
  });

  it('inconclusive, and no difference at all', () => {
    expect(analyseAB([3_000, 150], [3_000, 155]).verdict).toEqual({
      status: 'inconclusive',
      leaderId: 'B',
      text: 'No clear winner yet: B is best with 61% probability; keep collecting: 539,330 more contacts for 80% power.',
    });
    expect(analyseAB([1_000, 50], [1_000, 50]).verdict).toEqual({
      status: 'inconclusive', leaderId: null, text: 'No difference between the variants so far.',
    });
  });

  it('says so when the control is ahead', () => {
    expect(analyseAB([10_000, 600], [10_000, 530]).verdict).toEqual({
      status: 'leading', leaderId: 'A', text: 'A (control) beats B with 98% probability; keep collecting: 18,102 more contacts for 80% power.',
    });
    expect(analyseAB([10_000, 600], [10_000, 500]).verdict.text)
      .toBe('A (control) beats B with more than 99% probability: B converts 1.0 percentage points (17%) less.');
  });

  it('names the variants by label and lists every loser', () => {
    const result = analyseExperiment({
      variants: [
        { ...variant('A', 10_000, 500), label: 'Old email' },
        { ...variant('B', 10_000, 620), label: 'New email' },
        { ...variant('C', 10_000, 530), label: 'Short email' },
      ],
      controlId: 'A',
    });
    expect(result.verdict.text).toBe('New email beats Old email and Short email with more than 99% probability: '
      + '+1.2 percentage points (+24%) over Old email.');
  });
});

describe('analyseExperiment: sample ratio mismatch', () => {
  it('flags 5,500 / 4,500 against 50/50 before anything else', () => {
    const result = analyseAB([5_500, 275], [4_500, 300]);
    expect(result.sampleRatio?.mismatch).toBe(true);
    expect(result.verdict).toEqual({
      status: 'sample_ratio_mismatch',
      leaderId: null,
      text: 'Sample ratio mismatch: assignments 5,500 / 4,500 do not match the configured 50% / 50% (p < 0.001). '
        + 'Find the cause before trusting these results.',
    });
  });

  it('accepts 5,030 / 4,970', () => {
    const result = analyseAB([5_030, 250], [4_970, 250]);
    expect(result.sampleRatio?.mismatch).toBe(false);
    expect(result.verdict.status).not.toBe('sample_ratio_mismatch');
  });
});

describe('analyseExperiment: input', () => {
  const valid = [variant('A', 100, 5), variant('B', 100, 7)];

  it.each([
    [[valid[0]], 'A', 'variants'],
    [[valid[0], { ...valid[1], id: 'A' }], 'A', 'variants[1].id'],
    [valid, 'Z', 'controlId'],
    [[valid[0], { ...valid[1], converted: 101 }], 'A', 'variants[1].converted'],
    [[valid[0], { ...valid[1], assigned: -1 }], 'A', 'variants[1].assigned'],
    [[valid[0], { ...valid[1], weight: 0 }], 'A', 'variants[1].weight'],
    [[valid[0], { ...valid[1], revenue: { sum: Number.NaN, sumOfSquares: 0 } }], 'A', 'variants[1].revenue.sum'],
    [[valid[0], { ...valid[1], revenue: { sum: 100, sumOfSquares: 1 } }], 'A', 'variants[1].revenue.sumOfSquares'],
  ])('refuses bad variants (%#)', (variants, controlId, argument) => {
    expect(() => analyseExperiment({ variants, controlId })).toThrow(StatsInputError);
    expect(() => analyseExperiment({ variants, controlId })).toThrow(argument);
  });

  it('refuses bad settings', () => {
    expect(() => analyseExperiment({ variants: valid, controlId: 'A', confidence: 95 })).toThrow('confidence');
    expect(() => analyseExperiment({ variants: valid, controlId: 'A', minimumDetectableEffect: 0 })).toThrow('minimumDetectableEffect');
    expect(() => analyseExperiment({ variants: valid, controlId: 'A', srmThreshold: 1 })).toThrow('srmThreshold');
  });
});
