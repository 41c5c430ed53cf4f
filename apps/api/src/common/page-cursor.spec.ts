import { decodePageCursor, encodePageCursor } from './page-cursor';

describe('page cursor', () => {
  const cursor = { time: '2025-03-01T12:00:00.000029Z', id: '0b7c8d3e-1f2a-4b5c-9d6e-7f8091a2b3c4' };

  it('gives back what it encoded, microseconds included', () => {
    expect(decodePageCursor(encodePageCursor(cursor))).toEqual(cursor);
  });

  it('is null for anything it did not hand out', () => {
    const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const text of ['', 'garbage', encoded({ time: cursor.time, id: cursor.id }), encoded([cursor.time]), encoded([cursor.time, 'x']),
      encoded(['2025-03-01T12:00:00.000Z', cursor.id]), encoded(['2025-03-01 12:00:00.000029+00', cursor.id]), encoded([1, cursor.id])]) {
      expect(decodePageCursor(text)).toBeNull();
    }
  });
});
