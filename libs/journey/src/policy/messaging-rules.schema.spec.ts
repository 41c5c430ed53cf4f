import { matchesSchema } from '../validation/schema/schema-validation';
import { messagingRulesSchema } from './messaging-rules.schema';

describe('messagingRulesSchema', () => {
  const matches = (value: unknown) => matchesSchema({ schema: messagingRulesSchema, value });

  it('accepts caps per channel or for all channels, and quiet hours or none', () => {
    expect(matches({ caps: [] })).toBe(true);
    expect(matches({ caps: [{ channel: 'email', max: 3, window: 'P7D' }, { max: 5, window: 'PT12H' }], quietHours: { start: '21:00', end: '09:00' } })).toBe(true);
    expect(matches({ caps: [], quietHours: null })).toBe(true);
  });

  it('refuses a zero cap, a bad window, a bad time and unknown fields', () => {
    expect(matches({ caps: [{ max: 0, window: 'P7D' }] })).toBe(false);
    expect(matches({ caps: [{ max: 3, window: 'a week' }] })).toBe(false);
    expect(matches({ caps: [], quietHours: { start: '9pm', end: '09:00' } })).toBe(false);
    expect(matches({ caps: [], timezone: 'UTC' })).toBe(false);
  });
});
