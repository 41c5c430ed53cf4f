import { RfmError } from './rfm.error';
import { daysAgo, HAND_DATASET, NOW } from './rfm.test-helpers';
import { scoreRfm } from './score-rfm';

const codes = (result: ReturnType<typeof scoreRfm>) => Object.fromEntries(result.scores.map((s) => [s.contactId, s.code]));

describe('scoreRfm on the hand dataset', () => {
  it('measures recency, frequency and monetary over the period only', () => {
    const result = scoreRfm({ contacts: HAND_DATASET, now: NOW, period: 'P1Y', levels: 3 });
    expect(result.scores.map(({ contactId, recencyDays, frequency, monetary }) => [contactId, recencyDays, frequency, monetary]))
      .toEqual([
        ['ann', 2, 3, 600], ['bob', 2, 2, 300], ['cat', 10, 1, 400],
        ['dan', 30, 3, 300], ['eve', 200, 1, 600], ['fay', 300, 3, 20],
      ]);
    expect(result.unscored).toEqual(['gus', 'hal']);
  });

  it('scores 3 levels, ties at quantile borders sharing the better level', () => {
    // n = 6, 3 levels: score = 1 + floor(rank × 3 / 6) = 1 + floor(rank / 2).
    // R (days, lower better): ann 2, bob 2 → rank 0 → 1; cat 10 → rank 2 → 2; dan 30 → rank 3 → 2;
    //   eve 200 → rank 4 → 3; fay 300 → rank 5 → 3.
    // F (higher better): ann, dan, fay 3 → rank 0 → 1 (fay sits at position 2, untied level 2: the
    //   tie crosses the 1|2 border); bob 2 → rank 3 → 2; cat, eve 1 → rank 4 → 3.
    // M (higher better): ann, eve 600 → rank 0 → 1; cat 400 → rank 2 → 2; dan, bob 300 → rank 3 → 2
    //   (bob sits at position 4, untied level 3: the tie crosses the 2|3 border); fay 20 → rank 5 → 3.
    const result = scoreRfm({ contacts: HAND_DATASET, now: NOW, period: 'P1Y', levels: 3 });
    expect(codes(result)).toEqual({
      ann: '1-1-1', bob: '1-2-2', cat: '2-3-2', dan: '2-1-2', eve: '3-3-1', fay: '3-1-3',
    });
  });

  it('scores 5 levels', () => {
    // n = 6, 5 levels: score = 1 + floor(rank × 5 / 6): rank 0 → 1, 1 → 1, 2 → 2, 3 → 3, 4 → 4, 5 → 5.
    // R ranks: ann 0, bob 0, cat 2, dan 3, eve 4, fay 5      → 1 1 2 3 4 5
    // F ranks: ann 0, dan 0, fay 0, bob 3, cat 4, eve 4      → 1 1 1 3 4 4
    // M ranks: ann 0, eve 0, cat 2, dan 3, bob 3, fay 5      → 1 1 2 3 3 5
    const result = scoreRfm({ contacts: HAND_DATASET, now: NOW, period: 'P1Y', levels: 5 });
    expect(codes(result)).toEqual({
      ann: '1-1-1', bob: '1-3-3', cat: '2-4-2', dan: '3-1-3', eve: '4-4-1', fay: '5-1-5',
    });
  });

  it('drops purchases outside the period, the period start itself included', () => {
    const start = '2023-06-30T12:00:00.000Z'; // NOW − P1Y
    const justBefore = '2023-06-30T11:59:59.999Z';
    const result = scoreRfm({
      contacts: [
        { contactId: 'edge', purchases: [{ at: start, amount: 50 }, { at: justBefore, amount: 1000 }] },
        { contactId: 'future', purchases: [{ at: '2024-07-01T00:00:00.000Z', amount: 70 }] },
      ],
      now: NOW, period: 'P1Y', levels: 3,
    });
    expect(result.scores).toEqual([
      { contactId: 'edge', recencyDays: 366, frequency: 1, monetary: 50, r: 1, f: 1, m: 1, code: '1-1-1' },
    ]);
    expect(result.unscored).toEqual(['future']);
  });

  it('shrinks the period: over P60D only ann, bob, cat and dan are scored', () => {
    // In the last 60 days: ann 2 / 3 / 600, bob 2 / 1 / 200, cat 10 / 1 / 400, dan 30 / 2 / 100.
    // n = 4, 3 levels: score = 1 + floor(3·rank / 4): rank 0 → 1, 1 → 1, 2 → 2, 3 → 3.
    // R: ann, bob rank 0 → 1; cat rank 2 → 2; dan rank 3 → 3.
    // F: ann 3 rank 0 → 1; dan 2 rank 1 → 1; bob, cat 1 rank 2 → 2.
    // M: ann 600 → 1; cat 400 → 1; bob 200 → 2; dan 100 → 3.
    const result = scoreRfm({ contacts: HAND_DATASET, now: NOW, period: 'P60D', levels: 3 });
    expect(codes(result)).toEqual({ ann: '1-1-1', bob: '1-2-2', cat: '2-2-1', dan: '3-1-3' });
    expect(result.unscored).toEqual(['eve', 'fay', 'gus', 'hal']);
  });
});

