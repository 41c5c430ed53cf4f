import { createHash } from 'node:crypto';
import { csvCell, hashEmail, hashPhone } from './segment-csv';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('segment CSV', () => {
  it('quotes cells with commas, quotes and line breaks, and defuses formulas but not phone numbers', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b "c"\nd')).toBe('"a,b ""c""\nd"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+79001234567')).toBe('+79001234567');
    expect(csvCell(null)).toBe('');
  });

  it('hashes emails trimmed and lower-cased and phones in E.164, as ad platforms match them', () => {
    expect(hashEmail(' Anna@Example.COM ')).toBe(sha256('anna@example.com'));
    expect(hashPhone('+7 (900) 123-45-67')).toBe(sha256('+79001234567'));
    expect(hashEmail(null)).toBeNull();
    expect(hashPhone('')).toBeNull();
  });
});
