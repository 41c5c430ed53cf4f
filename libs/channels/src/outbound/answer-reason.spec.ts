import { answerReason, sanitizeReason } from './answer-reason';

describe('answerReason', () => {
  it("takes a JSON answer's own explanation, nested or in a list, and nothing else of it", () => {
    expect(answerReason(JSON.stringify({ code: 21211, message: "The 'To' number is not valid.", more_info: 'https://x' }))).toBe("The 'To' number is not valid.");
    expect(answerReason(JSON.stringify({ error: { code: 400, message: 'bad token' }, trace: 'x'.repeat(1000) }))).toBe('bad token');
    expect(answerReason(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: chat not found' }))).toBe('Bad Request: chat not found');
    expect(answerReason(JSON.stringify({ errors: [{ detail: 'text too long' }] }))).toBe('text too long');
    expect(answerReason(JSON.stringify({ error: 'invalid_grant', error_description: 'token expired' }))).toBe('token expired');
    expect(answerReason(JSON.stringify({ secret: 'aws-key', user: 'admin' }))).toBe('');
  });

  it('never echoes markup: an HTML error page or an XML answer leaves nothing', () => {
    expect(answerReason(`<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1>${'<p>nginx</p>'.repeat(100)}</body></html>`)).toBe('');
    expect(answerReason('  <?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>')).toBe('');
    expect(answerReason('Internal error: see logs', 'text/html; charset=utf-8')).toBe('');
  });

  it('keeps a short plain-text answer, sanitised and cut to 120 characters', () => {
    expect(answerReason('Service Unavailable\n')).toBe('Service Unavailable');
    const long = answerReason(`line one\r\nline\ttwo\u0000\u001b[2J\u200b\u2028${'z'.repeat(300)}`);
    expect(long).toMatch(/^line one line two \[2J z+…$/);
    expect(long).toHaveLength(120);
  });
});

describe('sanitizeReason', () => {
  it('makes one line without control or invisible characters', () => {
    expect(sanitizeReason('a\nb\r\nc\u0007d\u202ee\ufeff  f')).toBe('a b c d e f');
    expect(sanitizeReason('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
