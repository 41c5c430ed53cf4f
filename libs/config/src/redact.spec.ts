import { redactUrl } from './redact';

describe('redactUrl', () => {
  it('hides the password of the user part', () => {
    expect(redactUrl('postgres://app:s3cret@db:5432/cascade')).toBe('postgres://app:***@db:5432/cascade');
  });

  it('hides password-like query parameters and keeps the rest', () => {
    expect(redactUrl('postgres://db/cascade?sslmode=require&password=s3cret&sslpassword=x')).toBe(
      'postgres://db/cascade?sslmode=require&password=***&sslpassword=***',
    );
  });

  it('never echoes a string it cannot parse', () => {
    expect(redactUrl('not a url with s3cret')).toBe('<unparseable URL>');
  });
});
