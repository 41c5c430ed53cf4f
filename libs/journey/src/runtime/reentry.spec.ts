import { entryDecision } from './reentry';

const now = '2026-03-10T00:00:00.000Z';
const ended = (endedAt: string) => ({ status: 'exited', endedAt });

describe('entryDecision', () => {
  it('lets a first-time contact in, whatever the mode', () => {
    expect(entryDecision({ reentry: { mode: 'never' } }, [], now)).toEqual({ enter: true });
  });

  it('never allows a second active enrollment', () => {
    expect(entryDecision({ reentry: { mode: 'always' } }, [{ status: 'active', endedAt: null }], now)).toEqual({ enter: false, reason: 'already_active' });
  });

  it('never lets a contact back in with mode never', () => {
    expect(entryDecision({ reentry: { mode: 'never' } }, [ended('2025-01-01T00:00:00.000Z')], now)).toEqual({ enter: false, reason: 'never_reenter' });
  });

  it('lets a contact back in after the cooldown since the last exit', () => {
    const settings = { reentry: { mode: 'after_exit' as const, cooldown: 'P30D' } };
    expect(entryDecision(settings, [ended('2026-02-20T00:00:00.000Z')], now)).toEqual({ enter: false, reason: 'cooldown' });
    expect(entryDecision(settings, [ended('2026-02-01T00:00:00.000Z'), ended('2026-01-01T00:00:00.000Z')], now)).toEqual({ enter: true });
  });

  it('defaults to re-entry after exit without cooldown', () => {
    expect(entryDecision(undefined, [ended('2026-03-09T23:59:00.000Z')], now)).toEqual({ enter: true });
  });
});
