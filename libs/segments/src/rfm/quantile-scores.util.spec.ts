import { quantileScores } from './quantile-scores.util';

// score = 1 + floor(rank × levels / n), rank = number of strictly better values.
describe('quantileScores', () => {
  it('splits distinct values into equal levels, 1 = best', () => {
    // n = 10, 5 levels: ranks 0..9 → 1 + floor(rank / 2) → 1 1 2 2 3 3 4 4 5 5
    expect(quantileScores({ values: [100, 90, 80, 70, 60, 50, 40, 30, 20, 10], levels: 5, better: 'higher' }))
      .toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // The same values where lower is better read the other way round.
    expect(quantileScores({ values: [100, 90, 80, 70, 60, 50, 40, 30, 20, 10], levels: 5, better: 'lower' }))
      .toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('gives a tie straddling a border the better level (the doc comment\'s worked example)', () => {
    // n = 6, 3 levels, ranks 0 1 1 3 3 5 → 1+floor(0/2)=1, 1+floor(1/2)=1, 1, 1+floor(3/2)=2, 2, 1+floor(5/2)=3.
    // Untied, positions 2 and 4 would score 2 and 3.
    expect(quantileScores({ values: [9, 7, 7, 5, 5, 1], levels: 3, better: 'higher' })).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it('keeps scores by input position, not sorted position', () => {
    expect(quantileScores({ values: [5, 1, 9, 7, 5, 7], levels: 3, better: 'higher' })).toEqual([2, 3, 1, 1, 2, 1]);
  });

  it('scores a tie of everything, and a lone value, as 1', () => {
    expect(quantileScores({ values: [4, 4, 4, 4], levels: 5, better: 'higher' })).toEqual([1, 1, 1, 1]);
    expect(quantileScores({ values: [4], levels: 3, better: 'lower' })).toEqual([1]);
    expect(quantileScores({ values: [], levels: 3, better: 'lower' })).toEqual([]);
  });

  it('gives the extra values to the better levels when n is not a multiple of levels', () => {
    // n = 7, 3 levels: ranks 0..6 → 1 + floor(3·rank / 7) → 1 1 1 2 2 3 3
    expect(quantileScores({ values: [7, 6, 5, 4, 3, 2, 1], levels: 3, better: 'higher' })).toEqual([1, 1, 1, 2, 2, 3, 3]);
  });
});
