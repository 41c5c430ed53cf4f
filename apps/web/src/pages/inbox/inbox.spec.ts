import { describe, expect, it } from '@jest/globals';
import { channelOptions, messageLabel, messageTitle, newestFirst, type SandboxMessage } from './inbox';

const message = (messageId: string, capturedAt: string, extra: Partial<SandboxMessage> = {}): SandboxMessage => ({
  messageId, channel: 'email', address: 'anna@example.com', subject: 'Your cart', body: 'Hello', html: null, headers: null,
  capturedAt, status: 'sent', enrollmentId: null, nodeId: null, externalId: null, links: { openPixel: '', unsubscribe: '' }, ...extra,
});

describe('sandbox inbox', () => {
  it('lists newest first, ties by id', () => {
    const sorted = newestFirst([message('b', '2026-01-01T10:00:00Z'), message('c', '2026-01-02T10:00:00Z'), message('a', '2026-01-01T10:00:00Z')]);
    expect(sorted.map((m) => m.messageId)).toEqual(['c', 'a', 'b']);
  });

  it('names an item by recipient and subject', () => {
    expect(messageLabel(message('a', '2026-01-01T00:00:00Z'))).toBe('anna@example.com — Your cart');
  });

  it('uses the start of the text when there is no subject', () => {
    expect(messageTitle({ subject: null, body: 'Your   code\nis 1234' })).toBe('Your code is 1234');
    expect(messageTitle({ subject: '', body: 'x'.repeat(100) }, 10)).toBe(`${'x'.repeat(9)}…`);
    expect(messageTitle({ subject: null, body: null })).toBe('(empty message)');
  });

  it('offers the channels with a sandbox and the ones seen', () => {
    expect(channelOptions(['email', 'sms', 'telegram', 'push'], ['sms', 'viber'])).toEqual(['email', 'sms', 'telegram', 'push', 'viber']);
  });
});
