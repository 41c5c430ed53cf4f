import { createDecipheriv, createECDH, hkdfSync, randomBytes, type ECDH } from 'node:crypto';
import type { PushSubscription } from 'web-push';

/** A browser's side of Web Push: the subscription it would hand out, and the keys to read what arrives. */
export interface FakeSubscriber {
  subscription(endpoint: string): PushSubscription;
  /** Decrypts an `aes128gcm` body (RFC 8188 framing, RFC 8291 keys), as the browser does. */
  decrypt(body: Buffer): string;
}

export function createFakeSubscriber(): FakeSubscriber {
  const ecdh: ECDH = createECDH('prime256v1');
  const publicKey = ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return {
    subscription: (endpoint) => ({ endpoint, keys: { p256dh: publicKey.toString('base64url'), auth: authSecret.toString('base64url') } }),
    decrypt(body) {
      const salt = body.subarray(0, 16);
      const idLength = body.readUInt8(20);
      const senderKey = body.subarray(21, 21 + idLength);
      const record = body.subarray(21 + idLength);
      const info = Buffer.concat([Buffer.from('WebPush: info\0'), publicKey, senderKey]);
      const ikm = Buffer.from(hkdfSync('sha256', ecdh.computeSecret(senderKey), authSecret, info, 32));
      const key = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: aes128gcm\0', 16));
      const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: nonce\0', 12));
      const decipher = createDecipheriv('aes-128-gcm', key, nonce).setAuthTag(record.subarray(-16));
      const padded = Buffer.concat([decipher.update(record.subarray(0, -16)), decipher.final()]);
      return padded.subarray(0, padded.lastIndexOf(2)).toString(); // a last record ends with 0x02, then padding
    },
  };
}
