import { dimensionBorders, scoreByBorders } from './rfm-borders';
import { quantileScores } from './quantile-scores.util';

describe('RFM borders', () => {
  it('score every value the borders came from exactly as the quantile ranking does, ties included', () => {
    // The worked example of quantileScores: 9 7 7 5 5 1 → 1 1 1 2 2 3.
    const values = [9, 7, 7, 5, 5, 1];
    const borders = dimensionBorders({ values, levels: 3, better: 'higher' });
    expect(borders.borders).toEqual([5, 1]);
    expect(values.map((value) => scoreByBorders(value, borders))).toEqual(quantileScores({ values, levels: 3, better: 'higher' }));
  });

  it('place a new value between the borders: a purchase yesterday is recency level 1', () => {
    const recency = dimensionBorders({ values: [3, 10, 40, 90, 200, 300], levels: 3, better: 'lower' });
    expect(recency.borders).toEqual([40, 200]);
    expect(scoreByBorders(1, recency)).toBe(1);
    expect(scoreByBorders(39, recency)).toBe(1);
    expect(scoreByBorders(40, recency)).toBe(2);
    expect(scoreByBorders(1000, recency)).toBe(3);
  });

  it('leave a level without a border when nobody scored below it', () => {
    const all = dimensionBorders({ values: [4, 4, 4], levels: 5, better: 'higher' });
    expect(all.borders).toEqual([null, null, null, null]);
    expect(scoreByBorders(1, all)).toBe(1);
  });
});
