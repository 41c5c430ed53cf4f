import { CredentialsCipher } from './credentials-cipher';

const cipher = new CredentialsCipher('k'.repeat(64));
const scope = { workspaceId: '9b0c1d2e-0000-4000-8000-000000000001', channel: 'sms' };
const credentials = { accountSid: 'AC123', authToken: 'super-secret-token' };

describe('CredentialsCipher', () => {
  it('round-trips credentials without the secret appearing in the stored text', () => {
    const stored = cipher.encrypt(credentials, scope);
    expect(stored).not.toContain('super-secret-token');
    expect(Buffer.from(stored.split(':')[3], 'base64').toString()).not.toContain('super-secret');
    expect(cipher.decrypt(stored, scope)).toEqual(credentials);
    expect(cipher.encrypt(credentials, scope)).not.toBe(stored); // a fresh IV every time
  });

  it('refuses a value moved to another workspace or channel, altered, or sealed under another key', () => {
    const stored = cipher.encrypt(credentials, scope);
    expect(() => cipher.decrypt(stored, { ...scope, workspaceId: '9b0c1d2e-0000-4000-8000-000000000002' })).toThrow();
    expect(() => cipher.decrypt(stored, { ...scope, channel: 'email' })).toThrow();
    const parts = stored.split(':');
    parts[3] = Buffer.from('{"accountSid":"AC999"}').toString('base64');
    expect(() => cipher.decrypt(parts.join(':'), scope)).toThrow();
    expect(() => new CredentialsCipher('x'.repeat(64)).decrypt(stored, scope)).toThrow();
  });
});