describe('scoreRfm edge cases', () => {
  it('scores a single contact 1-1-1', () => {
    const result = scoreRfm({ contacts: [{ contactId: 'solo', purchases: [{ at: daysAgo(100), amount: 5 }] }], now: NOW, period: 'P1Y', levels: 5 });
    expect(codes(result)).toEqual({ solo: '1-1-1' });
  });

  it('scores contacts with all-equal values (zero amounts included) 1-1-1', () => {
    const same = ['a', 'b', 'c', 'd'].map((contactId) => ({ contactId, purchases: [{ at: daysAgo(7), amount: 0 }] }));
    expect(codes(scoreRfm({ contacts: same, now: NOW, period: 'P1Y', levels: 3 })))
      .toEqual({ a: '1-1-1', b: '1-1-1', c: '1-1-1', d: '1-1-1' });
  });

  it('counts recency in whole days, so purchases on the same day tie', () => {
    const result = scoreRfm({
      contacts: [
        { contactId: 'morning', purchases: [{ at: '2024-06-28T02:00:00.000Z', amount: 1 }] }, // 2 days 10 h → 2
        { contactId: 'evening', purchases: [{ at: '2024-06-27T22:00:00.000Z', amount: 2 }] }, // 2 days 14 h → 2
        { contactId: 'older', purchases: [{ at: '2024-06-20T12:00:00.000Z', amount: 3 }] },   // 10 days
      ],
      now: NOW, period: 'P1Y', levels: 3,
    });
    expect(result.scores.map((s) => [s.contactId, s.recencyDays, s.r])).toEqual([['morning', 2, 1], ['evening', 2, 1], ['older', 10, 3]]);
  });

  it('ties monetary sums that differ only by float noise', () => {
    const result = scoreRfm({
      contacts: [
        { contactId: 'parts', purchases: [{ at: daysAgo(1), amount: 0.1 }, { at: daysAgo(1), amount: 0.2 }] },
        { contactId: 'whole', purchases: [{ at: daysAgo(1), amount: 0.3 }, { at: daysAgo(1), amount: 0 }] },
        { contactId: 'less', purchases: [{ at: daysAgo(1), amount: 0.1 }, { at: daysAgo(1), amount: 0.1 }] },
      ],
      now: NOW, period: 'P1Y', levels: 3,
    });
    expect(result.scores.map((s) => [s.monetary, s.m])).toEqual([[0.3, 1], [0.3, 1], [0.2, 3]]);
  });

  it('refuses bad input with a code', () => {
    const contacts = [{ contactId: 'x', purchases: [{ at: daysAgo(1), amount: 1 }] }];
    const refused = (run: () => unknown) => {
      try { run(); } catch (error) { return error instanceof RfmError ? error.code : error; }
      return 'accepted';
    };
    expect(refused(() => scoreRfm({ contacts, now: NOW, period: 'P1Y', levels: 4 as 3 }))).toBe('rfm_input_invalid');
    expect(refused(() => scoreRfm({ contacts, now: 'yesterday', period: 'P1Y', levels: 3 }))).toBe('rfm_input_invalid');
    expect(refused(() => scoreRfm({ contacts, now: NOW, period: '1 year', levels: 3 }))).toBe('rfm_input_invalid');
    expect(refused(() => scoreRfm({ contacts, now: NOW, period: '-P1Y', levels: 3 }))).toBe('rfm_input_invalid');
    expect(refused(() => scoreRfm({ contacts: [...contacts, ...contacts], now: NOW, period: 'P1Y', levels: 3 }))).toBe('rfm_input_invalid');
    expect(refused(() => scoreRfm({ contacts: [{ contactId: 'y', purchases: [{ at: daysAgo(1), amount: NaN }] }], now: NOW, period: 'P1Y', levels: 3 })))
      .toBe('rfm_input_invalid');
  });
});
