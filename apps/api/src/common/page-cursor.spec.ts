import { decodePageCursor, encodePageCursor } from './page-cursor';

describe('page cursor', () => {
  const cursor = { time: '2025-03-01T12:00:00.000029Z', id: '0b7c8d3e-1f2a-4b5c-9d6e-7f8091a2b3c4' };

  it('gives back what it encoded, microseconds included', () => {
    expect(decodePageCursor(encodePageCursor(cursor))).toEqual(cursor);
    for (const time of ['2024-02-29T23:59:59.999999Z', '0001-01-01T00:00:00.000000Z', '9999-12-31T23:59:59.999999Z']) {
      expect(decodePageCursor(encodePageCursor({ ...cursor, time }))).toEqual({ ...cursor, time });
    }
  });

  it('is null for anything it did not hand out', () => {
    const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const text of ['', 'garbage', encoded({ time: cursor.time, id: cursor.id }), encoded([cursor.time]), encoded([cursor.time, 'x']),
      encoded(['2025-03-01T12:00:00.000Z', cursor.id]), encoded(['2025-03-01 12:00:00.000029+00', cursor.id]), encoded([1, cursor.id]),
      // Well-formed, but no instant: Postgres would refuse them with an error.
      ...['2026-02-30', '9999-99-99', '2026-13-01', '0000-01-01', '2025-02-29'].map((day) => encoded([`${day}T00:00:00.000000Z`, cursor.id])),
      ...['24:00:00', '12:60:00', '12:00:60'].map((clock) => encoded([`2026-01-01T${clock}.000000Z`, cursor.id]))]) {
      expect(decodePageCursor(text)).toBeNull();
    }
  });
});
