import { StatsInputError } from '../stats-input.error';
import { analyseAB } from './experiment.test-helpers';
import { winnerByRule } from './winner-by-rule';

const RULE = { minimumPerVariant: 1_000, probability: 0.95 };

describe('winnerByRule', () => {
  it('names no winner below the minimum per variant, however clear the lead', () => {
    const result = analyseAB([900, 30], [900, 70]);
    expect(result.variants[1].probabilityToBeBest).toBeGreaterThan(0.99);
    expect(winnerByRule(result, RULE)).toBeNull();
  });

  it('names no winner below the probability', () => {
    const result = analyseAB([10_000, 500], [10_000, 530]);
    expect(result.variants[1].probabilityToBeBest).toBeLessThan(0.95);
    expect(winnerByRule(result, RULE)).toBeNull();
  });

  it('names no winner under a sample ratio mismatch', () => {
    const result = analyseAB([5_500, 275], [4_500, 300]);
    expect(result.variants[1].probabilityToBeBest).toBeGreaterThan(0.99);
    expect(winnerByRule(result, RULE)).toBeNull();
  });

  it('names the winner once every condition holds, with the figures', () => {
    const result = analyseAB([10_000, 500], [10_000, 560]);
    const winner = winnerByRule(result, RULE);
    expect(winner).toEqual({
      variantId: 'B',
      probability: result.variants[1].probabilityToBeBest,
      reason: 'B beats A with 97% probability (the rule asks for 95%), and every variant has at least 1,000 contacts '
        + '(the smallest has 10,000).',
    });
  });

  it('lets the control win: doing nothing wins', () => {
    const winner = winnerByRule(analyseAB([10_000, 600], [10_000, 500]), RULE);
    expect(winner?.variantId).toBe('A');
    expect(winner?.reason).toMatch(/^A \(control\) beats B with more than 99% probability .* Keep A: changing nothing wins\.$/);
  });

  it('refuses a malformed rule', () => {
    const result = analyseAB([10_000, 500], [10_000, 560]);
    expect(() => winnerByRule(result, { minimumPerVariant: -1, probability: 0.95 })).toThrow(StatsInputError);
    expect(() => winnerByRule(result, { minimumPerVariant: 1_000, probability: 95 })).toThrow('rule.probability');
  });
});
