import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts provider credentials at rest: AES-256-GCM under a key derived from the secret key, a fresh
 * IV per value, the workspace and channel bound in as associated data (a row copied to another
 * workspace does not decrypt).
 */
export class CredentialsCipher {
  private readonly key: Buffer;

  constructor(secretKey: string) {
    this.key = Buffer.from(hkdfSync('sha256', secretKey, '', 'cascade provider credentials', 32));
  }

  encrypt(value: Record<string, unknown>, scope: { workspaceId: string; channel: string }): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(aad(scope));
    const sealed = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(':');
  }

  /** Throws when the value was altered, moved, or sealed under another secret key. */
  decrypt(stored: string, scope: { workspaceId: string; channel: string }): Record<string, unknown> {
    const [version, iv, tag, sealed] = stored.split(':');
    if (version !== VERSION || !iv || !tag || !sealed) throw new Error('unreadable credentials');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64')).setAAD(aad(scope));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  }
}

const aad = (scope: { workspaceId: string; channel: string }) => Buffer.from(`${scope.workspaceId}/${scope.channel}`);
